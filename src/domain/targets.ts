/**
 * Units against required levels (targets, since contract 1.1): met, not met or not reported for
 * each unit, year and indicator, how far from the target, and counts per scope. Pure.
 *
 * A missing figure is never "not met": a unit that did not report it is counted apart, as the
 * office would chase it for a figure, not mark it down. Counts over a scope take the units with
 * a record that year, as the aggregates do.
 */
import type { Comparison, Level, Target, Unit } from '../contract/schema.ts';
import { compareCodes, recordOf, type Model } from './model.ts';

export type TargetStatus = 'met' | 'not_met' | 'missing';

/** How a comparison is written: ≥ 100%. */
export const comparisonSymbol: Record<Comparison, string> = { '>=': '≥', '<=': '≤', '=': '=' };

export interface Assessment {
  target: Target;
  status: TargetStatus;
  value: number | null;
  /** value − target (signed); null when not reported. */
  delta: number | null;
  /** How far from meeting it (0 when met); null when not reported. */
  gap: number | null;
}

// Rates are written with one decimal; a figure that rounds to the target meets it.
const EPSILON = 1e-9;

export function meets(comparison: Comparison, value: number, target: number): boolean {
  if (comparison === '>=') return value >= target - EPSILON;
  if (comparison === '<=') return value <= target + EPSILON;
  return Math.abs(value - target) <= EPSILON;
}

export function gapTo(comparison: Comparison, value: number, target: number): number {
  if (meets(comparison, value, target)) return 0;
  return comparison === '>=' ? target - value : comparison === '<=' ? value - target : Math.abs(value - target);
}

export function assess(target: Target, value: number | null): Assessment {
  if (value === null) return { target, status: 'missing', value, delta: null, gap: null };
  const met = meets(target.comparison, value, target.value);
  return {
    target,
    status: met ? 'met' : 'not_met',
    value,
    delta: value - target.value,
    gap: gapTo(target.comparison, value, target.value),
  };
}

/** A county target covers county-level cities too (they are ranked with counties). */
function levelMatches(targetLevel: Level | undefined, level: Level): boolean {
  if (targetLevel === undefined) return true;
  return targetLevel === level || (targetLevel === 'county' && level === 'county_city');
}

function specificity(t: Target, level: Level): number {
  return (t.year === undefined ? 0 : 4) + (t.level === undefined ? 0 : t.level === level ? 2 : 1);
}

