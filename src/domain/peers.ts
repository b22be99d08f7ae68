/**
 * A unit beside its peers: the median and the unit's percentile among units of the same peer
 * group (a county-level city counts as a county) within its province, or within the whole
 * dataset when it has no province.
 */
import type { Indicator, Unit } from '../contract/schema.ts';
import { ancestors, isApprox, peerGroupOf, recordOf, type Model } from './model.ts';
import { percentileScores } from './scoring.ts';

/** The median of the numbers present; null when there are none. */
export function median(values: ReadonlyArray<number | null | undefined>): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 ? (xs[mid] ?? null) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}

/** The province a unit sits in (itself for a province), if the dataset has it. */
export function provinceOf(model: Model, code: string): Unit | undefined {
  const u = model.unitByCode.get(code);
  if (!u) return undefined;
  if (u.level === 'province') return u;
  return ancestors(model, code).find((a) => a.level === 'province');
}

/** The scope peers are drawn from: the unit's province code, or null (the whole dataset). */
export function peerScopeOf(model: Model, unit: Unit): string | null {
  return provinceOf(model, unit.code)?.code ?? null;
}

/** Units of the same peer group in the unit's province (or the dataset), the unit included. */
export function peersOf(model: Model, unit: Unit): Unit[] {
  const province = provinceOf(model, unit.code);
  const group = peerGroupOf(unit.level);
  return model.dataset.units.filter(
    (u) =>
      peerGroupOf(u.level) === group && (province ? u.code === province.code || provinceOf(model, u.code)?.code === province.code : true),
  );
}

export interface PeerComparison {
  value: number | null;
  approx: boolean;
  /** Median of the other peers that reported it (the unit itself left out). */
  median: number | null;
  /** Other peers that reported it. */
  reported: number;
  /**
   * 0–100 among the unit and the peers that reported it. For a scored indicator: the share of
   * them the unit does better than (ties half, ↓ turned around), as the league scores it. For a
   * context indicator: the share with a smaller value. Null when the unit did not report it or
   * no peer did.
   */
  percentile: number | null;
}

export function compareWithPeers(model: Model, unit: Unit, peers: readonly Unit[], year: number, ind: Indicator): PeerComparison {
  const i = model.indicatorIndex.get(ind.id);
  const valueFor = (u: Unit): number | null => (i === undefined ? null : (recordOf(model, u.code, year)?.values[i] ?? null));
  const value = valueFor(unit);
  const others = peers.filter((p) => p.code !== unit.code).map(valueFor);
  const reported = others.filter((v) => v !== null).length;
  const scores = percentileScores([value, ...others], ind.direction === 'down' ? 'down' : 'up');
  return {
    value,
    approx: isApprox(recordOf(model, unit.code, year), ind.id),
    median: median(others),
    reported,
    percentile: value === null || reported === 0 ? null : (scores[0] ?? null),
  };
}
