/**
 * Change on the previous year, as every screen shows it (overview cards, wall counters, unit
 * page). What it says never contradicts itself: the figure is rounded to the precision shown
 * first, and the arrow and the sign follow the rounded figure, so a change that rounds to zero
 * reads 持平 (level) with no arrow instead of "▼ 0pt".
 */
import { formatNumber, translate, type Lang } from './index.ts';

/** As domain/aggregate.ts's changeBetween gives it. */
export interface Change {
  absolute: number;
  relative: number | null;
}

export type ChangeDirection = 'up' | 'down' | 'flat';

export interface ChangeText {
  dir: ChangeDirection;
  /** ▲, ▼ or '' (level). */
  arrow: string;
  /** "+1.2 个百分点", "−3.5%", "+4", or 持平 / level. */
  amount: string;
}

/** Fixed decimals: one precision for every figure of a column or a row of cards. */
const fixedFormats = new Map<string, Intl.NumberFormat>();
export function formatFixed(value: number, lang: Lang, digits: number): string {
  const key = `${lang}:${digits}`;
  let f = fixedFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedFormats.set(key, f);
  }
  // -0.04 at one decimal is "-0.0": a zero has no sign.
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return f.format(rounded === 0 ? 0 : rounded);
}

/**
 * A rate's change in percentage points (1 decimal); a count's relative change in % (1 decimal);
 * against a previous 0 (no relative change), the absolute change (whole numbers).
 * `compact`: "pt" for the wall screen's counters instead of 个百分点.
 */
export function formatChange(c: Change, unit: string, lang: Lang, opts: { compact?: boolean } = {}): ChangeText {
  const isRate = unit === '%';
  const [figure, digits] = isRate ? [c.absolute, 1] : c.relative === null ? [c.absolute, 0] : [c.relative, 1];
  const rounded = Math.round(Math.abs(figure) * 10 ** digits) / 10 ** digits;
  if (rounded === 0) return { dir: 'flat', arrow: '', amount: translate(lang, 'change.flat') };
  const dir: ChangeDirection = figure > 0 ? 'up' : 'down';
  const n = formatNumber(rounded, lang, digits);
  const suffix = isRate
    ? opts.compact
      ? 'pt'
      : ` ${translate(lang, rounded === 1 ? 'change.points.one' : 'change.points')}`
    : c.relative === null
      ? ''
      : '%';
  return { dir, arrow: dir === 'up' ? '▲' : '▼', amount: `${dir === 'up' ? '+' : '−'}${n}${suffix}` };
}