/** The target that applies: the most specific of those naming the indicator (year, then level). */
export function targetFor(targets: readonly Target[], indicatorId: string, level: Level, year: number): Target | undefined {
  let best: Target | undefined;
  let bestScore = -1;
  for (const t of targets) {
    if (t.indicator !== indicatorId || (t.year !== undefined && t.year !== year) || !levelMatches(t.level, level)) continue;
    const s = specificity(t, level);
    if (s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return best;
}

/** Indicators of the catalogue that carry at least one target, in catalogue order. */
export function targetIndicators(model: Model, targets: readonly Target[]): string[] {
  const named = new Set(targets.map((t) => t.indicator));
  return model.dataset.indicators.filter((ind) => named.has(ind.id)).map((ind) => ind.id);
}

function valueIn(model: Model, code: string, year: number, index: number | undefined): number | null {
  if (index === undefined) return null;
  return recordOf(model, code, year)?.values[index] ?? null;
}

/** One unit's assessment for one indicator, or null when no target applies. */
export function assessUnitIndicator(
  model: Model,
  targets: readonly Target[],
  unit: Unit,
  year: number,
  indicatorId: string,
): Assessment | null {
  const target = targetFor(targets, indicatorId, unit.level, year);
  if (!target) return null;
  return assess(target, valueIn(model, unit.code, year, model.indicatorIndex.get(indicatorId)));
}

/** Every target that applies to a unit in a year, by indicator (catalogue order). */
export function assessUnit(model: Model, targets: readonly Target[], unit: Unit, year: number): Map<string, Assessment> {
  const out = new Map<string, Assessment>();
  for (const id of targetIndicators(model, targets)) {
    const a = assessUnitIndicator(model, targets, unit, year, id);
    if (a) out.set(id, a);
  }
  return out;
}

export interface UnitTargetCount {
  /** Targets applying to the unit that year. */
  of: number;
  met: number;
  notMet: number;
  missing: number;
  /** Indicators missed, worst first by the share of the target missed. */
  missed: string[];
}

export function unitTargetCount(model: Model, targets: readonly Target[], unit: Unit, year: number): UnitTargetCount {
  const out: UnitTargetCount = { of: 0, met: 0, notMet: 0, missing: 0, missed: [] };
  for (const [id, a] of assessUnit(model, targets, unit, year)) {
    out.of += 1;
    if (a.status === 'met') out.met += 1;
    else if (a.status === 'missing') out.missing += 1;
    else {
      out.notMet += 1;
      out.missed.push(id);
    }
  }
  return out;
}

export interface UnitBelow {
  unit: Unit;
  value: number;
  target: Target;
  gap: number;
}

export interface IndicatorTargetCount {
  indicator: string;
  /** The distinct targets applying in the scope (counties and cities may differ). */
  targets: Target[];
  met: number;
  notMet: number;
  missing: number;
  /** Units a target applies to: met + notMet + missing. */
  of: number;
  /** Units below the target, furthest first, then by code. */
  below: UnitBelow[];
  /** Units that did not report the figure. */
  notReported: Unit[];
}

/** For each indicator with a target, how many of `units` meet it that year and who does not. */
export function targetCounts(model: Model, targets: readonly Target[], units: readonly Unit[], year: number): IndicatorTargetCount[] {
  const out: IndicatorTargetCount[] = [];
  for (const id of targetIndicators(model, targets)) {
    const c: IndicatorTargetCount = { indicator: id, targets: [], met: 0, notMet: 0, missing: 0, of: 0, below: [], notReported: [] };
    const index = model.indicatorIndex.get(id);
    for (const u of units) {
      const target = targetFor(targets, id, u.level, year);
      // As the aggregates count `of`: a unit with no report that year is not assessed at all.
      if (!target || !recordOf(model, u.code, year)) continue;
      if (!c.targets.includes(target)) c.targets.push(target);
      const a = assess(target, valueIn(model, u.code, year, index));
      c.of += 1;
      if (a.status === 'met') c.met += 1;
      else if (a.status === 'missing') {
        c.missing += 1;
        c.notReported.push(u);
      } else if (a.value !== null && a.gap !== null) {
        c.notMet += 1;
        c.below.push({ unit: u, value: a.value, target, gap: a.gap });
      }
    }
    if (c.of === 0) continue;
    c.below.sort((a, b) => relativeGap(b) - relativeGap(a) || compareCodes(a.unit.code, b.unit.code));
    out.push(c);
  }
  return out;
}

const relativeGap = (b: UnitBelow): number => (b.target.value === 0 ? b.gap : b.gap / Math.abs(b.target.value));

export interface TargetSummary {
  year: number;
  indicators: IndicatorTargetCount[];
  /** Units below at least one target. */
  unitsBelow: number;
  /** Units at least one target applies to. */
  unitsAssessed: number;
}

/**
 * What a briefing says: per indicator, how many units miss it and which ones (the deck and
 * the Word briefing read this).
 */
export function targetSummary(model: Model, targets: readonly Target[], units: readonly Unit[], year: number): TargetSummary {
  const indicators = targetCounts(model, targets, units, year);
  const below = new Set<string>();
  const assessed = new Set<string>();
  for (const c of indicators) for (const b of c.below) below.add(b.unit.code);
  const ids = targetIndicators(model, targets);
  for (const u of units) if (recordOf(model, u.code, year) && ids.some((id) => targetFor(targets, id, u.level, year))) assessed.add(u.code);
  return { year, indicators, unitsBelow: below.size, unitsAssessed: assessed.size };
}

/** Met / not met / not reported per unit for one indicator: the tile map's colouring. */
export function targetStatusByUnit(
  model: Model,
  targets: readonly Target[],
  units: readonly Unit[],
  indicatorId: string,
  year: number,
): Map<string, TargetStatus> {
  const out = new Map<string, TargetStatus>();
  for (const u of units) {
    const a = assessUnitIndicator(model, targets, u, year, indicatorId);
    if (a) out.set(u.code, a.status);
  }
  return out;
}

/**
 * The target to draw on a trend of `units` (per year; null where none applies or where the
 * units' targets differ, as counties' and cities' may). Only meaningful where the line's figure
 * is comparable to a unit's: a rate (averaged) or a single unit.
 */
export function targetLine(
  model: Model,
  targets: readonly Target[],
  units: readonly Unit[],
  indicatorId: string,
  years: readonly number[],
): Array<Target | null> {
  const ind = model.indicatorById.get(indicatorId);
  if (!ind || (ind.unit !== '%' && units.length !== 1)) return years.map(() => null);
  return years.map((y) => {
    let found: Target | null = null;
    for (const u of units) {
      const t = targetFor(targets, indicatorId, u.level, y);
      if (!t) continue;
      if (found && (found.value !== t.value || found.comparison !== t.comparison)) return null;
      found = t;
    }
    return found;
  });
}
