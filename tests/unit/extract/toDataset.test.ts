// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/contract/validate.ts';
import { loadRegionTable } from '../../../src/data/regionTable.ts';
import { placeReport } from '../../../src/extract/place.ts';
import { extractReport } from '../../../src/extract/extract.ts';
import { toDataset, type RegionRef } from '../../../src/extract/toDataset.ts';

const seedsDir = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const seedFiles = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

describe('toDataset', () => {
  it('builds a dataset that passes the contract, with a stub resolver', () => {
    const text =
      '某某县卫生健康局\n关于2024年法治政府建设情况的报告\n国家下达双随机抽查任务20件，省下达双随机抽查任务5件。全年共查处违法案件9件，其中医疗卫生6件，公共场所卫生3件。发放宣传资料近千份。\n二、存在的问题\n执法力量不足。';
    const chain: RegionRef[] = [
      { code: '140426', name: '某某县', level: 'county', parent: '140400' },
      { code: '140400', name: '某某市', level: 'city', parent: '140000' },
      { code: '140000', name: '某某省', level: 'province', parent: null },
    ];
    const { dataset, skipped } = toDataset([{ id: 'doc1', extraction: extractReport(text) }], { asOf: '2025-01-31', resolve: () => chain });
    expect(skipped).toEqual([]);
    const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(parsed.ok).toBe(true);
    const rec = dataset.records[0];
    const at = (id: string) => rec?.values[dataset.indicators.findIndex((i) => i.id === id)];
    expect(at('random_tasks_assigned')).toBe(25); // no total stated: the sum of its scopes
    expect(rec?.scopes?.random_tasks_assigned).toEqual({ national: 20, provincial: 5 });
    expect(at('penalty_cases')).toBe(9);
    expect(rec?.domains?.penalty_cases).toEqual({ medical: 6, public_places: 3 });
    expect(at('materials_distributed')).toBe(1000);
    expect(rec?.approx).toEqual(['materials_distributed']);
    expect(rec?.weaknesses).toEqual(['understaffed']);
    expect(rec?.evidence?.some((e) => e.derived === 'sum_of_scopes')).toBe(true);
  });

  it('keeps a report whose region is unknown as a document only', () => {
    const { dataset, skipped } = toDataset([{ id: 'x', extraction: extractReport('某某县卫生健康局\n关于2024年法治政府建设情况的报告') }], {
      asOf: '2025-01-31',
      resolve: () => null,
    });
    expect(skipped).toEqual([{ doc: 'x', reason: 'unresolved_region', awaiting: 0 }]);
    expect(dataset.records).toEqual([]);
    expect(parseDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
  });

  it.skipIf(seedFiles.length === 0)('resolves the seeds to GB/T 2260 codes and passes parseDataset', async () => {
    const table = await loadRegionTable();
    const docs = seedFiles.map((f) => ({
      id: f.replace(/\.txt$/, ''),
      extraction: extractReport(readFileSync(join(seedsDir, f), 'utf8')),
    }));
    const { dataset, skipped } = toDataset(docs, { asOf: '2026-01-31', place: (u) => placeReport(u, table) });
    expect(skipped).toEqual([]);
    expect(dataset.records.map((r) => `${r.unit}/${r.year}`)).toEqual([
      '140426/2025',
      '410703/2025',
      '411000/2025',
      '411202/2025',
      '411523/2023',
    ]);
    expect(dataset.units.find((u) => u.code === '411000')).toMatchObject({ level: 'city', parent: '410000' });
    const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });
});
