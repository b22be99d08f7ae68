/**
 * The league's score. Documented in plain words on screen (features/league/MethodPanel.tsx);
 * the same functions serve the table, the unit page and the big screen.
 *
 * 1. Peers: units of the same level (a county-level city counts as a county), or all levels.
 * 2. Each scored indicator (direction up or down; context indicators are never scored) becomes a
 *    percentile score 0–100 among the peers that reported it: the share of those peers the unit
 *    does better than, ties counting half. For a ↓ indicator, fewer is better. A lone reporter
 *    scores 50. Counts can first be normalised per officer, per 100 entities or per 10,000 people.
 * 3. A group's score is the mean of its indicator scores; missing indicators are left out.
 * 4. The composite is the weighted mean of the group scores the unit has, the weights of the
 *    missing groups left out; coverage (groups scored / groups weighted) is shown beside it.
 * 5. Rank: by composite within the peer group, ties share a rank (1, 2, 2, 4); a unit with no
 *    score at all is listed unranked.
 * 6. A peer group of one (the only city in a city's dataset, the only county that reported) has
 *    no one to be compared with: no score, no rank ("第 1 名，共 1 个" would say nothing).
 */
import type { Indicator, Unit } from '../contract/schema.ts';
import { indicatorGroups, type IndicatorGroup } from './catalogue.ts';
import { matchesLevel, peerGroupOf, recordOf, unitsInScope, type LevelFilter, type Model, type PeerGroup } from './model.ts';
import { sizeOf } from './size.ts';

export type Normalisation = 'raw' | 'per_officer' | 'per_100_entities' | 'per_10k_residents';
export const normalisations: readonly Normalisation[] = ['raw', 'per_officer', 'per_100_entities', 'per_10k_residents'];
export type PeerMode = 'level' | 'all';
export type Weights = Record<IndicatorGroup, number>;

export interface ScoringSettings {
  weights: Weights;
  normalisation: Normalisation;
  peers: PeerMode;
}

export const defaultWeights: Weights = { inspections: 25, penalties: 20, complaints: 15, training: 15, publicity: 15, services: 10 };
export const defaultSettings: ScoringSettings = { weights: defaultWeights, normalisation: 'raw', peers: 'level' };

export const isScored = (ind: Indicator): boolean => ind.direction !== 'context';
/** Normalisation applies to counts and amounts, never to rates. */
export const isNormalisable = (ind: Indicator): boolean => ind.unit !== '%';

export function normalisedValue(model: Model, unit: Unit, year: number, ind: Indicator, norm: Normalisation): number | null {
  const i = model.indicatorIndex.get(ind.id);
  const raw = i === undefined ? null : (recordOf(model, unit.code, year)?.values[i] ?? null);
  if (raw === null || norm === 'raw' || !isNormalisable(ind)) return raw;
  const size = sizeOf(model, unit, year, measureOf[norm]);
  if (size === null || size <= 0) return null;
  return (raw / size) * factorOf[norm];
}

/** A score per indicator group, none yet. */
export const noGroupScores = (): Record<IndicatorGroup, number | null> => ({
  inspections: null,
  penalties: null,
  complaints: null,
  training: null,
  publicity: null,
  services: null,
});

export interface IndicatorScore {
  value: number | null;
  score: number | null;
}

/** A unit's value and score per indicator id (every indicator of the dataset has an entry). */
export type IndicatorScores = Pick<ReadonlyMap<string, IndicatorScore>, 'get'>;

export interface UnitScore {
  unit: Unit;
  peerGroup: PeerGroup | 'all';
  composite: number | null;
  groups: Record<IndicatorGroup, number | null>;
  indicators: IndicatorScores;
  coverage: { groups: number; of: number };
  rank: number | null;
  /** Ranked units in the peer group. */
  peers: number;
  /** Units of the peer group with a record that year (ranked or not). */
  groupSize: number;
}

/** Percentile scores (0–100, ties half) of values among those present. */
export function percentileScores(values: ReadonlyArray<number | null>, direction: 'up' | 'down'): Array<number | null> {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const n = present.length;
  return values.map((v) => {
    if (v === null) return null;
    if (n === 1) return 50;
    const below = lowerBound(present, v);
    const equal = lowerBound(present, v, true) - below;
    const s = (100 * (below + (equal - 1) / 2)) / (n - 1);
    return direction === 'up' ? s : 100 - s;
  });
}

