// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/contract/schema.ts';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { buildDemo } from '../../../../src/node/scripts/demo.ts';
import { datasetJsonSchema } from '../../../../src/node/scripts/json-schema.ts';
import { toJsonLines } from '../../../../src/node/scripts/json-out.ts';
import { isCountyLevel } from '../../../../src/domain/regions.ts';
import { buildSeeds } from '../../../../src/node/scripts/seeds.ts';

const repo = (p: string): string => fileURLToPath(new URL(`../../../../${p}`, import.meta.url));
const goldenDir = fileURLToPath(new URL('../../../../../shared/golden/', import.meta.url));
const ds: Dataset = buildDemo();
const years = [2021, 2022, 2023, 2024, 2025];

describe('Henan demo dataset', () => {
  it('is deterministic and passes the data contract', () => {
    expect(buildDemo()).toEqual(ds);
    const result = parseDataset(ds);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(ds.meta).toMatchObject({ id: 'demo', synthetic: true, asOf: '2026-01-15' });
    expect(ds.documents).toEqual([{ id: 'synthetic', title: '演示数据（合成，非真实报告）' }]);
  });

  it('covers every county-level unit of 河南 (no development zones), its cities and the province', () => {
    const counties = ds.units.filter((u) => isCountyLevel(u.level));
    expect(counties.length).toBeGreaterThanOrEqual(150);
    for (const u of ds.units) {
      expect(u.code.startsWith('41')).toBe(true);
      expect(u.code[4]).not.toBe('7');
    }
    expect(ds.units.filter((u) => u.level === 'city')).toHaveLength(17);
    expect(ds.units.find((u) => u.code === '410000')).toMatchObject({ name: '河南省', level: 'province', parent: null });
    expect(ds.units.find((u) => u.code === '419001')).toMatchObject({ name: '济源市', level: 'county_city', parent: '410000' });
    expect(ds.units.find((u) => u.code === '410703')).toMatchObject({ name: '卫滨区', level: 'district', parent: '410700' });
    expect(ds.units.find((u) => u.code === '411523')).toMatchObject({ name: '新县', level: 'county' });
  });

  it('has five years for every county-level and city unit', () => {
    expect([...new Set(ds.records.map((r) => r.year))].sort()).toEqual(years);
    const withRecords = ds.units.filter((u) => u.level !== 'province');
    expect(ds.records).toHaveLength(withRecords.length * years.length);
  });

  it('leaves a realistic share of figures unreported, more in early years', () => {
    const share = (year: number): number => {
      const vals = ds.records.filter((r) => r.year === year).flatMap((r) => r.values);
      return vals.filter((x) => x === null).length / vals.length;
    };
    const all = ds.records.flatMap((r) => r.values);
    const total = all.filter((x) => x === null).length / all.length;
    expect(total).toBeGreaterThan(0.04);
    expect(total).toBeLessThan(0.12);
    expect(share(2021)).toBeGreaterThan(share(2025));
  });

  it('has recurring weaknesses and a rising category', () => {
    const byUnit = new Map<string, Map<number, string[]>>();
    for (const r of ds.records) {
      const m = byUnit.get(r.unit) ?? new Map<number, string[]>();
      m.set(r.year, r.weaknesses ?? []);
      byUnit.set(r.unit, m);
    }
    let recurring = 0;
    for (const m of byUnit.values()) {
      for (const c of ds.weaknessCategories) {
        let run = 0;
        let best = 0;
        for (const y of years) {
          run = m.get(y)?.includes(c.id) ? run + 1 : 0;
          best = Math.max(best, run);
        }
        if (best >= 3) recurring += 1;
      }
    }
    expect(recurring).toBeGreaterThan(50);
    const count = (c: string, y: number) => ds.records.filter((r) => r.year === y && r.weaknesses?.includes(c)).length;
    expect(count('informatization', 2025)).toBeGreaterThan(count('informatization', 2021) * 1.5);
    for (const r of ds.records) {
      expect(r.weaknesses?.length).toBeGreaterThan(0);
      expect(r.evidence?.filter((e) => e.weakness !== undefined).map((e) => e.weakness)).toEqual(r.weaknesses);
    }
  });

  it('committed public/data and schema files equal a fresh build (never edit them by hand: npm run data)', () => {
    expect(readFileSync(repo('public/data/demo.json'), 'utf8')).toBe(toJsonLines(ds));
    expect(readFileSync(repo('public/data/seeds.json'), 'utf8')).toBe(toJsonLines(buildSeeds(goldenDir)));
    expect(readFileSync(repo('public/schema/dataset.v1.schema.json'), 'utf8')).toBe(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
    const index: unknown = JSON.parse(readFileSync(repo('public/data/index.json'), 'utf8'));
    expect(index).toEqual([
      { id: 'demo', file: 'data/demo.json', name: ds.meta.name, synthetic: true, default: true },
      {
        id: 'seeds',
        file: 'data/seeds.json',
        name: { zh: '五份真实年度报告', en: 'Five real annual reports' },
        synthetic: false,
        default: false,
      },
    ]);
  });
});
