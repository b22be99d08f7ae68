/**
 * The readers' bounds and decoding (issue 24): UTF-16 without a byte-order mark, repeated text
 * read once (offsets kept), a text past the length limit, a .docx bomb and an encrypted .docx,
 * and the record of a reading the page never finished.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeText, guessUtf16 } from '../../../../src/extract/decodeText.ts';
import { blankRepeats } from '../../../../src/extract/repetition.ts';
import { handleRequest, MAX_REPORT_CHARS } from '../../../../src/extract/worker.ts';
import { interruptedBefore, startReading, takeInterrupted } from '../../../../src/features/import/readGuard.ts';

const seed = readFileSync(`${process.env.SEEDS_DIR ?? '../shared/seeds'}/000_8c6242150dbbe95b.txt`, 'utf8');

function utf16(text: string, be = false): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[be ? 2 * i + 1 : 2 * i] = c & 0xff;
    out[be ? 2 * i : 2 * i + 1] = c >> 8;
  }
  return out;
}

describe('decoding a plain-text report', () => {
  it('UTF-16 without a byte-order mark, either byte order, is read as text, not refused', () => {
    expect(guessUtf16(utf16(seed))).toBe('utf-16le');
    expect(decodeText(utf16(seed))).toBe(seed);
    expect(decodeText(utf16(seed, true))).toBe(seed);
    const r = handleRequest({ id: 1, kind: 'bytes', format: 'txt', bytes: utf16(seed).slice().buffer });
    expect(r.ok && r.extraction.unit?.name).toMatch(/卫滨区/);
  });

  it('UTF-8 and GB18030 are not taken for UTF-16', () => {
    expect(guessUtf16(new TextEncoder().encode(seed))).toBeNull();
    expect(guessUtf16(new Uint8Array([0xce, 0xc0, 0xbd, 0xa1, 0xce, 0xaf, 0x31, 0x32]))).toBeNull();
  });
});

describe('repeated text', () => {
  it('a report pasted sixty times gives the figures of one, with quotes at their offsets', () => {
    const once = handleRequest({ id: 1, kind: 'text', text: seed });
    const many = Array.from({ length: 60 }, () => seed).join('\n');
    const r = handleRequest({ id: 2, kind: 'text', text: many });
    if (!once.ok || !r.ok) throw new Error('not read');
    expect(r.extraction.figures.length).toBe(once.extraction.figures.length);
    expect(r.repeated).toBeGreaterThan(0);
    expect(r.text).toBe(many);
    for (const f of r.extraction.figures) expect(r.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('a short line (a heading) may repeat on its own; beside a repeated passage it goes with it', () => {
    const text = '一、主要工作\n共办理行政处罚案件14件，罚款5万元。\n一、主要工作\n另一段不同的内容，办理许可12件。';
    expect(blankRepeats(text)).toEqual({ text, lines: 0, chars: 0 });
    const twice = `${text}\n${text}`;
    const r = blankRepeats(twice);
    expect(r.text.length).toBe(twice.length);
    expect(r.text.slice(0, text.length)).toBe(text);
    expect(r.text.slice(text.length).trim()).toBe('');
    expect(r.lines).toBe(4);
  });
});

describe('bounds', () => {
  it('a text longer than any report is refused with its length and the limit', () => {
    const r = handleRequest({ id: 1, kind: 'text', text: '卫'.repeat(MAX_REPORT_CHARS + 1) });
    expect(r).toMatchObject({ ok: false, code: 'too_long', params: { chars: MAX_REPORT_CHARS + 1, max: MAX_REPORT_CHARS } });
  });

  it('a .docx whose document inflates past the budget is refused, not read', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(40 * 1048576).fill(0x20) }, { level: 9 });
    const r = handleRequest({ id: 1, kind: 'bytes', format: 'docx', bytes: bomb.slice().buffer });
    expect(r).toMatchObject({ ok: false, code: 'inflated_too_large', detail: 'word/document.xml', params: { max: 32 } });
  });

  it('an encrypted .docx says it is encrypted; a .doc renamed .docx says it is an old Word file', () => {
    const ole = (name: string) => {
      const b = new Uint8Array(2048);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      b.set(strToU8(name.split('').join('\0') + '\0'), 512);
      return b;
    };
    expect(handleRequest({ id: 1, kind: 'bytes', format: 'docx', bytes: ole('EncryptedPackage').buffer })).toMatchObject({
      ok: false,
      code: 'encrypted_office',
    });
    expect(handleRequest({ id: 2, kind: 'bytes', format: 'docx', bytes: ole('WordDocument').buffer })).toMatchObject({
      ok: false,
      code: 'legacy_doc',
    });
  });
});

describe('a reading the page never finished', () => {
  afterEach(() => localStorage.clear());
  const file = new File(['x'.repeat(10)], '大报告.txt', { lastModified: 1_700_000_000_000 });

  it('is found when the screen opens again, and that file is not read again', () => {
    startReading(file); // …and the tab crashed: the mark is never crossed off
    expect(takeInterrupted(Date.now() + 1000)).toEqual([]); // still beating: another tab may be reading
    const found = takeInterrupted(Date.now() + 60_000);
    expect(found.map((m) => m.name)).toEqual(['大报告.txt']);
    expect(interruptedBefore(file)).toBe(true);
    expect(interruptedBefore(new File(['y'], '大报告.txt'))).toBe(false);
    expect(takeInterrupted(Date.now() + 120_000)).toEqual([]);
  });

  it('a reading that ends is crossed off', () => {
    startReading(file)();
    expect(takeInterrupted(Date.now() + 60_000)).toEqual([]);
    expect(interruptedBefore(file)).toBe(false);
  });
});