function lowerBound(sorted: number[], v: number, strict = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid] ?? 0;
    if (strict ? x <= v : x < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Competition ranking (1, 2, 2, 4) by composite, descending; null composites are unranked. */
/**
 * Composites this close are a tie (scores run 0-100): the same figures weighted 4:6 or 0.04:0.06
 * round differently in the last bits, and equal units must not be ranked 2 and 3 by that.
 */
const TIE = 1e-9;

export function assignRanks(scores: UnitScore[]): void {
  const ranked = scores.filter((s) => s.composite !== null).sort((a, b) => (b.composite ?? 0) - (a.composite ?? 0));
  let prev: number | null = null;
  let rank = 0;
  ranked.forEach((s, i) => {
    if (prev === null || s.composite === null || Math.abs(s.composite - prev) > TIE) rank = i + 1;
    prev = s.composite;
    s.rank = rank;
    s.peers = ranked.length;
  });
  for (const s of scores) if (s.composite === null) s.peers = ranked.length;
}

const measureOf = { per_officer: 'officers', per_100_entities: 'entities', per_10k_residents: 'population' } as const;
const factorOf = { per_officer: 1, per_100_entities: 100, per_10k_residents: 10000 } as const;

/**
 * One peer group's values and scores, indicator-major in two flat arrays (NaN for none). At
 * national scale over fifteen years the league scores ~1.4 million unit-indicator pairs; an object
 * and a Map entry for each cost seconds of allocation and garbage collection on the main thread.
 */
class GroupTable {
  constructor(
    readonly index: ReadonlyMap<string, number>,
    readonly units: number,
    readonly values: Float64Array,
    readonly scores: Float64Array,
  ) {}
}

const orNull = (x: number | undefined): number | null => (x === undefined || Number.isNaN(x) ? null : x);

/** A unit's row of a GroupTable, read as a map from indicator id to value and score. */
class UnitIndicatorScores implements IndicatorScores {
  constructor(
    private readonly table: GroupTable,
    private readonly k: number,
  ) {}
  get(id: string): IndicatorScore | undefined {
    const i = this.table.index.get(id);
    if (i === undefined) return undefined;
    const at = i * this.table.units + this.k;
    return { value: orNull(this.table.values[at]), score: orNull(this.table.scores[at]) };
  }
}

/**
 * percentileScores over one indicator's slice of a GroupTable (NaN = not reported), in one pass
 * over the sorted values: each distinct value's score is worked out once, from its run of ties.
 */
function scoreSlice(values: Float64Array, scores: Float64Array, from: number, n: number, direction: 'up' | 'down'): void {
  const present = new Float64Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const v = values[from + k] ?? Number.NaN;
    if (!Number.isNaN(v)) present[m++] = v;
  }
  const sorted = present.subarray(0, m).sort();
  const scoreOf = new Map<number, number>();
  for (let below = 0; below < m;) {
    const v = sorted[below] ?? 0;
    let end = below + 1;
    while (end < m && sorted[end] === v) end++;
    const s = m > 1 ? (100 * (below + (end - below - 1) / 2)) / (m - 1) : 50;
    scoreOf.set(v, direction === 'up' ? s : 100 - s);
    below = end;
  }
  for (let k = 0; k < n; k++) {
    const s = scoreOf.get(values[from + k] ?? Number.NaN);
    if (s !== undefined) scores[from + k] = s;
  }
}

function scorePeerGroup(model: Model, units: Unit[], year: number, settings: ScoringSettings, group: PeerGroup | 'all'): UnitScore[] {
  const indicators = model.dataset.indicators;
  const norm = settings.normalisation;
  const n = units.length;
  // Looked up once per unit, not once per unit and indicator: this runs for every year at national scale.
  // Each unit's values array read once: records differ in shape (evidence, extent, approx …), so
  // reading \`.values\` per unit and indicator was a megamorphic lookup, most of this function's time.
  const valuesOf = units.map((u) => recordOf(model, u.code, year)?.values ?? null);
  const sizes = norm === 'raw' ? null : units.map((u) => sizeOf(model, u, year, measureOf[norm]));
  const values = new Float64Array(indicators.length * n).fill(Number.NaN);
  const scores = new Float64Array(indicators.length * n).fill(Number.NaN);
  const table = new GroupTable(model.indicatorIndex, n, values, scores);
  // A lone unit is compared with no one: its values are kept for display, unscored.
  const alone = n < 2;
  // Per unit and group: the sum and count of indicator scores.
  const sums = new Float64Array(n * indicatorGroups.length);
  const counts = new Uint16Array(n * indicatorGroups.length);
  const groupIndex = new Map(indicatorGroups.map((g, i) => [g, i]));
  indicators.forEach((ind, idx) => {
    // Every indicator's (normalised) value is kept for display; only ↑/↓ indicators get a score.
    const from = idx * n;
    const normalise = sizes !== null && norm !== 'raw' && isNormalisable(ind);
    for (let k = 0; k < n; k++) {
      const raw = valuesOf[k]?.[idx] ?? null;
      let v: number | null = raw;
      if (raw !== null && normalise) {
        const size = sizes[k] ?? null;
        v = size === null || size <= 0 ? null : (raw / size) * factorOf[norm];
      }
      if (v !== null) values[from + k] = v;
    }
    const direction = ind.direction;
    if (direction === 'context' || alone) return;
    scoreSlice(values, scores, from, n, direction);
    const g = groupIndex.get(ind.group);
    if (g === undefined) return;
    for (let k = 0; k < n; k++) {
      const score = scores[from + k] ?? Number.NaN;
      if (Number.isNaN(score)) continue;
      sums[k * indicatorGroups.length + g] = (sums[k * indicatorGroups.length + g] ?? 0) + score;
      counts[k * indicatorGroups.length + g] = (counts[k * indicatorGroups.length + g] ?? 0) + 1;
    }
  });
  const out: UnitScore[] = units.map((unit, k) => {
    const groups = noGroupScores();
    let weighted = 0;
    let weightSum = 0;
    let groupsScored = 0;
    let groupsWeighted = 0;
    indicatorGroups.forEach((g, gi) => {
      const c = counts[k * indicatorGroups.length + gi] ?? 0;
      const groupScore = c > 0 ? (sums[k * indicatorGroups.length + gi] ?? 0) / c : null;
      groups[g] = groupScore;
      const w = settings.weights[g];
      if (w > 0) groupsWeighted += 1;
      if (groupScore !== null && w > 0) {
        weighted += w * groupScore;
        weightSum += w;
        groupsScored += 1;
      }
    });
    return {
      unit,
      peerGroup: group,
      composite: weightSum > 0 ? weighted / weightSum : null,
      groups,
      indicators: new UnitIndicatorScores(table, k),
      coverage: { groups: groupsScored, of: groupsWeighted },
      rank: null,
      peers: 0,
      groupSize: n,
    };
  });
  assignRanks(out);
  return out;
}

