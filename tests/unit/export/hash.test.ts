import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { datasetHash, datasetHashSync, sha256Hex, sha256Sync, shortHash } from '../../../src/export/hash.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const node = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

describe('dataset snapshot hash', () => {
  it('matches SHA-256 in the JS fallback for every padding case', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);
      expect(hex(sha256Sync(data)), `length ${n}`).toBe(node(data));
    }
    expect(hex(sha256Sync(new TextEncoder().encode('卫生健康法治')))).toBe(node('卫生健康法治'));
  });

  it('hashes the dataset JSON once per dataset object, the same way sync and async', async () => {
    const ds = { meta: { id: 'x', name: { zh: '甲', en: 'A' } }, units: [1, 2, 3] };
    const expected = node(JSON.stringify(ds));
    expect(await sha256Hex(new TextEncoder().encode(JSON.stringify(ds)))).toBe(expected);
    const first = datasetHash(ds);
    expect(datasetHash(ds)).toBe(first);
    expect(await first).toBe(expected);
    expect(datasetHashSync(ds)).toBe(expected);
    expect(datasetHashSync({ ...ds })).toBe(expected);
    expect(shortHash(expected)).toHaveLength(12);
  });
});
