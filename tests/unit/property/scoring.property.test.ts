/**
 * Invariants of the league's scoring (src/domain/scoring.ts) over random peer groups: order of
 * units, raising a ↑ figure, missing values and the scale of the weights.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Unit, UnitYearRecord } from '../../../src/contract/schema.ts';
import { defaultIndicators, defaultWeaknessCategories, indicatorGroups } from '../../../src/domain/catalogue.ts';
import { buildModel } from '../../../src/domain/model.ts';
import {
  defaultSettings,
  percentileScores,
  rankUnits,
  type ScoringSettings,
  type UnitScore,
  type Weights,
} from '../../../src/domain/scoring.ts';
import { runParams } from './params.ts';

const YEAR = 2025;
const upIndicators = defaultIndicators.flatMap((ind, i) => (ind.direction === 'up' ? [i] : []));

/** A value for indicator i: a rate 0–100 for %, a small count otherwise; often missing. */
const valueArb = (i: number): fc.Arbitrary<number | null> =>
  fc.option(defaultIndicators[i]?.unit === '%' ? fc.integer({ min: 0, max: 100 }) : fc.integer({ min: 0, max: 60 }), { freq: 3 });

const valuesArb = fc.tuple(...defaultIndicators.map((_, i) => valueArb(i)));

/** 2–9 counties under one city, each with a record for the year and an officer count. */
const peersArb = fc.array(fc.record({ values: valuesArb, officers: fc.integer({ min: 1, max: 40 }) }), { minLength: 2, maxLength: 9 });

function datasetOf(peers: ReadonlyArray<{ values: ReadonlyArray<number | null>; officers: number }>): Dataset {
  const units: Unit[] = [
    { code: '410000', name: '省', level: 'province', parent: null },
    { code: '410100', name: '市', level: 'city', parent: '410000' },
    ...peers.map((p, k): Unit => ({
      code: `4101${String(21 + k).padStart(2, '0')}`,
      name: `县${k}`,
      level: 'county',
      parent: '410100',
      officers: p.officers,
    })),
  ];
  const records: UnitYearRecord[] = peers.map((p, k) => ({
    unit: `4101${String(21 + k).padStart(2, '0')}`,
    year: YEAR,
    values: [...p.values],
  }));
  return {
    schemaVersion: 1,
    meta: { id: 'prop', name: { zh: '性质测试（合成）', en: 'Property test (synthetic)' }, synthetic: true, asOf: '2026-01-31' },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    units,
    records,
  };
}

const scoresOf = (ds: Dataset, settings: ScoringSettings = defaultSettings): Map<string, UnitScore> =>
  new Map(rankUnits(buildModel(ds), '410000', 'all', YEAR, settings).map((s) => [s.unit.code, s]));

const settingsArb = fc.constantFrom<ScoringSettings>(defaultSettings, { ...defaultSettings, normalisation: 'per_officer' });

