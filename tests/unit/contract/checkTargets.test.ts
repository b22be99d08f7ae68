import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/contract/validate.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';

const source = { zh: '测试细则', en: 'Test rules' };

describe('targets in the contract (1.1)', () => {
  it('accepts an old 1 dataset without targets and a 1.1 dataset with them', () => {
    expect(parseDataset(tinyDataset()).ok).toBe(true);
    const r = parseDataset({
      ...tinyDataset(),
      schemaVersion: 1.1,
      targets: [{ indicator: 'random_completion_rate', comparison: '>=', value: 100, level: 'county', year: 2025, source }],
    });
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('refuses targets under schemaVersion 1, an unknown indicator, a bad comparison, a rate over 100, a duplicate: with the path', () => {
    const bad = (targets: unknown[], schemaVersion = 1.1) => {
      const r = parseDataset({ ...tinyDataset(), schemaVersion, targets });
      return r.ok ? [] : r.problems;
    };
    const ok = { indicator: 'random_completion_rate', comparison: '>=', value: 100, source };
    expect(bad([ok], 1)).toEqual([{ path: 'schemaVersion', code: 'value', expected: '1.1', received: '1' }]);
    expect(bad([ok, { ...ok, indicator: 'no_such' }])).toEqual([
      { path: 'targets[1].indicator', code: 'unknown_indicator', subject: 'no_such' },
    ]);
    expect(bad([{ ...ok, comparison: '>' }])[0]).toMatchObject({ path: 'targets[0].comparison', code: 'value' });
    expect(bad([{ ...ok, value: 120 }])).toEqual([
      { path: 'targets[0].value', code: 'rate_over_100', received: '120', subject: 'random_completion_rate' },
    ]);
    expect(bad([{ ...ok, indicator: 'training_sessions', value: -1 }])[0]).toMatchObject({ path: 'targets[0].value', code: 'negative' });
    expect(bad([ok, ok])).toEqual([{ path: 'targets[1]', code: 'duplicate', subject: 'random_completion_rate/*/*' }]);
    expect(bad([{ ...ok, source: undefined }])[0]).toMatchObject({ path: 'targets[0].source', code: 'missing' });
  });
});
