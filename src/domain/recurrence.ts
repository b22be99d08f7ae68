/**
 * Recurring weaknesses over a window of years (DOMAIN.md: "a unit reports the same weakness in
 * more than one year; consecutive years weigh most").
 *
 * A unit's weakness is *recurring* in a window when it was reported in two consecutive years
 * the later of which lies in the window: a run of ≥ 2 years that ends in the window, or that
 * starts before it and carries on into it. A run that ended before the window does not count.
 */
import type { Unit } from '../contract/schema.ts';
import { recordOf, type Model } from './model.ts';

/** How many years the heatmap looks back over, the selected year included. */
export const WINDOW_YEARS = 5;

/** The `span` years ending at `end`, ascending. */
export function yearWindow(end: number, span = WINDOW_YEARS): number[] {
  return Array.from({ length: span }, (_, i) => end - span + 1 + i);
}

const index = new WeakMap<Model, Map<string, ReadonlyMap<string, ReadonlySet<number>>>>();
const none: ReadonlySet<number> = new Set();

/**
 * The years in which a unit reported each category, built once per unit and dataset: the
 * heatmap asks it for every unit × category × year, at national scale a few hundred thousand times.
 */
export function weaknessYears(model: Model, code: string): ReadonlyMap<string, ReadonlySet<number>> {
  let byUnit = index.get(model);
  if (!byUnit) {
    byUnit = new Map();
    index.set(model, byUnit);
  }
  let years = byUnit.get(code);
  if (!years) {
    const built = new Map<string, Set<number>>();
    for (const y of model.years) {
      for (const w of recordOf(model, code, y)?.weaknesses ?? []) {
        const set = built.get(w);
        if (set) set.add(y);
        else built.set(w, new Set([y]));
      }
    }
    years = built;
    byUnit.set(code, years);
  }
  return years;
}

export const yearsReported = (model: Model, code: string, category: string): ReadonlySet<number> =>
  weaknessYears(model, code).get(category) ?? none;

/** Consecutive years up to and including `year` in which the category was reported. */
export function runEndingAt(years: ReadonlySet<number>, year: number): number {
  let n = 0;
  while (years.has(year - n)) n += 1;
  return n;
}

export interface WeaknessCell {
  /** Years of the window in which the unit reported the category, ascending. */
  years: number[];
  /** Reported in the window's last year (the selected year). */
  present: boolean;
  /** Reported in two consecutive years, the later in the window. */
  recurring: boolean;
  /** The longest run of consecutive reporting years touching the window (years before it included). */
  longestRun: number;
}

/** One unit and category over the window. Looks one year before the window to see a run carried in. */
export function weaknessCell(model: Model, code: string, category: string, window: readonly number[]): WeaknessCell {
  const reportedIn = yearsReported(model, code, category);
  const years: number[] = [];
  let recurring = false;
  let longestRun = 0;
  const first = window[0];
  // The run carried into the window from before it.
  let run = first === undefined ? 0 : runEndingAt(reportedIn, first - 1);
  for (const y of window) {
    if (reportedIn.has(y)) {
      years.push(y);
      run += 1;
      if (run >= 2) recurring = true;
      longestRun = Math.max(longestRun, run);
    } else {
      run = 0;
    }
  }
  const last = window[window.length - 1];
  return { years, present: last !== undefined && years.includes(last), recurring, longestRun };
}

export interface CategoryYearCounts {
  category: string;
  /** Units reporting the category in each year of `years`. */
  counts: number[];
  /** Units with a record in each year (the denominator). */
  of: number[];
  /** Percent of the units with a record that reported it; null for a year without records. */
  shares: Array<number | null>;
  /** Least-squares slope of the shares, percentage points a year. */
  slope: number;
  /** Share (last − first), percentage points, over the years with records. */
  change: number;
  trend: 'rising' | 'falling' | 'flat';
}

/** A trend needs this many years with records … */
export const TREND_MIN_YEARS = 3;
/** … and a slope of at least this many percentage points a year. */
export const TREND_MIN_SLOPE = 2;

/** Least-squares slope of ys over xs; 0 with fewer than two points. */
export function slopeOf(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i] ?? 0;
    sy += ys[i] ?? 0;
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    num += dx * ((ys[i] ?? 0) - my);
    den += dx * dx;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * How many units reported each category in each year: which weaknesses are rising. The trend is
 * read from shares (percent of the units with a record that year), so a year in which fewer units
 * reported at all is not a fall; a year with no record is a gap, not a zero. Rising: at least
 * three years with records, a slope of at least 2 points a year and a last share above the
 * first; falling the other way round.
 */
export function categoryYearCounts(model: Model, units: readonly Unit[], years: readonly number[]): CategoryYearCounts[] {
  const of = years.map((y) => units.filter((u) => recordOf(model, u.code, y)).length);
  return model.dataset.weaknessCategories.map((c) => {
    const counts = years.map(() => 0);
    for (const u of units) {
      const ys = yearsReported(model, u.code, c.id);
      if (ys.size) years.forEach((y, i) => ys.has(y) && (counts[i] = (counts[i] ?? 0) + 1));
    }
    const shares = years.map((_, i) => ((of[i] ?? 0) > 0 ? (100 * (counts[i] ?? 0)) / (of[i] ?? 1) : null));
    const xs: number[] = [];
    const ys: number[] = [];
    years.forEach((y, i) => {
      const share = shares[i];
      if (share !== null && share !== undefined) {
        xs.push(y);
        ys.push(share);
      }
    });
    const slope = slopeOf(xs, ys);
    const change = ys.length ? (ys[ys.length - 1] ?? 0) - (ys[0] ?? 0) : 0;
    const enough = xs.length >= TREND_MIN_YEARS;
    const trend =
      enough && slope >= TREND_MIN_SLOPE && change > 0 ? 'rising' : enough && slope <= -TREND_MIN_SLOPE && change < 0 ? 'falling' : 'flat';
    return { category: c.id, counts, of, shares, slope, change, trend };
  });
}
