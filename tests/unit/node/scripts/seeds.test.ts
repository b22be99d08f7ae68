// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset, UnitYearRecord } from '../../../../src/contract/schema.ts';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { buildSeeds, readGolden } from '../../../../src/node/scripts/seeds.ts';

const goldenDir = fileURLToPath(new URL('../../../../../shared/golden/', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const seedText = (doc: string): string => readFileSync(join(seedsDir, `${doc}.txt`), 'utf8');

const ds: Dataset = buildSeeds(goldenDir);

function recordOf(unit: string, year: number): UnitYearRecord {
  const r = ds.records.find((x) => x.unit === unit && x.year === year);
  if (!r) throw new Error(`no record ${unit}/${year}`);
  return r;
}
function valueOf(r: UnitYearRecord, indicator: string): number | null | undefined {
  return r.values[ds.indicators.findIndex((i) => i.id === indicator)];
}

describe('seeds dataset', () => {
  it('passes the data contract', () => {
    const result = parseDataset(ds);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(ds.meta).toMatchObject({ id: 'seeds', synthetic: false, asOf: '2025-12-09' });
  });

  it('has the five units with their real codes and parents up to the province', () => {
    const units = Object.fromEntries(ds.units.map((u) => [u.code, [u.name, u.level, u.parent]]));
    expect(units).toEqual({
      '140000': ['山西省', 'province', null],
      '140400': ['长治市', 'city', '140000'],
      '140426': ['黎城县', 'county', '140400'],
      '410000': ['河南省', 'province', null],
      '410700': ['新乡市', 'city', '410000'],
      '410703': ['卫滨区', 'district', '410700'],
      '411000': ['许昌市', 'city', '410000'],
      '411200': ['三门峡市', 'city', '410000'],
      '411202': ['湖滨区', 'district', '411200'],
      '411500': ['信阳市', 'city', '410000'],
      '411523': ['新县', 'county', '411500'],
    });
    expect(ds.records.map((r) => `${r.unit}/${r.year}`)).toEqual([
      '140426/2025',
      '410703/2025',
      '411000/2025',
      '411202/2025',
      '411523/2023',
    ]);
    expect(ds.documents?.[0]).toMatchObject({
      id: '000_8c6242150dbbe95b',
      title: '新乡市卫滨区卫生健康委员会 2025年法治政府建设情况的报告',
      unit: '410703',
      year: 2025,
      docNumber: '卫滨卫健字〔2025〕47号',
      date: '2025-12-09',
    });
  });

  it('卫滨区 2025: 14 cases, 53364 元 fines, 464 元 confiscated, quoted from the report', () => {
    const r = recordOf('410703', 2025);
    expect(valueOf(r, 'penalty_cases')).toBe(14);
    expect(valueOf(r, 'fines_yuan')).toBe(53364);
    expect(valueOf(r, 'confiscated_yuan')).toBe(464);
    const text = seedText('000_8c6242150dbbe95b');
    for (const indicator of ['penalty_cases', 'fines_yuan', 'confiscated_yuan']) {
      const ev = r.evidence?.filter((e) => e.indicator === indicator) ?? [];
      expect(ev.length).toBeGreaterThan(0);
      for (const e of ev) expect(text).toContain(e.quote);
    }
    expect(r.weaknesses).toEqual(['understaffed', 'aging_team', 'publicity_monotonous']);
  });

  it('sums the double-random scope parts where there is no total, and marks them derived', () => {
    const r = recordOf('410703', 2025);
    expect(valueOf(r, 'random_tasks_assigned')).toBe(107);
    expect(r.scopes?.random_tasks_assigned).toEqual({ national: 82, provincial: 17, joint: 8 });
    expect(r.evidence?.filter((e) => e.indicator === 'random_tasks_assigned').every((e) => e.derived === 'sum_of_scopes')).toBe(true);
    const hubin = recordOf('411202', 2025);
    expect(valueOf(hubin, 'random_sampled_entities')).toBe(84);
    expect(valueOf(hubin, 'fines_yuan')).toBe(182536); // the stated total, not total + national part
    expect(hubin.evidence?.find((e) => e.quote === '处罚金额1500元')?.derived).toBeUndefined();
  });

  it('湖滨区: 67 cases, 51 of them medical, approximate figures flagged', () => {
    const r = recordOf('411202', 2025);
    expect(valueOf(r, 'penalty_cases')).toBe(67);
    expect(r.domains?.penalty_cases).toMatchObject({ medical: 51, public_places: 8, infectious_disease: 1 });
    expect(r.approx).toContain('supervised_entities');
    expect(valueOf(r, 'complaints_received')).toBe(60);
  });

  it('keeps 0 where a report says none, null where it says nothing, and invents no sizes', () => {
    const r = recordOf('411523', 2023);
    expect(valueOf(r, 'reconsideration_cases')).toBe(0);
    expect(valueOf(r, 'penalty_cases')).toBeNull();
    for (const u of ds.units) {
      expect(u.population).toBeUndefined();
      expect(u.officers).toBeUndefined();
    }
  });

  it('keeps every golden figure and weakness as evidence, quoted exactly', () => {
    for (const g of readGolden(goldenDir)) {
      const doc = g.file.replace(/\.txt$/, '');
      const evidence = ds.records.flatMap((r) => r.evidence ?? []).filter((e) => e.doc === doc);
      const text = seedText(doc);
      for (const f of g.figures) {
        expect(evidence.some((e) => e.indicator === f.indicator && e.quote === f.quote && e.value === f.value)).toBe(true);
      }
      for (const w of g.weaknesses) expect(evidence.some((e) => e.weakness === w.category && e.quote === w.quote)).toBe(true);
      for (const e of evidence) expect(text).toContain(e.quote);
    }
  });
});
