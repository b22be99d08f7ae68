/**
 * The file readers, like the contract, take any bytes (issue 24): random bytes, a real template
 * or report with bytes flipped in its zip, its XML cut and spliced, text of any characters. Each
 * either reads (every figure's quote is the text at its offsets; every template figure has its
 * cell) or refuses with one of its stated reasons: never an uncaught error, and never a hang (a
 * hang would run past Vitest's timeout; the slowest case is printed). Replay a failure with
 * FC_SEED / FC_PATH.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';
import { buildTemplate } from '../../../src/extract/template.ts';
import { readTemplate, type TemplateProblemCode, type TemplateResult } from '../../../src/extract/templateRead.ts';
import { handleRequest, type ExtractFailure, type ReportResponse } from '../../../src/extract/worker.ts';
import { runParams } from './params.ts';
import { fillTemplate } from '../features/import/fill.ts';

const ds = tinyDataset();
// Filled in, so that a change that leaves it readable gives figures to check.
const template = fillTemplate(buildTemplate(ds, { year: 2025, created: new Date('2026-01-01T00:00:00Z') }), { C8: 14, D8: '3', C9: 7 });
const SHEET = 'xl/worksheets/sheet1.xml';
const sheetXml = strFromU8(unzipSync(template)[SHEET] ?? new Uint8Array());

// Every stated reason, and the compiler says so when one is added (a Record over the union).
const TEMPLATE_REASONS: Record<TemplateProblemCode, true> = {
  not_xlsx: true,
  encrypted: true,
  legacy_xls: true,
  too_large: true,
  too_many_rows: true,
  timeout: true,
  bad_xml: true,
  formula: true,
  future_year: true,
  not_template: true,
  bad_year: true,
  not_number: true,
  cell_error: true,
  negative: true,
  not_integer: true,
  over_100: true,
  bad_code: true,
  unknown_indicator: true,
  no_values: true,
};
const TEMPLATE_CODES: ReadonlySet<string> = new Set(Object.keys(TEMPLATE_REASONS));
const REPORT_CODES: ReadonlySet<ExtractFailure> = new Set([
  'empty',
  'corrupt',
  'legacy_doc',
  'encrypted_office',
  'too_long',
  'inflated_too_large',
]);

let slowest = 0;
function timed<T>(read: () => T): T {
  const t0 = performance.now();
  const out = read();
  slowest = Math.max(slowest, performance.now() - t0);
  return out;
}

/** A template verdict that holds together: figures with their cells and numbers, or refusals with reasons. */
function checkTemplate(r: TemplateResult): 'read' | 'refused' {
  if (r.ok) {
    expect(Number.isInteger(r.year)).toBe(true);
    for (const row of r.rows) {
      expect(row.code).toMatch(/^\d{6}$/);
      for (const f of row.figures) {
        expect(Number.isFinite(f.value)).toBe(true);
        expect(f.value).toBeGreaterThanOrEqual(0);
        expect(f.quote).toContain(f.cell);
      }
    }
    return 'read';
  }
  expect(r.problems.length).toBeGreaterThan(0);
  expect(r.total).toBeGreaterThanOrEqual(r.problems.length);
  for (const p of r.problems) expect(TEMPLATE_CODES.has(p.code), p.code).toBe(true);
  return 'refused';
}

function checkReport(r: ReportResponse): 'read' | 'refused' {
  if (r.ok) {
    for (const f of r.extraction.figures) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(r.text.length);
      expect(r.text.slice(f.start, f.end)).toBe(f.quote);
    }
    return 'read';
  }
  expect(REPORT_CODES.has(r.code), r.code).toBe(true);
  return 'refused';
}

/** Edits of an XML text: pieces cut out, markup and text spliced in. */
const xmlEdit = fc.tuple(
  fc.nat(),
  fc.nat({ max: 200 }),
  fc.oneof(
    fc.constantFrom(
      '<',
      '>',
      '&',
      '&amp;',
      '&#0;',
      '&#x110000;',
      '</row>',
      '<row>',
      '<c r="C7"><f>1+1</f><v>9</v></c>',
      '<!DOCTYPE x>',
      ']]>',
      '"',
      "'",
    ),
    fc.string({ maxLength: 20 }),
  ),
);
function applyEdits(text: string, edits: ReadonlyArray<readonly [number, number, string]>): string {
  let out = text;
  for (const [at, cut, insert] of edits) {
    const i = out.length ? at % out.length : 0;
    out = out.slice(0, i) + insert + out.slice(i + cut);
  }
  return out;
}
const byteFlips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });
function flip(bytes: Uint8Array, flips: ReadonlyArray<readonly [number, number]>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  for (const [at, value] of flips) out[at % out.length] = value;
  return out;
}

