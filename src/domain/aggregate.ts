/**
 * Figures for a set of units: sums of counts, averages of rates, with how many units reported.
 * Missing stays missing: a unit that did not report adds nothing and is counted as not reporting.
 *
 * Own figures and area totals (record `extent`, schema 1.2): a parent unit's record either holds
 * its own work (本级, added to its units' figures) or its whole area's (全市/全区/全县). An area
 * total is never added to the figures of the units under it: it stands for them, and what they
 * reported themselves is kept beside it (`areas`), so a screen can show both where they differ.
 */
import type { Indicator, Unit, UnitYearRecord } from '../contract/schema.ts';
import { expectedReporters } from './coverage.ts';
import { isApprox, recordOf, type Model } from './model.ts';

/** A parent's area total used in place of its units' figures. */
export interface AreaTotal {
  unit: Unit;
  value: number;
  approx: boolean;
  /** The same figure over the units under it in the set (summed, or averaged for a rate); null when none reported it. */
  below: number | null;
  /** Units under it that reported the figure, of those expected to report. */
  belowReported: number;
  belowOf: number;
}

export interface Aggregate {
  /** null when no unit in the set reported the indicator. */
  value: number | null;
  /** Units of the set that reported this figure. */
  reported: number;
  /** Units of the set expected to report that year (coverage.ts): those that did not are counted, not dropped. */
  of: number;
  /** At least one contributing value was approximate (近千, 百余). */
  approx: boolean;
  /** Area totals that stand for their units (outermost first); empty when every record is the unit's own. */
  areas: AreaTotal[];
}

export const isRate = (ind: Indicator): boolean => ind.unit === '%';

/** Absent on records written before 1.2: own, as those versions were summed. */
export const extentOf = (r: UnitYearRecord | undefined): 'own' | 'area' => r?.extent ?? 'own';

interface Parts {
  /** Sum of the values counted (own figures and outermost area totals) and how many. */
  sum: number;
  n: number;
  reported: number;
  /** Units expected to report (coverage.ts expectedReporters, counted here without a copy). */
  of: number;
  approx: boolean;
  areas: AreaTotal[];
}

/** Outermost area unit of the set above `u` (its own ancestors only), or null. */
function outermostArea(model: Model, u: Unit, areaCodes: ReadonlySet<string>): string | null {
  let found: string | null = null;
  let cur = u.parent;
  const seen = new Set<string>();
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    if (areaCodes.has(cur)) found = cur;
    cur = model.unitByCode.get(cur)?.parent ?? null;
  }
  return found;
}

/** Adds the set's values, an outermost area total standing for every unit of the set under it. */
function collect(model: Model, units: readonly Unit[], year: number, i: number | undefined, indicatorId: string, rate: boolean): Parts {
  // Each record looked up once (this runs for every indicator and year at national scale).
  const records = units.map((u) => recordOf(model, u.code, year));
  const valueAt = (k: number): number | null => (i === undefined ? null : (records[k]?.values[i] ?? null));
  // Parents in the set whose record gives this figure for their whole area.
  const areaCodes = new Set<string>();
  units.forEach((u, k) => {
    if (records[k]?.extent === 'area' && valueAt(k) !== null && model.childrenOf.has(u.code)) areaCodes.add(u.code);
  });
  const under = new Map<string, Unit[]>();
  const parts: Parts = { sum: 0, n: 0, reported: 0, of: 0, approx: false, areas: [] };
  units.forEach((u, k) => {
    const r = records[k];
    if (u.level !== 'province' || r) parts.of += 1;
    const v = valueAt(k);
    if (v !== null) parts.reported += 1;
    const outer = areaCodes.size ? outermostArea(model, u, areaCodes) : null;
    if (outer !== null) {
      const list = under.get(outer);
      if (list) list.push(u);
      else under.set(outer, [u]);
      return;
    }
    if (v === null || areaCodes.has(u.code)) return;
    parts.sum += v;
    parts.n += 1;
    if (isApprox(r, indicatorId)) parts.approx = true;
  });
  for (const code of areaCodes) {
    const unit = model.unitByCode.get(code);
    if (!unit || outermostArea(model, unit, areaCodes) !== null) continue;
    const r = recordOf(model, code, year);
    const v = i === undefined ? null : (r?.values[i] ?? null);
    if (v === null) continue;
    const inside = under.get(code) ?? [];
    const below = collect(model, inside, year, i, indicatorId, rate);
    const approx = isApprox(r, indicatorId);
    parts.sum += v;
    parts.n += 1;
    if (approx) parts.approx = true;
    parts.areas.push(
      {
        unit,
        value: v,
        approx,
        below: below.n === 0 ? null : rate ? below.sum / below.n : below.sum,
        belowReported: below.reported,
        belowOf: below.of,
      },
      // Area totals further down, inside this one: shown, never added.
      ...below.areas,
    );
  }
  return parts;
}

export function aggregateIndicator(model: Model, units: readonly Unit[], year: number, indicatorId: string): Aggregate {
  const ind = model.indicatorById.get(indicatorId);
  const rate = ind !== undefined && isRate(ind);
  const parts = collect(model, units, year, model.indicatorIndex.get(indicatorId), indicatorId, rate);
  const base = { reported: parts.reported, of: parts.of, approx: parts.approx, areas: parts.areas };
  // Rates are averaged across the units (and area totals) that reported them; counts and amounts are summed.
  if (parts.n === 0 || !ind) return { value: null, ...base };
  return { value: rate ? parts.sum / parts.n : parts.sum, ...base };
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

/**
 * Sum of a breakdown (domains or scopes) over units, with how many units gave one, of those
 * expected to report. An area total's breakdown stands for its units' breakdowns, as its total does.
 */
export function aggregateBreakdown(
  model: Model,
  units: readonly Unit[],
  year: number,
  indicatorId: string,
  field: 'domains' | 'scopes',
): { parts: Map<string, number>; reported: number; of: number } {
  const parts = new Map<string, number>();
  let reported = 0;
  const areaCodes = new Set(
    units
      .filter((u) => model.childrenOf.has(u.code) && extentOf(recordOf(model, u.code, year)) === 'area')
      .filter((u) => recordOf(model, u.code, year)?.[field]?.[indicatorId] !== undefined)
      .map((u) => u.code),
  );
  for (const u of units) {
    const r = recordOf(model, u.code, year);
    const map = r?.[field]?.[indicatorId];
    if (!map) continue;
    reported += 1;
    // An area's breakdown already holds its units' parts.
    if (areaCodes.size && outermostArea(model, u, areaCodes) !== null) continue;
    for (const [k, x] of Object.entries(map)) parts.set(k, (parts.get(k) ?? 0) + x);
  }
  return { parts, reported, of: expectedReporters(model, units, year).length };
}