/**
 * Rankings already worked out, per model: the league ranks every year, the unit page and the
 * briefing rank each unit's peers, and coming back to a screen asks again. At national scale over
 * fifteen years one pass is a second of main-thread work, so each (scope, level, year, settings)
 * is ranked once per dataset. The arrays are shared, hence frozen.
 */
const ranked = new WeakMap<Model, Map<string, readonly UnitScore[]>>();
const RANKED_KEPT = 256;

function settingsKey(settings: ScoringSettings): string {
  return `${settings.normalisation}|${settings.peers}|${indicatorGroups.map((g) => settings.weights[g]).join(',')}`;
}

/** Whether rankUnits has this ranking at hand (a call would return at once). */
export function isRanked(model: Model, scope: string | null, level: LevelFilter, year: number, settings: ScoringSettings): boolean {
  return ranked.get(model)?.has(rankKey(scope, level, year, settings)) ?? false;
}

const rankKey = (scope: string | null, level: LevelFilter, year: number, settings: ScoringSettings): string =>
  `${scope ?? ''}|${level}|${year}|${settingsKey(settings)}`;

/** Units ranked for a scope and year: only units with a record that year, by peer group. */
export function rankUnits(
  model: Model,
  scope: string | null,
  level: LevelFilter,
  year: number,
  settings: ScoringSettings,
): readonly UnitScore[] {
  let kept = ranked.get(model);
  if (!kept) {
    kept = new Map();
    ranked.set(model, kept);
  }
  const key = rankKey(scope, level, year, settings);
  const hit = kept.get(key);
  if (hit) return hit;
  const scores = Object.freeze(rankUnitsNow(model, scope, level, year, settings));
  if (kept.size >= RANKED_KEPT) {
    const oldest = kept.keys().next().value;
    if (oldest !== undefined) kept.delete(oldest);
  }
  kept.set(key, scores);
  return scores;
}

function rankUnitsNow(model: Model, scope: string | null, level: LevelFilter, year: number, settings: ScoringSettings): UnitScore[] {
  const units = unitsInScope(model, scope, level).filter(
    (u) => u.level !== 'province' && recordOf(model, u.code, year) && matchesLevel(u, level),
  );
  if (settings.peers === 'all') return scorePeerGroup(model, units, year, settings, 'all');
  const byGroup = new Map<PeerGroup, Unit[]>();
  for (const u of units) {
    const g = peerGroupOf(u.level);
    const list = byGroup.get(g);
    if (list) list.push(u);
    else byGroup.set(g, [u]);
  }
  return [...byGroup].flatMap(([g, list]) => scorePeerGroup(model, list, year, settings, g));
}

export type Movement = number | 'new';

/** Rank change on the previous year: positive = moved up. 'new' = not ranked the year before. */
export function rankMovement(current: readonly UnitScore[], previous: readonly UnitScore[]): Map<string, Movement> {
  const before = new Map(previous.map((s) => [s.unit.code, s.rank]));
  const out = new Map<string, Movement>();
  for (const s of current) {
    if (s.rank === null) continue;
    const r = before.get(s.unit.code);
    out.set(s.unit.code, r === null || r === undefined ? 'new' : r - s.rank);
  }
  return out;
}

/** A unit's rank in each year among its peers in the scope, with the same settings. */
export function rankHistory(
  model: Model,
  code: string,
  scope: string | null,
  level: LevelFilter,
  settings: ScoringSettings,
): Array<{ year: number; rank: number | null; peers: number }> {
  return model.years.map((year) => {
    const s = rankUnits(model, scope, level, year, settings).find((x) => x.unit.code === code);
    return { year, rank: s?.rank ?? null, peers: s?.peers ?? 0 };
  });
}
