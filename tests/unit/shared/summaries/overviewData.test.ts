import { describe, expect, it } from 'vitest';
import { buildModel, unitsInScope } from '../../../../src/domain/model.ts';
import { aggregateIndicator } from '../../../../src/domain/aggregate.ts';
import { buildOverview, trendFor } from '../../../../src/shared/summaries/overviewData.ts';
import { tinyDataset } from '../../../../mocks/fixtures/tiny.ts';

const model = buildModel(tinyDataset());

describe('aggregation over a scope', () => {
  it('sums counts over reporting units and says how many reported, of every unit listed', () => {
    const units = unitsInScope(model, '410700');
    expect(units.map((u) => u.code).sort()).toEqual(['410700', '410703', '410721']);
    // 新乡市 is listed and did not report: it counts in the denominator.
    expect(aggregateIndicator(model, units, 2025, 'penalty_cases')).toEqual({ value: 18, reported: 2, of: 3, approx: false, areas: [] });
  });
  it('averages rates and keeps a missing figure missing', () => {
    const units = unitsInScope(model, '410700');
    expect(aggregateIndicator(model, units, 2025, 'random_completion_rate').value).toBe(90);
    expect(aggregateIndicator(model, units, 2025, 'complaints_handled_rate')).toMatchObject({ value: 100, reported: 1, of: 3 });
    expect(aggregateIndicator(model, units, 2025, 'site_visits')).toMatchObject({ value: null, reported: 0 });
  });
  it('filters by level, counting county-level cities with counties', () => {
    expect(unitsInScope(model, null, 'district').map((u) => u.code)).toEqual(['410703']);
    expect(unitsInScope(model, null, 'county').map((u) => u.code)).toEqual(['410721']);
  });
});

describe('buildOverview', () => {
  const o = buildOverview(model, '410703', 'all', 2025);
  it('gives a single unit its own figures, change on the previous year and the quote', () => {
    const penalties = o.headlines.find((h) => h.key === 'penalties');
    expect(penalties?.main.current.value).toBe(14);
    expect(penalties?.main.previous.value).toBe(10);
    expect(penalties?.main.change).toEqual({ absolute: 4, relative: 40 });
    expect(penalties?.secondary?.figure.current.value).toBe(53364);
    expect(penalties?.main.evidence.map((e) => e.evidence.quote)).toEqual(['2025年共办理行政处罚案件 14件']);
  });
  it('shows training as missing, not zero, and officers from the unit size', () => {
    expect(o.headlines.find((h) => h.key === 'training')?.main.current.value).toBeNull();
    expect(o.headlines.find((h) => h.key === 'officers')?.main.current.value).toBe(10);
  });
  it('counts weaknesses with recurrence against the previous year', () => {
    const all = buildOverview(model, null, 'all', 2025);
    expect(all.weaknesses.find((w) => w.category === 'understaffed')).toEqual({ category: 'understaffed', units: 2, recurring: 1 });
    expect(all.weaknesses.find((w) => w.category === 'aging_team')).toEqual({ category: 'aging_team', units: 1, recurring: 0 });
    expect(all.byDomain.parts).toEqual([
      { domain: 'medical', value: 9 },
      { domain: 'public_places', value: 5 },
    ]);
  });
  it('builds five-year trends with gaps for unreported years', () => {
    const t = trendFor(model, unitsInScope(model, '410703'), 'penalties');
    expect(t.indicator).toBe('penalty_cases');
    expect(t.years).toEqual([2024, 2025]);
    expect(t.values).toEqual([10, 14]);
    const training = trendFor(model, unitsInScope(model, '410703'), 'training');
    expect(training.choices).toEqual([]);
  });
});
