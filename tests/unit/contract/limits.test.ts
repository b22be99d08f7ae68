/**
 * Far past national scale the screens would freeze the tab: such a file is refused as it is read,
 * with the limit named, and a national-scale dataset is not.
 */
import { describe, expect, it } from 'vitest';
import { MAX_RECORDS, MAX_UNITS } from '../../../src/contract/limits.ts';
import { parseDataset } from '../../../src/contract/validate.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';

describe('dataset size limits', () => {
  it('refuses more units than the limit, naming the path, the count and the limit', () => {
    const ds = tinyDataset();
    const units = Array.from({ length: MAX_UNITS + 1 }, (_, i) => ({ code: String(110000 + i), name: `U${i}`, level: 'county' }));
    const res = parseDataset({ ...ds, units });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problems).toEqual([
      { path: 'units', code: 'too_many', subject: 'units', expected: String(MAX_UNITS), received: String(MAX_UNITS + 1) },
    ]);
  });

  it('refuses more records than the limit', () => {
    const ds = tinyDataset();
    const records = Array.from({ length: MAX_RECORDS + 1 }, () => ds.records[0]);
    const res = parseDataset({ ...ds, records });
    expect(res.ok ? [] : res.problems.map((p) => [p.path, p.code, p.received])).toEqual([['records', 'too_many', String(MAX_RECORDS + 1)]]);
  });

  it('leaves a dataset within the limits to the contract', () => {
    const res = parseDataset(tinyDataset());
    expect(res.ok).toBe(true);
  });
});
