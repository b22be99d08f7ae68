/**
 * The score pinned on a fixture small enough to compute by hand (worked in the comments).
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/contract/schema.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../../src/domain/catalogue.ts';
import { buildModel } from '../../../src/domain/model.ts';
import {
  assignRanks,
  defaultSettings,
  normalisedValue,
  percentileScores,
  rankMovement,
  rankUnits,
  type UnitScore,
} from '../../../src/domain/scoring.ts';
import { valuesFrom } from '../../../mocks/fixtures/tiny.ts';

function dataset(): Dataset {
  const county = (code: string, name: string, officers?: number) => ({
    code,
    name,
    level: 'county' as const,
    parent: '410700',
    ...(officers ? { officers } : {}),
  });
  return {
    schemaVersion: 1,
    meta: { id: 'score', name: { zh: '评分测试（合成）', en: 'Scoring test (synthetic)' }, synthetic: true, asOf: '2026-01-01' },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    units: [
      { code: '410700', name: '市', level: 'city', parent: null },
      county('410721', 'A', 10),
      county('410722', 'B', 5),
      county('410723', 'C'),
      county('410724', 'D', 2),
      { code: '410702', name: '区', level: 'district', parent: '410700' },
    ],
    records: [
      { unit: '410721', year: 2025, values: valuesFrom({ random_completion_rate: 100, inspections: 50, reconsideration_cases: 0 }) },
      { unit: '410722', year: 2025, values: valuesFrom({ random_completion_rate: 100, inspections: 30, reconsideration_cases: 2 }) },
      { unit: '410723', year: 2025, values: valuesFrom({ random_completion_rate: 90, reconsideration_cases: 0 }) },
      { unit: '410724', year: 2025, values: valuesFrom({ random_completion_rate: 80, inspections: 10, reconsideration_cases: 1 }) },
      { unit: '410702', year: 2025, values: valuesFrom({ random_completion_rate: 10, inspections: 1 }) },
      { unit: '410721', year: 2024, values: valuesFrom({ random_completion_rate: 50 }) },
      { unit: '410722', year: 2024, values: valuesFrom({ random_completion_rate: 100 }) },
    ],
  };
}

const model = buildModel(dataset());
const byName = (scores: readonly UnitScore[]) => new Map(scores.map((s) => [s.unit.name, s]));

describe('percentileScores', () => {
  it('counts ties half and leaves missing values unscored', () => {
    // sorted [80, 90, 100, 100]: 100 beats 2 and ties 1 → (2 + 0.5) / 3
    const s = percentileScores([100, 100, 90, 80, null], 'up');
    expect(s.map((x) => (x === null ? null : +x.toFixed(2)))).toEqual([83.33, 83.33, 33.33, 0, null]);
  });
  it('turns a ↓ indicator around and gives a lone reporter 50', () => {
    expect(percentileScores([0, 2], 'down')).toEqual([100, 0]);
    expect(percentileScores([7, null], 'up')).toEqual([50, null]);
  });
});

describe('rankUnits', () => {
  const scores = byName(rankUnits(model, null, 'all', 2025, defaultSettings));
  it('scores groups from their indicators and weights the composite over the groups present', () => {
    const a = scores.get('A');
    // inspections group: rate 83.33, inspections 100 → 91.67; penalties: reconsideration ↓ 0 of [0,0,1,2] → 83.33
    expect(a?.groups.inspections).toBeCloseTo(91.667, 2);
    expect(a?.groups.penalties).toBeCloseTo(83.333, 2);
    expect(a?.groups.training).toBeNull();
    // (25 × 91.67 + 20 × 83.33) / 45
    expect(a?.composite).toBeCloseTo(87.963, 2);
    expect(a?.coverage).toEqual({ groups: 2, of: 6 });
    expect(scores.get('B')?.composite).toBeCloseTo(37.037, 2);
    // C has no inspections figure: scored on the completion rate alone
    expect(scores.get('C')?.indicators.get('inspections')).toEqual({ value: null, score: null });
    expect(scores.get('C')?.composite).toBeCloseTo(55.556, 2);
    expect(scores.get('D')?.composite).toBeCloseTo(14.815, 2);
  });
  it('ranks within the peer group: the district is not compared with counties', () => {
    expect(['A', 'C', 'B', 'D'].map((n) => scores.get(n)?.rank)).toEqual([1, 2, 3, 4]);
    expect(scores.get('A')?.peers).toBe(4);
    // The only district has no peer: no score, no rank (not "第 1 名，共 1 个").
    expect(scores.get('区')).toMatchObject({ rank: null, composite: null, peers: 0, groupSize: 1, peerGroup: 'district' });
    const all = byName(rankUnits(model, null, 'all', 2025, { ...defaultSettings, peers: 'all' }));
    expect(all.get('区')?.rank).toBe(5);
  });
  it('ranks each scope, year and settings once per dataset, and hands out a frozen list', () => {
    const first = rankUnits(model, null, 'all', 2025, defaultSettings);
    expect(rankUnits(model, null, 'all', 2025, { ...defaultSettings, weights: { ...defaultSettings.weights } })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const other = rankUnits(model, null, 'all', 2025, { ...defaultSettings, normalisation: 'per_officer' });
    expect(other).not.toBe(first);
    expect(rankUnits(model, null, 'all', 2024, defaultSettings)).not.toBe(first);
    // Another dataset with the same codes is ranked afresh, not read from this one's ranking.
    const changed = buildModel({ ...dataset(), records: dataset().records.filter((r) => r.unit !== '410721') });
    expect(byName(rankUnits(changed, null, 'all', 2025, defaultSettings)).has('A')).toBe(false);
  });
  it('follows the weights', () => {
    const onlyPenalties = byName(
      rankUnits(model, null, 'county', 2025, { ...defaultSettings, weights: { ...defaultSettings.weights, inspections: 0 } }),
    );
    // penalties only: A and C tie at 83.33 → rank 1, 1; D 33.33 → 3; B 0 → 4
    expect(['A', 'C', 'D', 'B'].map((n) => onlyPenalties.get(n)?.rank)).toEqual([1, 1, 3, 4]);
  });
  it('normalises counts per officer and leaves units without the size missing', () => {
    const ind = model.indicatorById.get('inspections');
    const unit = (code: string) => model.unitByCode.get(code);
    const a = unit('410721');
    const c = unit('410723');
    if (!ind || !a || !c) throw new Error('fixture');
    expect(normalisedValue(model, a, 2025, ind, 'per_officer')).toBe(5);
    expect(normalisedValue(model, c, 2025, ind, 'per_officer')).toBeNull();
    const rate = model.indicatorById.get('random_completion_rate');
    if (!rate) throw new Error('fixture');
    expect(normalisedValue(model, a, 2025, rate, 'per_officer')).toBe(100);
  });
});

describe('ranks and movement', () => {
  it('shares ranks on ties (1, 2, 2, 4) and leaves unscored units unranked', () => {
    const mk = (code: string, composite: number | null): UnitScore => ({
      unit: { code, name: code, level: 'county', parent: null },
      peerGroup: 'county',
      composite,
      groups: { inspections: null, penalties: null, complaints: null, training: null, publicity: null, services: null },
      indicators: new Map(),
      coverage: { groups: 0, of: 6 },
      rank: null,
      peers: 0,
      groupSize: 0,
    });
    const list = [mk('a', 90), mk('b', 70), mk('c', 70), mk('d', 10), mk('e', null)];
    assignRanks(list);
    expect(list.map((s) => s.rank)).toEqual([1, 2, 2, 4, null]);
    expect(list.every((s) => s.peers === 4)).toBe(true);
    // Equal figures weighted 4:6 and 0.04:0.06 differ in the last bits: still a tie. A real gap is not.
    const near = [mk('a', 70), mk('b', 70 - 1.4210854715202004e-14), mk('c', 69.999)];
    assignRanks(near);
    expect(near.map((s) => s.rank)).toEqual([1, 1, 3]);
  });
  it('reports movement on the previous year, and new entries', () => {
    const now = rankUnits(model, null, 'county', 2025, defaultSettings);
    const before = rankUnits(model, null, 'county', 2024, defaultSettings);
    const m = rankMovement(now, before);
    // 2024: B (100) rank 1, A (50) rank 2 → 2025: A 1 (up 1), B 3 (down 2), C and D new
    expect(m.get('410721')).toBe(1);
    expect(m.get('410722')).toBe(-2);
    expect(m.get('410723')).toBe('new');
  });
});
