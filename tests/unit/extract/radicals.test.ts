// @vitest-environment node
/**
 * Radical code points from PDF fonts (pdf.js gives "⽴案查处" for 立案查处) read as the characters
 * they stand for; the quote keeps what the file holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract.ts';
import { readRadical } from '../../../src/extract/radicals.ts';
import { normalise } from '../../../src/extract/text.ts';

const seedsDir = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

/** Every character that has a Kangxi radical twin written as that radical (as a PDF font maps it). */
function asRadicals(text: string): string {
  const twin = new Map<string, string>();
  for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
    const r = String.fromCodePoint(cp);
    const plain = r.normalize('NFKC');
    if (plain.length === 1 && !twin.has(plain)) twin.set(plain, r);
  }
  for (const [r, plain] of [
    ['\u2ea0', '民'],
    ['\u2ed4', '门'],
    ['\u2ec5', '见'],
    ['\u2edb', '风'],
  ] as const)
    twin.set(plain, r);
  return [...text].map((ch) => twin.get(ch) ?? ch).join('');
}

describe('radicals', () => {
  it('reads Kangxi, supplement and compatibility code points as characters', () => {
    expect([...'⽴⾏⽣⼤⾦⼈'].map(readRadical).join('')).toBe('立行生大金人');
    expect([...'⺠⻔⻅⻛⻓'].map(readRadical).join('')).toBe('民门见风长');
    expect(readRadical('\uf92c')).toBe('郎');
    // Components that are not characters stay; ordinary text is untouched.
    expect(readRadical('⻈')).toBe('⻈');
    expect([...'立案查处 2025 年'].map(readRadical).join('')).toBe('立案查处 2025 年');
  });

  it('normalises for matching and maps back to the original code points', () => {
    const nt = normalise('对不合格的2家单位进⾏了⽴案查处。');
    expect(nt.text).toBe('对不合格的2家单位进行了立案查处。');
    const at = nt.text.indexOf('立案');
    expect(nt.source.slice(nt.map[at], (nt.map[at + 1] ?? 0) + 1)).toBe('⽴案');
  });

  it('finds in a seed written in radicals the same figures as in the seed itself', () => {
    const text = readFileSync(join(seedsDir, '002_9b08c0d94ee79cb4.txt'), 'utf8');
    const garbled = asRadicals(text);
    expect(garbled).not.toBe(text);
    const key = (f: { indicator: string; scope?: string; domain?: string; value: number }) =>
      `${f.indicator}|${f.scope ?? ''}|${f.domain ?? ''}|${f.value}`;
    const plain = extractReport(text).figures.map(key).sort();
    const read = extractReport(garbled);
    expect(read.figures.map(key).sort()).toEqual(plain);
    expect(plain.length).toBeGreaterThan(20);
    // Quotes are exact substrings of the garbled file.
    for (const f of read.figures) expect(garbled).toContain(f.quote);
  });
});
