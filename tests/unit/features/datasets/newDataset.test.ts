import { describe, expect, it } from 'vitest';
import { loadRegionTable } from '../../../../src/data/regionTable.ts';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { summarizeDataset } from '../../../../src/data/datasetSummary.ts';
import { countUnits, newRegionDataset, regionUnits } from '../../../../src/features/datasets/newDataset.ts';

const description = { zh: '新建的数据集', en: 'A new dataset' };

describe('a new dataset for a region', () => {
  it('淄博市: the province, the city and its eight county-level units; passes the contract; says real, no figures', async () => {
    const table = await loadRegionTable();
    const ds = newRegionDataset({ table, code: '370300', name: ' 淄博市2025年法治建设 ', asOf: '2026-12-01', description });
    expect(ds.units.map((u) => `${u.code} ${u.name} ${u.level} ${u.parent ?? '-'}`)).toEqual([
      '370000 山东省 province -',
      '370300 淄博市 city 370000',
      '370302 淄川区 district 370300',
      '370303 张店区 district 370300',
      '370304 博山区 district 370300',
      '370305 临淄区 district 370300',
      '370306 周村区 district 370300',
      '370321 桓台县 county 370300',
      '370322 高青县 county 370300',
      '370323 沂源县 county 370300',
    ]);
    expect(ds.meta).toMatchObject({
      name: { zh: '淄博市2025年法治建设', en: '淄博市2025年法治建设' },
      synthetic: false,
      asOf: '2026-12-01',
    });
    expect(ds.records).toEqual([]);
    const checked = parseDataset(JSON.parse(JSON.stringify(ds)));
    expect(checked.ok).toBe(true);
    expect(summarizeDataset(ds)).toMatchObject({ region: '淄博市', years: [], synthetic: false, units: 10, records: 0 });
  });

  it('a single county brings its city and province; a development zone is not offered as a unit', async () => {
    const table = await loadRegionTable();
    expect(regionUnits(table, '410703').map((u) => u.code)).toEqual(['410000', '410700', '410703']);
    expect(summarizeDataset(newRegionDataset({ table, code: '410703', name: '卫滨区', asOf: '2026-01-01', description })).region).toBe(
      '卫滨区',
    );
    expect(regionUnits(table, '410100').some((u) => u.code === '410171')).toBe(false);
  });

  it('河南省: 17 cities and 济源 under the province, every county-level unit', async () => {
    const table = await loadRegionTable();
    const units = regionUnits(table, '410000');
    const c = countUnits(units);
    expect(c.cities).toBe(17);
    expect(units.find((u) => u.code === '419001')).toMatchObject({ name: '济源市', parent: '410000' });
    expect(c.counties).toBeGreaterThan(150);
    expect(summarizeDataset(newRegionDataset({ table, code: '410000', name: '河南', asOf: '2026-01-01', description })).region).toBe(
      '河南省',
    );
  });
});