describe('scoring and ranking invariants', () => {
  it('permuting units and records changes no score and no rank', () => {
    fc.assert(
      fc.property(peersArb, settingsArb, fc.infiniteStream(fc.nat()), (peers, settings, noise) => {
        const ds = datasetOf(peers);
        const key = new Map([...ds.units, ...ds.records].map((x) => [x, noise.next().value]));
        const shuffled: Dataset = {
          ...ds,
          units: [...ds.units].sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0)),
          records: [...ds.records].sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0)),
        };
        const before = scoresOf(ds, settings);
        const after = scoresOf(shuffled, settings);
        for (const [code, s] of before) {
          expect(after.get(code)?.composite).toBe(s.composite);
          expect(after.get(code)?.rank).toBe(s.rank);
        }
      }),
      runParams(300),
    );
  });

  it('raising one ↑ figure of one unit never lowers its score or its rank', () => {
    fc.assert(
      fc.property(peersArb, settingsArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 50 }), (peers, settings, who, which, by) => {
        const k = who % peers.length;
        const i = upIndicators[which % upIndicators.length] ?? 0;
        const ds = datasetOf(peers);
        const record = ds.records[k];
        const x = record?.values[i];
        fc.pre(record !== undefined && x !== null && x !== undefined);
        if (!record || x === null || x === undefined) return;
        const raised = defaultIndicators[i]?.unit === '%' ? Math.min(100, x + by) : x + by;
        const after: Dataset = {
          ...ds,
          records: ds.records.map((r, j) => (j === k ? { ...r, values: r.values.map((v, m) => (m === i ? raised : v)) } : r)),
        };
        const s0 = scoresOf(ds, settings).get(record.unit);
        const s1 = scoresOf(after, settings).get(record.unit);
        expect(s1?.composite ?? -1).toBeGreaterThanOrEqual(s0?.composite ?? -1);
        if (s0?.rank !== null && s0?.rank !== undefined) expect(s1?.rank ?? Infinity).toBeLessThanOrEqual(s0.rank);
      }),
      runParams(400),
    );
  });

  it('a missing value never counts as 0: it is left out, and the others score as if it were not there', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { freq: 3 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom<'up' | 'down'>('up', 'down'),
        (values, direction) => {
          const withMissing = percentileScores(values, direction);
          const present = values.filter((v): v is number => v !== null);
          const alone = percentileScores(present, direction);
          let j = 0;
          values.forEach((v, i) => {
            if (v === null) expect(withMissing[i]).toBeNull();
            else expect(withMissing[i]).toBe(alone[j++]);
          });
        },
      ),
      runParams(400),
    );
    fc.assert(
      fc.property(peersArb, (peers) => {
        const ds = datasetOf(peers);
        for (const s of scoresOf(ds).values()) {
          const record = ds.records.find((r) => r.unit === s.unit.code);
          defaultIndicators.forEach((ind, i) => {
            if ((record?.values[i] ?? null) === null) expect(s.indicators.get(ind.id)?.score ?? null).toBeNull();
          });
          for (const g of indicatorGroups) {
            const reported = defaultIndicators.some(
              (ind, i) => ind.group === g && ind.direction !== 'context' && (record?.values[i] ?? null) !== null,
            );
            if (!reported) expect(s.groups[g]).toBeNull();
          }
        }
      }),
      runParams(200),
    );
  });

  it('weights that sum to anything rank as the same weights normalised', () => {
    const weightsArb = fc.tuple(...indicatorGroups.map(() => fc.integer({ min: 0, max: 100 }))).filter((ws) => ws.some((w) => w > 0));
    fc.assert(
      fc.property(peersArb, weightsArb, fc.double({ min: 0.01, max: 1000, noNaN: true }), (peers, ws, scale) => {
        const ds = datasetOf(peers);
        const total = ws.reduce((a, b) => a + b, 0);
        const weightsOf = (f: (w: number) => number): Weights =>
          Object.fromEntries(indicatorGroups.map((g, i) => [g, f(ws[i] ?? 0)])) as Weights;
        const ranksOf = (weights: Weights) => [...scoresOf(ds, { ...defaultSettings, weights }).values()].map((s) => [s.unit.code, s.rank]);
        const normalised = ranksOf(weightsOf((w) => w / total));
        expect(ranksOf(weightsOf((w) => w))).toEqual(normalised);
        expect(ranksOf(weightsOf((w) => w * scale))).toEqual(normalised);
      }),
      runParams(300),
    );
  });

  it('each indicator score is percentileScores over the peers (the documented rule), value and group mean included', () => {
    fc.assert(
      fc.property(peersArb, (peers) => {
        const ds = datasetOf(peers);
        const scores = scoresOf(ds);
        const codes = ds.records.map((r) => r.unit);
        defaultIndicators.forEach((ind, i) => {
          const values = ds.records.map((r) => r.values[i] ?? null);
          const expected = ind.direction === 'context' ? values.map(() => null) : percentileScores(values, ind.direction);
          codes.forEach((code, k) => {
            expect(scores.get(code)?.indicators.get(ind.id)).toEqual({ value: values[k], score: expected[k] });
          });
        });
        for (const code of codes) {
          const s = scores.get(code);
          for (const g of indicatorGroups) {
            const mine = defaultIndicators.flatMap((ind) => {
              const x = ind.group === g ? s?.indicators.get(ind.id)?.score : null;
              return x === null || x === undefined ? [] : [x];
            });
            const mean = mine.length ? mine.reduce((a, b) => a + b, 0) / mine.length : null;
            if (mean === null) expect(s?.groups[g]).toBeNull();
            else expect(s?.groups[g]).toBeCloseTo(mean, 9);
          }
        }
        expect(scores.get(codes[0] ?? '')?.indicators.get('no_such_indicator')).toBeUndefined();
      }),
      runParams(200),
    );
  });
});
