// @vitest-environment node
/**
 * The dataset-checking worker's work (src/data/decodeCheck.ts), without a worker: it answers
 * with what decodeDataset made of the text, as JSON the page parses to the same dataset, with the
 * SHA-256 the exports would compute on the page; and a bad file with the failure the page shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Sync } from '../../../src/export/hash.ts';
import { decodeDataset } from '../../../src/data/decode.ts';
import { checkText } from '../../../src/data/decodeCheck.ts';
import { DatasetLoadError } from '../../../src/data/errors.ts';

const demo = readFileSync('public/data/demo.json', 'utf8');
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('checkText', () => {
  it('answers with the checked dataset as JSON: unknown keys dropped, the same dataset, its page-side hash', async () => {
    const withExtras = `{"__proto__": {"polluted": true}, "extra": 1, ${demo.trimStart().slice(1)}`;
    const answer = await checkText({ text: withExtras, source: 'demo.json' });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const parsed: unknown = JSON.parse(answer.checked);
    expect(parsed).toEqual(decodeDataset(withExtras, 'demo.json'));
    expect(Object.keys(parsed as object)).not.toContain('extra');
    expect(Object.hasOwn(parsed as object, '__proto__')).toBe(false);
    // The page hashes JSON.stringify(dataset): the same text, so the same digest.
    expect(JSON.stringify(parsed)).toBe(answer.checked);
    expect(answer.hash).toBe(hex(sha256Sync(new TextEncoder().encode(answer.checked))));
  });

  it('answers a bad file with the failure decodeDataset gives, for the page to show', async () => {
    const bad = demo.replace('"records"', '"recordz"');
    const answer = await checkText({ text: bad, source: 'bad.json' });
    let expected: unknown = null;
    try {
      decodeDataset(bad, 'bad.json');
    } catch (err) {
      expected = err instanceof DatasetLoadError ? err.failure : err;
    }
    expect(expected).not.toBeNull();
    expect(answer).toEqual({ ok: false, failure: expected });
    expect(await checkText({ text: '<!doctype html><p>502</p>', source: 'x.json' })).toEqual({ ok: false, failure: { kind: 'html' } });
  });
});
