import { formatValue, type Lang } from '../../i18n/index.ts';
import { tokens, type ThemeName } from '../theme.ts';

export interface BuildContext {
  theme: ThemeName;
  lang: Lang;
  /** Axis label size in px (the wall screen wants it larger). Default 12. */
  axisFontSize?: number;
}

export const fmt = (value: number | null | undefined, unit: string, ctx: BuildContext): string =>
  formatValue(value, unit, ctx.lang, { compactYuan: true });

/** Axis labels: compact so they fit (1.2万, 12k). */
export function axisNumber(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${+(value / 1e8).toFixed(1)}亿`;
    if (abs >= 1e4) return `${+(value / 1e4).toFixed(1)}万`;
    return String(+value.toFixed(1));
  }
  if (abs >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${+(value / 1e3).toFixed(1)}k`;
  return String(+value.toFixed(1));
}

export const baseGrid = { left: 8, right: 16, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;

export const tooltipBase = (ctx: BuildContext) => ({
  confine: true,
  className: 'fz-tooltip',
  backgroundColor: tokens[ctx.theme].surface,
  borderColor: tokens[ctx.theme].split,
  extraCssText: '',
});
