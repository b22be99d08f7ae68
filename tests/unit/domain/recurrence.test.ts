/**
 * Recurrence over a five-year window, worked by hand on a unit whose reports are listed per case.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, UnitYearRecord } from '../../../src/contract/schema.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../../src/domain/catalogue.ts';
import { buildModel } from '../../../src/domain/model.ts';
import { categoryYearCounts, slopeOf, weaknessCell, yearWindow } from '../../../src/domain/recurrence.ts';
import { valuesFrom } from '../../../mocks/fixtures/tiny.ts';

const rec = (unit: string, year: number, weaknesses: string[]): UnitYearRecord => ({ unit, year, values: valuesFrom({}), weaknesses });

function dataset(records: UnitYearRecord[]): Dataset {
  return {
    schemaVersion: 1,
    meta: { id: 'rec', name: { zh: '复现测试（合成）', en: 'Recurrence test (synthetic)' }, synthetic: true, asOf: '2026-01-01' },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    units: [
      { code: '410700', name: '市', level: 'city', parent: null },
      { code: '410721', name: 'A', level: 'county', parent: '410700' },
      { code: '410722', name: 'B', level: 'county', parent: '410700' },
    ],
    records,
  };
}

/** The understaffed cell of unit A over 2021–2025 when A reported it in `years`. */
function cellFor(years: number[]) {
  const model = buildModel(dataset(years.map((y) => rec('410721', y, ['understaffed']))));
  return weaknessCell(model, '410721', 'understaffed', yearWindow(2025));
}

describe('yearWindow', () => {
  it('is the five years ending at the selected one', () => {
    expect(yearWindow(2025)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(yearWindow(2025, 2)).toEqual([2024, 2025]);
  });
});

describe('weaknessCell', () => {
  it('counts the window years and marks three consecutive years ending in the window as recurring', () => {
    expect(cellFor([2023, 2024, 2025])).toEqual({ years: [2023, 2024, 2025], present: true, recurring: true, longestRun: 3 });
  });
  it('does not call two separate years recurring', () => {
    expect(cellFor([2022, 2024])).toEqual({ years: [2022, 2024], present: false, recurring: false, longestRun: 1 });
  });
  it('counts a run carried into the window from the year before it (2020–2021)', () => {
    expect(cellFor([2020, 2021])).toEqual({ years: [2021], present: false, recurring: true, longestRun: 2 });
  });
  it('ignores a run that ended before the window (2018–2020)', () => {
    expect(cellFor([2018, 2019, 2020])).toEqual({ years: [], present: false, recurring: false, longestRun: 0 });
  });
  it('sees a run spanning the window (2019–2026) as recurring, its length counted from before the window', () => {
    const c = cellFor([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(c.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(c.recurring).toBe(true);
    expect(c.longestRun).toBe(7);
  });
  it('does not count a year after the window (2025 and 2026 with the window ending 2025)', () => {
    expect(cellFor([2025, 2026])).toEqual({ years: [2025], present: true, recurring: false, longestRun: 1 });
  });
  it('is empty for a category never reported', () => {
    const model = buildModel(dataset([rec('410721', 2025, ['funding'])]));
    expect(weaknessCell(model, '410721', 'understaffed', yearWindow(2025))).toEqual({
      years: [],
      present: false,
      recurring: false,
      longestRun: 0,
    });
  });
});

describe('slopeOf', () => {
  it('is the least-squares slope', () => {
    expect(slopeOf([2021, 2022, 2023], [1, 2, 3])).toBe(1);
    // mean x 2022, mean y 2; (−1)(−2) + 0 + (1)(2) = 4 over 2 → 2
    expect(slopeOf([2021, 2022, 2023], [0, 2, 4])).toBe(2);
    expect(slopeOf([2025], [3])).toBe(0);
  });
});

describe('categoryYearCounts', () => {
  const model = buildModel(
    dataset([
      rec('410721', 2023, ['understaffed', 'funding']),
      rec('410722', 2023, ['funding']),
      rec('410721', 2024, ['understaffed', 'funding']),
      rec('410722', 2024, ['understaffed']),
      rec('410721', 2025, ['understaffed']),
      rec('410722', 2025, ['understaffed']),
    ]),
  );
  const units = model.dataset.units;
  const counts = new Map(categoryYearCounts(model, units, [2022, 2023, 2024, 2025]).map((c) => [c.category, c]));
  it('counts units per year, with units that have a record as the denominator', () => {
    expect(counts.get('understaffed')?.counts).toEqual([0, 1, 2, 2]);
    expect(counts.get('understaffed')?.of).toEqual([0, 2, 2, 2]);
    expect(counts.get('funding')?.counts).toEqual([0, 2, 1, 0]);
  });
  it('reads the trend from shares over the years with records only (2022 has none: a gap, not a zero)', () => {
    // understaffed 1/2, 2/2, 2/2 over 2023–2025: shares 50, 100, 100 → slope 25 points a year, +50 → rising
    expect(counts.get('understaffed')).toMatchObject({ shares: [null, 50, 100, 100], slope: 25, change: 50, trend: 'rising' });
    // funding 100, 50, 0: slope −50, change −100 → falling
    expect(counts.get('funding')).toMatchObject({ slope: -50, change: -100, trend: 'falling' });
    expect(counts.get('aging_team')).toMatchObject({ slope: 0, change: 0, trend: 'flat' });
  });
  it('calls no trend from two years with records', () => {
    const two = categoryYearCounts(model, units, [2024, 2025]).find((c) => c.category === 'funding');
    expect(two).toMatchObject({ shares: [50, 0], trend: 'flat' });
  });
  it('reads a share, not a count: fewer units reporting at all is not a fall', () => {
    const m = buildModel(
      dataset([
        rec('410721', 2023, ['funding']),
        rec('410722', 2023, ['funding']),
        rec('410721', 2024, ['funding']),
        rec('410722', 2024, []),
        rec('410721', 2025, ['funding']),
      ]),
    );
    // counts 2, 1, 1 but shares 100, 50, 100
    expect(categoryYearCounts(m, m.dataset.units, [2023, 2024, 2025]).find((c) => c.category === 'funding')).toMatchObject({
      counts: [2, 1, 1],
      shares: [100, 50, 100],
      trend: 'flat',
    });
  });
});
