/**
 * A dataset made before the reader knew an indicator keeps every figure added to it: the
 * indicator comes in from the default catalogue, older records read "not reported" (null) for it,
 * and the plan names it so the review can say so before anything is added.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { mergeIntoDataset } from '../../../../src/features/import/merge.ts';
import { planMerge } from '../../../../src/features/import/mergePlan.ts';
import { itemsFromTemplate } from '../../../../src/features/import/review.ts';
import type { ReviewItem } from '../../../../src/features/import/types.ts';
import { tinyDataset } from '../../../../mocks/fixtures/tiny.ts';

/** The tiny dataset as it was before 行政许可 (licence_decisions) was in the catalogue. */
function olderDataset() {
  const ds = tinyDataset();
  const at = ds.indicators.findIndex((i) => i.id === 'licence_decisions');
  expect(at).toBeGreaterThanOrEqual(0);
  return {
    ...ds,
    indicators: ds.indicators.filter((_, i) => i !== at),
    records: ds.records.map((r) => ({ ...r, values: r.values.filter((_, i) => i !== at) })),
  };
}

function accepted(ds: ReturnType<typeof tinyDataset>, code: string, year: number, figures: [string, number][]): ReviewItem[] {
  return itemsFromTemplate({
    file: '填报.xlsx',
    doc: '填报.xlsx',
    sheet: '填报',
    year,
    rows: [
      {
        code,
        name: ds.units.find((u) => u.code === code)?.name ?? code,
        row: 7,
        figures: figures.map(([indicator, value], k) => ({
          indicator,
          value,
          unit: '件',
          cell: `C${7 + k}`,
          quote: `模板 填报.xlsx 单元格 C${7 + k}`,
        })),
      },
    ],
    dataset: ds,
    label: (id) => id,
  }).map((item) => ({ ...item, figures: item.figures.map((f) => ({ ...f, decision: 'accepted' as const })) }));
}

describe('adding figures of an indicator the dataset does not list', () => {
  it('extends the catalogue, pads older records with null, keeps the figure, and the plan says so', () => {
    const ds = olderDataset();
    const rec = ds.records[0];
    if (!rec) throw new Error('the tiny dataset has records');
    const items = accepted(ds, rec.unit, rec.year, [
      ['licence_decisions', 3679],
      ['penalty_cases', rec.values[ds.indicators.findIndex((i) => i.id === 'penalty_cases')] ?? 14],
    ]);
    const plan = planMerge(ds, items, {});
    expect(plan.newIndicators.map((i) => i.id)).toEqual(['licence_decisions']);
    expect(plan.facts.find((f) => f.indicator === 'licence_decisions')?.status).toBe('new');

    const res = mergeIntoDataset(ds, items, { asOf: '2026-12-01' });
    if (!res.ok) throw new Error('nothing to conflict with');
    const out = res.dataset;
    const col = out.indicators.findIndex((i) => i.id === 'licence_decisions');
    expect(col).toBe(ds.indicators.length);
    expect(out.records.find((r) => r.unit === rec.unit && r.year === rec.year)?.values[col]).toBe(3679);
    // Every other record reads "not reported" for it, never 0.
    for (const r of out.records) {
      expect(r.values).toHaveLength(out.indicators.length);
      if (r.unit !== rec.unit || r.year !== rec.year) expect(r.values[col]).toBeNull();
    }
    const parsed = parseDataset(JSON.parse(JSON.stringify(out)));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('leaves a dataset that lists every indicator as it is', () => {
    const ds = tinyDataset();
    const rec = ds.records[0];
    if (!rec) throw new Error('the tiny dataset has records');
    const plan = planMerge(ds, accepted(ds, rec.unit, rec.year, [['licence_decisions', 5]]), {});
    expect(plan.newIndicators).toEqual([]);
  });
});
