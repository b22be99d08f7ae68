// @vitest-environment node
/** The embedded datasets say whose figures their parent records hold, and their sums follow. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { aggregateIndicator } from '../../../../src/domain/aggregate.ts';
import { buildModel, unitsInScope } from '../../../../src/domain/model.ts';

const load = (file: string) => {
  const r = parseDataset(JSON.parse(readFileSync(`public/data/${file}`, 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.dataset;
};

describe('own figures and area totals in the embedded datasets', () => {
  it('the demo’s city records are the commissions’ own, added to their units’', () => {
    const demo = load('demo.json');
    expect(demo.schemaVersion).toBe(1.2);
    const cityLevel = new Set(demo.units.filter((u) => u.level === 'city').map((u) => u.code));
    const cityRecords = demo.records.filter((r) => cityLevel.has(r.unit));
    expect(cityRecords.length).toBeGreaterThan(0);
    expect(cityRecords.every((r) => r.extent === 'own')).toBe(true);
    expect(demo.records.filter((r) => !cityLevel.has(r.unit)).every((r) => r.extent === undefined)).toBe(true);
    // 郑州市: its own cases plus its units' cases, with no area total standing in.
    const model = buildModel(demo);
    const zz = unitsInScope(model, '410100');
    const total = aggregateIndicator(model, zz, 2025, 'penalty_cases');
    const sum = zz.reduce((s, u) => s + (aggregateIndicator(model, [u], 2025, 'penalty_cases').value ?? 0), 0);
    expect(total.areas).toEqual([]);
    expect(total.value).toBe(sum);
  });

  it('the 许昌市 seed speaks for the whole city', () => {
    const seeds = load('seeds.json');
    expect(seeds.records.find((r) => r.unit === '411000')?.extent).toBe('area');
    expect(seeds.records.filter((r) => r.unit !== '411000').every((r) => r.extent === undefined)).toBe(true);
  });
});
