// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { buildDemo, buildNational } from '../../../../src/node/scripts/demo.ts';
import { isCountyLevel } from '../../../../src/domain/regions.ts';

describe('national synthetic dataset', () => {
  const ds = buildNational();

  it('covers every county-level unit of China and passes the data contract', () => {
    const counties = ds.units.filter((u) => isCountyLevel(u.level));
    expect(counties.length).toBeGreaterThan(2800);
    expect(counties.some((u) => u.code[4] === '7')).toBe(false);
    expect(ds.units.filter((u) => u.level === 'province')).toHaveLength(31);
    // Municipalities: districts hang directly under the province, no 市辖区 pseudo-city.
    expect(ds.units.find((u) => u.code === '110101')).toMatchObject({ name: '东城区', parent: '110000' });
    expect(ds.units.some((u) => u.name === '市辖区' || u.name.endsWith('直辖县级行政区划'))).toBe(false);
    const result = parseDataset(ds);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(ds.meta).toMatchObject({ id: 'national', synthetic: true });
  });

  it('gives a Henan unit the same figures as the demo', () => {
    const demo = buildDemo();
    const pick = (records: typeof ds.records) => records.filter((r) => r.unit === '410703').map((r) => [r.year, r.values, r.weaknesses]);
    expect(pick(ds.records)).toEqual(pick(demo.records));
  });
});
