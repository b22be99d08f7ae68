import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { integrityCases } from '../../../mocks/fixtures/integrity.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';
import { isCalendarDate } from '../../../src/contract/checks/dates.ts';
import { measureOf, rangeProblem } from '../../../src/contract/checks/quantityRange.ts';
import { parseDataset } from '../../../src/contract/validate.ts';
import { valueAtPath } from '../data/jsonPath.ts';

describe('consistency checks: one refusal per rule, with its path', () => {
  for (const [name, x] of Object.entries(integrityCases)) {
    it(`${name}: ${x.what}`, () => {
      const input: unknown = JSON.parse(x.make().body);
      const r = parseDataset(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems[0]).toMatchObject({ path: x.path, code: x.code });
      for (const code of x.also ?? []) expect(r.problems.map((p) => p.code)).toContain(code);
      for (const p of r.problems) expect(valueAtPath(input, p.path).found, `${p.path} exists in the input`).toBe(true);
    });
  }
});

describe('structure problems are reported where they are', () => {
  it('an array where a record belongs is that problem, not fields missing inside it', () => {
    // Found by the property suite: valibot read `values` off Array.prototype.
    const d: unknown = { ...tinyDataset(), records: [[], ...tinyDataset().records] };
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ path: 'records[0]', code: 'type', expected: 'Object', received: 'array' }]);
  });
});

describe('real datasets pass every check', () => {
  for (const file of ['public/data/seeds.json', 'public/data/demo.json']) {
    it(file, () => {
      const r = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
      expect(r.ok ? [] : r.problems).toEqual([]);
    });
  }
  it('the tiny test dataset', () => {
    expect(parseDataset(tinyDataset()).ok).toBe(true);
  });
  it('several quotes of one domain part that add up to it, and a separate figure, are accepted', () => {
    const d = tinyDataset();
    const r = d.records[2];
    if (!r) throw new Error('no record');
    r.domains = { penalty_cases: { medical: 9, public_places: 5 } };
    r.evidence = [
      ...(r.evidence ?? []),
      { indicator: 'penalty_cases', domain: 'medical', doc: 'doc-a', quote: '医疗机构4件', value: 4, unit: '件' },
      { indicator: 'penalty_cases', domain: 'medical', doc: 'doc-a', quote: '医疗美容5件', value: 5, unit: '件' },
      { indicator: 'penalty_cases', doc: 'doc-a', quote: '其中简易程序3件', value: 3, unit: '件', separate: true },
    ];
    expect(parseDataset(d)).toMatchObject({ ok: true });
  });
});

describe('a document awaiting a unit keeps its figures (documents[i].awaiting)', () => {
  const withAwaiting = (awaiting: unknown[]): unknown => {
    const d = tinyDataset();
    const doc = d.documents?.[0];
    if (!doc) throw new Error('no document');
    return { ...d, documents: [{ ...doc, kind: 'disclosure_report', awaiting }, ...(d.documents ?? []).slice(1)] };
  };
  it('accepts its own figures and weaknesses, with their quotes', () => {
    const id = tinyDataset().documents?.[0]?.id ?? '';
    const r = parseDataset(
      withAwaiting([
        { indicator: 'penalty_cases', doc: id, quote: '行政处罚 | 12', value: 12, unit: '件' },
        { weakness: 'understaffed', doc: id, quote: '执法力量不足' },
      ]),
    );
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
  it('refuses another document’s quote, an unknown indicator, a fraction of a count and a quote twice', () => {
    const id = tinyDataset().documents?.[0]?.id ?? '';
    const twice = { indicator: 'penalty_cases', doc: id, quote: '处罚12件', value: 12, unit: '件' };
    const r = parseDataset(
      withAwaiting([
        { indicator: 'penalty_cases', doc: 'elsewhere', quote: '处罚3件', value: 3, unit: '件' },
        { indicator: 'no_such', doc: id, quote: '某某4件', value: 4, unit: '件' },
        { indicator: 'penalty_cases', doc: id, quote: '处罚2.5件', value: 2.5, unit: '件' },
        twice,
        twice,
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'documents[0].awaiting[0].doc unknown_document',
      'documents[0].awaiting[1].indicator unknown_indicator',
      'documents[0].awaiting[2].value not_integer',
      'documents[0].awaiting[4] duplicate',
    ]);
  });
});

describe('measures and dates', () => {
  it('a unit decides the range: rates 0–100, counts whole, money only ≥ 0', () => {
    expect(measureOf('%')).toBe('rate');
    expect(measureOf('件')).toBe('count');
    expect(measureOf('人次')).toBe('count');
    expect(measureOf('元')).toBe('amount');
    expect(measureOf('小时')).toBe('amount');
    expect(rangeProblem(100, 'rate')).toBeUndefined();
    expect(rangeProblem(100.5, 'rate')).toBe('rate_over_100');
    expect(rangeProblem(96.6, 'rate')).toBeUndefined();
    expect(rangeProblem(3.5, 'count')).toBe('not_integer');
    expect(rangeProblem(182536.5, 'amount')).toBeUndefined();
    expect(rangeProblem(-1, 'amount')).toBe('negative');
  });
  it('a date is a real day', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
  });
});
