import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegionTable, type RegionRow } from '../../../../src/domain/regionTable.ts';
import { unknownCodes } from '../../../../src/features/import/unknownCodes.ts';

const raw = JSON.parse(readFileSync('src/data/gbt2260.json', 'utf8')) as { source: string; rows: RegionRow[] };
const table = buildRegionTable(raw.rows, raw.source);

describe('unit codes GB/T 2260 does not know', () => {
  it('are named, unless the dataset marks the code as its own', () => {
    const units = [
      { code: '330100', name: '杭州市' },
      { code: '330102', name: '上城区' },
      { code: '330199', name: '虚构区' },
      { code: '330198', name: '钱塘新区（自设）', ownCode: true },
    ];
    expect(unknownCodes(units, table)).toEqual([{ code: '330199', name: '虚构区' }]);
  });

  it('finds none in the shipped datasets', () => {
    for (const f of ['public/data/demo.json', 'public/data/seeds.json']) {
      const ds = JSON.parse(readFileSync(f, 'utf8')) as { units: { code: string; name: string }[] };
      expect(unknownCodes(ds.units, table)).toEqual([]);
    }
  });
});
