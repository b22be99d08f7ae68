// @vitest-environment node
/**
 * A city's report added on the import screen keeps what its wording says: 许昌's figures are the
 * whole city's (我市…), so its record says area and the dataset says contract 1.2; a template's
 * parent row (本级) says nothing, which reads as own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { handleRequest } from '../../../../src/extract/worker.ts';
import { mergeIntoDataset } from '../../../../src/features/import/merge.ts';
import { itemFromExtraction, itemsFromTemplate } from '../../../../src/features/import/review.ts';
import type { ReviewItem } from '../../../../src/features/import/types.ts';
import { tinyDataset } from '../../../../mocks/fixtures/tiny.ts';
import type { Dataset } from '../../../../src/contract/schema.ts';

const seed = resolve(process.cwd(), '../shared/seeds/001_065932e1516d24f0.txt');
const accept = (item: ReviewItem): ReviewItem => ({ ...item, figures: item.figures.map((f) => ({ ...f, decision: 'accepted' as const })) });

/** Tiny with 许昌市 and one of its districts. */
function withXuchang(): Dataset {
  const ds = tinyDataset();
  return {
    ...ds,
    units: [
      ...ds.units,
      { code: '411000', name: '许昌市', level: 'city', parent: '410000' },
      { code: '411002', name: '魏都区', level: 'district', parent: '411000' },
    ],
  };
}

describe('whose figures an imported record holds', () => {
  it('a city report that speaks for the city: area, contract 1.2', () => {
    if (!existsSync(seed)) return;
    const ds = withXuchang();
    const res = handleRequest({ id: 1, kind: 'text', text: readFileSync(seed, 'utf8') });
    if (!res.ok) throw new Error(res.code);
    const item = accept(
      itemFromExtraction({
        id: 'x',
        file: '许昌.txt',
        doc: '许昌.txt',
        source: 'txt',
        text: res.text,
        extraction: res.extraction,
        dataset: ds,
      }),
    );
    const res2 = mergeIntoDataset(ds, [{ ...item, unitCode: '411000', year: 2025 }], { asOf: '2026-02-01' });
    if (!res2.ok) throw new Error('no record to conflict with');
    const { dataset } = res2;
    expect(dataset.records.find((r) => r.unit === '411000')?.extent).toBe('area');
    expect(dataset.schemaVersion).toBe(1.2);
    const checked = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('a template’s 本级 row: no extent (own), the version unchanged', () => {
    const ds = withXuchang();
    const [row] = itemsFromTemplate({
      file: '填报.xlsx',
      doc: '填报.xlsx',
      sheet: '填报',
      year: 2025,
      rows: [
        {
          code: '411000',
          name: '许昌市（本级）',
          row: 7,
          figures: [{ indicator: 'penalty_cases', value: 12, unit: '件', cell: 'L7', quote: '模板 填报.xlsx 工作表 填报 单元格 L7' }],
        },
      ],
      dataset: ds,
      label: () => '行政处罚案件',
    });
    if (!row) throw new Error('no item');
    const res2 = mergeIntoDataset(ds, [accept(row)], { asOf: '2026-02-01' });
    if (!res2.ok) throw new Error('no record to conflict with');
    const { dataset } = res2;
    expect(dataset.records.find((r) => r.unit === '411000')?.extent).toBeUndefined();
    expect(dataset.schemaVersion).toBe(1);
  });
});