describe('the template reader takes any bytes', () => {
  it('random bytes, and random bytes behind a zip or compound-file signature', () => {
    const counts = { read: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]),
        (body, head) => {
          const bytes = new Uint8Array([...head, ...body]);
          counts[checkTemplate(timed(() => readTemplate(bytes, 'x.xlsx', ds.indicators, 2026)))] += 1;
        },
      ),
      runParams(300),
    );
    expect(counts.refused).toBeGreaterThan(0);
  });

  it('a real template with bytes of its zip changed', () => {
    const counts = { read: 0, refused: 0 };
    fc.assert(
      fc.property(byteFlips, (flips) => {
        counts[checkTemplate(timed(() => readTemplate(flip(template, flips), 't.xlsx', ds.indicators, 2026)))] += 1;
      }),
      runParams(300),
    );
    console.info(`[property] template, bytes changed: ${counts.read} read, ${counts.refused} refused; slowest ${slowest.toFixed(0)} ms`);
  });

  it('a real template with its sheet XML cut and spliced', () => {
    const counts = { read: 0, refused: 0 };
    const files = unzipSync(template);
    fc.assert(
      fc.property(fc.array(xmlEdit, { minLength: 1, maxLength: 6 }), (edits) => {
        const bytes = zipSync({ ...files, [SHEET]: strToU8(applyEdits(sheetXml, edits)) });
        counts[checkTemplate(timed(() => readTemplate(bytes, 't.xlsx', ds.indicators, 2026)))] += 1;
      }),
      runParams(300),
    );
    console.info(`[property] template, XML edited: ${counts.read} read, ${counts.refused} refused; slowest ${slowest.toFixed(0)} ms`);
    expect(counts.refused).toBeGreaterThan(0);
    expect(counts.read).toBeGreaterThan(0);
  });
});

describe('the report reader takes any bytes', () => {
  // The seeds are read at run time from ../shared, never copied in.
  const report = readFileSync(`${process.env.SEEDS_DIR ?? '../shared/seeds'}/000_8c6242150dbbe95b.txt`, 'utf8');

  it('random bytes as .txt and .docx', () => {
    const counts = { read: 0, refused: 0 };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom<'txt' | 'docx'>('txt', 'docx'), (bytes, format) => {
        counts[checkReport(timed(() => handleRequest({ id: 1, kind: 'bytes', format, bytes: bytes.slice().buffer })))] += 1;
      }),
      runParams(300),
    );
    expect(counts.refused).toBeGreaterThan(0);
  });

  it('a real report as text, with pieces cut and any characters spliced in', () => {
    const counts = { read: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.string({ maxLength: 40, unit: 'binary' })), { maxLength: 8 }),
        (edits) => {
          counts[checkReport(timed(() => handleRequest({ id: 1, kind: 'text', text: applyEdits(report, edits) })))] += 1;
        },
      ),
      runParams(150),
    );
    console.info(`[property] report text edited: ${counts.read} read, ${counts.refused} refused; slowest ${slowest.toFixed(0)} ms`);
    expect(counts.read).toBeGreaterThan(0);
  });

  it('a real report as a .docx with bytes of its zip changed', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const body = report
      .split('\n')
      .map((l) => `<w:p><w:r><w:t>${l.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</w:t></w:r></w:p>`)
      .join('');
    const docx = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) });
    const counts = { read: 0, refused: 0 };
    fc.assert(
      fc.property(byteFlips, (flips) => {
        counts[checkReport(timed(() => handleRequest({ id: 1, kind: 'bytes', format: 'docx', bytes: flip(docx, flips).buffer })))] += 1;
      }),
      runParams(200),
    );
    console.info(
      `[property] report .docx, bytes changed: ${counts.read} read, ${counts.refused} refused; slowest ${slowest.toFixed(0)} ms`,
    );
  });
});
