/**
 * How tiles are coloured: a figure in a few classes with round breaks (so a legend reads
 * "20–40", not "19.73–41.2"), or a category. Missing is never a class: it is grey and hatched.
 */
import { tokens, type ThemeName } from '../theme.ts';

export interface TileScale {
  /** The legend label of each class, low to high. */
  classes: string[];
  /** Sequential fills (a figure), the three weakness fills (none, reported, recurring), or met / not met. */
  palette: 'sequential' | 'category' | 'target';
  /** The class of a value; -1 = missing. */
  classOf: (value: number | null) => number;
}

/** Class fills in a theme: computed when the option is built, so a dark screen exports light. */
export function classColours(scale: TileScale, theme: ThemeName): string[] {
  if (scale.palette === 'category') {
    const c = categoryColours[theme];
    return [c.none, c.some, c.strong];
  }
  if (scale.palette === 'target') {
    // Met sky blue, not met vermilion (Okabe–Ito): apart for every kind of colour vision.
    const c = categoryColours[theme];
    return [c.some, c.strong];
  }
  return sequentialColours(theme, scale.classes.length);
}

const CLASSES = 5;

/** Round numbers near the quantiles: 2 significant figures, strictly increasing. */
export function niceBreaks(values: readonly number[], classes = CLASSES): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const q = sorted[Math.min(sorted.length - 1, Math.floor((k / classes) * sorted.length))] ?? 0;
    const mag = q === 0 ? 1 : 10 ** (Math.floor(Math.log10(Math.abs(q))) - 1);
    const nice = Math.round(q / mag) * mag;
    const last = breaks[breaks.length - 1];
    if (nice > (sorted[0] ?? 0) && (last === undefined || nice > last) && nice <= (sorted[sorted.length - 1] ?? 0))
      breaks.push(+nice.toPrecision(12));
  }
  return breaks;
}

/** Sequential fills, light (few) → strong (many), from the theme's scale. */
export function sequentialColours(theme: ThemeName, n: number): string[] {
  const seq = tokens[theme].sequential;
  if (n <= 1) return [seq[2] ?? '#6baed6'];
  return Array.from({ length: n }, (_, i) => seq[Math.round((i / (n - 1)) * (seq.length - 1))] ?? '#6baed6');
}

/** Classes split at `breaks`; labels from `format` (a number as the screen writes it). */
export function sequentialScale(
  breaks: readonly number[],
  format: (x: number) => string,
  under: (x: string) => string,
  over: (x: string) => string,
): TileScale {
  const classes = Array.from({ length: breaks.length + 1 }, (_, i) => {
    const lo = breaks[i - 1];
    const hi = breaks[i];
    return lo === undefined
      ? hi === undefined
        ? ''
        : under(format(hi))
      : hi === undefined
        ? over(format(lo))
        : `${format(lo)}–${format(hi)}`;
  });
  return {
    classes,
    palette: 'sequential',
    classOf: (value) => {
      if (value === null || !Number.isFinite(value)) return -1;
      let i = 0;
      while (i < breaks.length && value >= (breaks[i] ?? Infinity)) i++;
      return i;
    },
  };
}

/** Fills for categories (weaknesses: not reported, reported, recurring): Okabe–Ito, legible on a projector. */
export const categoryColours: Record<ThemeName, { none: string; some: string; strong: string }> = {
  light: { none: '#e4ecf5', some: '#56b4e9', strong: '#d55e00' },
  dark: { none: '#22344a', some: '#3f8fc9', strong: '#f08c3c' },
};

/** The fill and hatch of missing tiles: grey, with a diagonal line, never a colour of the scale. */
export const missingStyle: Record<ThemeName, { fill: string; hatch: string }> = {
  light: { fill: '#d9dde3', hatch: '#8a94a3' },
  dark: { fill: '#2b3340', hatch: '#7c8797' },
};
