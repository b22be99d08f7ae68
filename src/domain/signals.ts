/**
 * Weaknesses read off the figures, set against what a unit itself reported (DOMAIN.md).
 *
 * - Understaffing: supervised entities per enforcement officer, against the median of the unit's
 *   peers (same peer group within the scope). Flagged at 1.5 × the median or more, and only when
 *   at least three peers have the figure (a median of one or two says little).
 * - Aging: officers aged 50+ as a share of officers, where both are known. Flagged at 50 % or more.
 *
 * Officers and entities come from `sizeOf` (that year's figure, else the unit's standing figure).
 */
import type { Unit } from '../contract/schema.ts';
import { peerGroupOf, recordOf, type Model } from './model.ts';
import { median } from './peers.ts';
import { sizeOf } from './size.ts';
import { reported } from './weaknesses.ts';

export const UNDERSTAFFED_RATIO = 1.5;
export const AGING_SHARE = 50;
export const MIN_PEERS = 3;

/**
 * - both: the figures show it and the unit reported it.
 * - reported_only: reported, not visible in the figures (the figures are known and below the line).
 * - figures_only: visible in the figures, not reported.
 * - neither: figures known, below the line, not reported.
 * - reported_no_figures / no_figures: the figures needed are missing (reported or not).
 */
export type SignalStatus = 'both' | 'reported_only' | 'figures_only' | 'neither' | 'reported_no_figures' | 'no_figures';

export function statusOf(flagged: boolean | null, admitted: boolean): SignalStatus {
  if (flagged === null) return admitted ? 'reported_no_figures' : 'no_figures';
  if (flagged) return admitted ? 'both' : 'figures_only';
  return admitted ? 'reported_only' : 'neither';
}

/** The statuses where the figures and the report disagree. */
export const isMismatch = (s: SignalStatus): boolean => s === 'reported_only' || s === 'figures_only';

export interface StaffingSignal {
  officers: number | null;
  entities: number | null;
  /** Supervised entities per enforcement officer. */
  perOfficer: number | null;
  peerMedian: number | null;
  /** Peers (the unit included) with a per-officer figure. */
  peers: number;
  /** perOfficer ÷ peerMedian. */
  ratio: number | null;
  /** null: not enough figures to say (see `unknown`). */
  flagged: boolean | null;
  /** Why there is no flag: the unit's own figures are missing, or too few peers have theirs. */
  unknown: 'missing' | 'few_peers' | null;
  admitted: boolean;
  status: SignalStatus;
}

export interface AgingSignal {
  officers: number | null;
  aged50: number | null;
  /** Percent of officers aged 50+. */
  share: number | null;
  flagged: boolean | null;
  admitted: boolean;
  status: SignalStatus;
}

export interface UnitSignals {
  unit: Unit;
  staffing: StaffingSignal;
  aging: AgingSignal;
}

export function entitiesPerOfficer(model: Model, unit: Unit, year: number): number | null {
  const officers = sizeOf(model, unit, year, 'officers');
  const entities = sizeOf(model, unit, year, 'entities');
  if (officers === null || entities === null || officers <= 0) return null;
  return entities / officers;
}

export function agingSignal(model: Model, unit: Unit, year: number): AgingSignal {
  const officers = sizeOf(model, unit, year, 'officers');
  const i = model.indicatorIndex.get('officers_aged_50_plus');
  const aged50 = i === undefined ? null : (recordOf(model, unit.code, year)?.values[i] ?? null);
  const share = officers !== null && officers > 0 && aged50 !== null ? (100 * aged50) / officers : null;
  const flagged = share === null ? null : share >= AGING_SHARE;
  const admitted = reported(model, unit.code, year, 'aging_team');
  return { officers, aged50, share, flagged, admitted, status: statusOf(flagged, admitted) };
}

/**
 * Signals for `units` in `year`, peers drawn from `peerPool` (the scope's units; a unit's peers
 * are those of its peer group). Only units with a record that year are assessed.
 */
export function staffingSignals(model: Model, units: readonly Unit[], peerPool: readonly Unit[], year: number): UnitSignals[] {
  const perOfficer = new Map<string, number | null>();
  const medianOf = new Map<string, { median: number | null; n: number }>();
  const poolByGroup = new Map<string, number[]>();
  for (const u of peerPool) {
    if (u.level === 'province' || !recordOf(model, u.code, year)) continue;
    const x = entitiesPerOfficer(model, u, year);
    perOfficer.set(u.code, x);
    if (x === null) continue;
    const g = peerGroupOf(u.level);
    const list = poolByGroup.get(g);
    if (list) list.push(x);
    else poolByGroup.set(g, [x]);
  }
  for (const [g, list] of poolByGroup) medianOf.set(g, { median: median(list), n: list.length });

  return units
    .filter((u) => u.level !== 'province' && recordOf(model, u.code, year))
    .map((unit) => {
      const x = perOfficer.has(unit.code) ? (perOfficer.get(unit.code) ?? null) : entitiesPerOfficer(model, unit, year);
      const peer = medianOf.get(peerGroupOf(unit.level)) ?? { median: null, n: 0 };
      const ratio = x !== null && peer.median !== null && peer.median > 0 ? x / peer.median : null;
      const flagged = ratio === null || peer.n < MIN_PEERS ? null : ratio >= UNDERSTAFFED_RATIO;
      const admitted = reported(model, unit.code, year, 'understaffed');
      return {
        unit,
        staffing: {
          officers: sizeOf(model, unit, year, 'officers'),
          entities: sizeOf(model, unit, year, 'entities'),
          perOfficer: x,
          peerMedian: peer.median,
          peers: peer.n,
          ratio,
          flagged,
          unknown: x === null ? 'missing' : flagged === null ? 'few_peers' : null,
          admitted,
          status: statusOf(flagged, admitted),
        },
        aging: agingSignal(model, unit, year),
      };
    });
}

export interface SignalSummary {
  staffing: Record<SignalStatus, number>;
  aging: Record<SignalStatus, number>;
}

const emptyCounts = (): Record<SignalStatus, number> => ({
  both: 0,
  reported_only: 0,
  figures_only: 0,
  neither: 0,
  reported_no_figures: 0,
  no_figures: 0,
});

export function summariseSignals(signals: readonly UnitSignals[]): SignalSummary {
  const out: SignalSummary = { staffing: emptyCounts(), aging: emptyCounts() };
  for (const s of signals) {
    out.staffing[s.staffing.status] += 1;
    out.aging[s.aging.status] += 1;
  }
  return out;
}
