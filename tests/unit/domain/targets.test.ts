// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset, Target } from '../../../src/contract/schema.ts';
import { parseDataset } from '../../../src/contract/validate.ts';
import { buildModel, unitsInScope } from '../../../src/domain/model.ts';
import {
  assess,
  targetCounts,
  targetFor,
  targetLine,
  targetStatusByUnit,
  targetSummary,
  unitTargetCount,
} from '../../../src/domain/targets.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';

const source = { zh: '测试细则', en: 'Test rules' };
const t = (indicator: string, comparison: Target['comparison'], value: number, extra: Partial<Target> = {}): Target => ({
  indicator,
  comparison,
  value,
  source,
  ...extra,
});

describe('assess', () => {
  it('says met, not met, or not reported, never not met for a missing figure', () => {
    expect(assess(t('random_completion_rate', '>=', 100), 100)).toMatchObject({ status: 'met', gap: 0, delta: 0 });
    expect(assess(t('random_completion_rate', '>=', 100), 80)).toMatchObject({ status: 'not_met', gap: 20, delta: -20 });
    expect(assess(t('reconsideration_cases', '<=', 2), 3)).toMatchObject({ status: 'not_met', gap: 1 });
    expect(assess(t('reconsideration_cases', '<=', 2), 2).status).toBe('met');
    expect(assess(t('exams', '=', 2), 3)).toMatchObject({ status: 'not_met', gap: 1 });
    expect(assess(t('random_completion_rate', '>=', 100), null)).toMatchObject({ status: 'missing', gap: null, delta: null });
  });

  it('takes the most specific target: year over level over neither; a county target covers county-level cities', () => {
    const all = t('coverage_rate', '>=', 90);
    const county = t('coverage_rate', '>=', 95, { level: 'county' });
    const y2025 = t('coverage_rate', '>=', 98, { year: 2025 });
    const targets = [all, county, y2025];
    expect(targetFor(targets, 'coverage_rate', 'city', 2024)).toBe(all);
    expect(targetFor(targets, 'coverage_rate', 'county_city', 2024)).toBe(county);
    expect(targetFor(targets, 'coverage_rate', 'county', 2025)).toBe(y2025);
    expect(targetFor(targets, 'legal_review_rate', 'county', 2025)).toBeUndefined();
  });
});

describe('counts over a scope (tiny dataset)', () => {
  const model = buildModel(tinyDataset());
  const targets = [t('random_completion_rate', '>=', 95), t('complaints_handled_rate', '>=', 98)];
  const units = unitsInScope(model, '410000');

  it('counts units with a record that year; a missing figure is not reported, not missed', () => {
    const counts = targetCounts(model, targets, units, 2025);
    const rate = counts.find((c) => c.indicator === 'random_completion_rate');
    expect(rate).toMatchObject({ met: 1, notMet: 1, missing: 0, of: 2 });
    expect(rate?.below.map((b) => [b.unit.name, b.value, b.gap])).toEqual([['新乡县', 80, 15]]);
    const complaints = counts.find((c) => c.indicator === 'complaints_handled_rate');
    expect(complaints).toMatchObject({ met: 1, notMet: 0, missing: 1, of: 2 });
    expect(complaints?.notReported.map((u) => u.name)).toEqual(['新乡县']);
  });

  it('per unit: targets missed, and the status map for a tile map', () => {
    const county = model.unitByCode.get('410721');
    if (!county) throw new Error('fixture');
    expect(unitTargetCount(model, targets, county, 2025)).toEqual({
      of: 2,
      met: 0,
      notMet: 1,
      missing: 1,
      missed: ['random_completion_rate'],
    });
    expect([...targetStatusByUnit(model, targets, units, 'random_completion_rate', 2025)]).toEqual(
      expect.arrayContaining([
        ['410703', 'met'],
        ['410721', 'not_met'],
      ]),
    );
    const summary = targetSummary(model, targets, units, 2025);
    expect(summary).toMatchObject({ unitsBelow: 1, unitsAssessed: 2 });
  });

  it('draws a target line for a rate, not for a sum of counts over several units', () => {
    expect(targetLine(model, targets, units, 'random_completion_rate', [2024, 2025]).map((x) => x?.value ?? null)).toEqual([95, 95]);
    expect(targetLine(model, [t('penalty_cases', '>=', 5)], units, 'penalty_cases', [2025])).toEqual([null]);
  });
});

describe('demo dataset targets', () => {
  const text = readFileSync(fileURLToPath(new URL('../../../public/data/demo.json', import.meta.url)), 'utf8');
  const parsed = parseDataset(JSON.parse(text));
  if (!parsed.ok) throw new Error('demo refused');
  const ds: Dataset = parsed.dataset;

  it('carries synthetic targets under a version that has them (1.2: its city records also say extent), each with its source', () => {
    expect(ds.schemaVersion).toBe(1.2);
    expect(ds.targets?.length).toBeGreaterThan(5);
    for (const target of ds.targets ?? []) {
      expect(target.synthetic).toBe(true);
      expect(target.source.zh).toMatch(/演示/);
    }
  });

  it('counts agree with a plain recount over the raw records (Henan, 2025)', () => {
    const model = buildModel(ds);
    const counts = targetCounts(model, ds.targets ?? [], unitsInScope(model, '410000'), 2025);
    for (const c of counts) {
      const i = ds.indicators.findIndex((ind) => ind.id === c.indicator);
      let met = 0;
      let notMet = 0;
      let missing = 0;
      for (const r of ds.records.filter((x) => x.year === 2025)) {
        const unit = ds.units.find((u) => u.code === r.unit);
        if (!unit) continue;
        const level = unit.level === 'county_city' ? 'county' : unit.level;
        const candidates = (ds.targets ?? []).filter(
          (x) => x.indicator === c.indicator && (x.year === undefined || x.year === 2025) && (x.level === undefined || x.level === level),
        );
        const target = candidates.find((x) => x.year === 2025) ?? candidates.find((x) => x.level !== undefined) ?? candidates[0];
        if (!target) continue;
        const value = r.values[i];
        if (value === null || value === undefined) missing += 1;
        else if (
          target.comparison === '>=' ? value >= target.value : target.comparison === '<=' ? value <= target.value : value === target.value
        )
          met += 1;
        else notMet += 1;
      }
      expect({ id: c.indicator, met: c.met, notMet: c.notMet, missing: c.missing }).toEqual({ id: c.indicator, met, notMet, missing });
      expect(c.below).toHaveLength(notMet);
    }
    expect(counts.find((c) => c.indicator === 'random_completion_rate')).toMatchObject({ met: 158, notMet: 14, missing: 2 });
  });
});
