/**
 * Figures for a set of units: sums of counts, averages of rates, with how many units reported.
 * Missing stays missing: a unit that did not report adds nothing and is counted as not reporting.
 */
import type { Indicator, Unit } from '../data/schema.ts';
import { isApprox, recordOf, type Model } from './model.ts';

export interface Aggregate {
  /** null when no unit in the set reported the indicator. */
  value: number | null;
  reported: number;
  of: number;
  /** At least one contributing value was approximate (近千, 百余). */
  approx: boolean;
}

export const isRate = (ind: Indicator): boolean => ind.unit === '%';

export function aggregateIndicator(model: Model, units: readonly Unit[], year: number, indicatorId: string): Aggregate {
  const i = model.indicatorIndex.get(indicatorId);
  const ind = model.indicatorById.get(indicatorId);
  let sum = 0;
  let reported = 0;
  let approx = false;
  let of = 0;
  for (const u of units) {
    const r = recordOf(model, u.code, year);
    if (!r) continue;
    of += 1;
    const x = i === undefined ? null : (r.values[i] ?? null);
    if (x === null) continue;
    sum += x;
    reported += 1;
    if (isApprox(r, indicatorId)) approx = true;
  }
  if (reported === 0 || !ind) return { value: null, reported, of, approx };
  // Rates are averaged across the units that reported them; counts and amounts are summed.
  return { value: isRate(ind) ? sum / reported : sum, reported, of, approx };
}

export interface Change {
  absolute: number;
  /** Relative change in percent; null when the previous value is 0. */
  relative: number | null;
}

export function changeBetween(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return { absolute: current - previous, relative: previous === 0 ? null : ((current - previous) / previous) * 100 };
}

/** Sum of a breakdown (domains or scopes) over units, with how many units gave one. */
export function aggregateBreakdown(
  model: Model,
  units: readonly Unit[],
  year: number,
  indicatorId: string,
  field: 'domains' | 'scopes',
): { parts: Map<string, number>; reported: number; of: number } {
  const parts = new Map<string, number>();
  let reported = 0;
  let of = 0;
  for (const u of units) {
    const r = recordOf(model, u.code, year);
    if (!r) continue;
    of += 1;
    const map = r[field]?.[indicatorId];
    if (!map) continue;
    reported += 1;
    for (const [k, x] of Object.entries(map)) parts.set(k, (parts.get(k) ?? 0) + x);
  }
  return { parts, reported, of };
}
