/**
 * Hostile and odd templates (issue 24): formulas in data cells, a year that has not ended, an
 * encrypted or legacy workbook, a zip bomb, a million rows, malformed XML and a DTD. Each is
 * refused with its own reason (and the cell, where there is one) before memory or time is spent.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName } from '../../../src/export/formats/xml.ts';
import { buildTemplate } from '../../../src/extract/template.ts';
import { readTemplate } from '../../../src/extract/templateRead.ts';
import { readXlsx, XlsxError } from '../../../src/extract/templateXlsx.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';
import { fillTemplate } from '../features/import/fill.ts';

const ds = tinyDataset();
const col = (id: string): string => columnName(ds.indicators.findIndex((x) => x.id === id) + 2);
const blank = buildTemplate(ds, { year: 2025, created: new Date('2026-01-01T00:00:00Z') });
const SHEET = 'xl/worksheets/sheet1.xml';

/** The template with the sheet XML edited. */
function withSheet(edit: (xml: string) => string, bytes: Uint8Array = blank): Uint8Array {
  const files = unzipSync(bytes);
  files[SHEET] = strToU8(edit(strFromU8(files[SHEET] ?? new Uint8Array())));
  return zipSync(files);
}

const problemsOf = (bytes: Uint8Array, thisYear = 2026) => {
  const r = readTemplate(bytes, 't.xlsx', ds.indicators, thisYear);
  return r.ok ? [] : r.problems.map((p) => ({ code: p.code, cell: p.cell, got: p.got }));
};

describe('template formulas are refused, cell by cell', () => {
  const pen = `${col('penalty_cases')}8`;

  it('a formula with a stored result (=1+1 stored as 999) is not taken as 999', () => {
    const bytes = withSheet((xml) => xml.replace(new RegExp(`<c r="${pen}"( s="\\d+")?/>`), `<c r="${pen}"$1><f>1+1</f><v>999</v></c>`));
    expect(problemsOf(bytes)).toEqual([{ code: 'formula', cell: pen, got: '=1+1' }]);
  });

  it('a formula without a stored result is not read as empty', () => {
    const bytes = withSheet((xml) => xml.replace(new RegExp(`<c r="${pen}"( s="\\d+")?/>`), `<c r="${pen}"$1><f>SUM(C8:D8)</f></c>`));
    expect(problemsOf(bytes)).toEqual([{ code: 'formula', cell: pen, got: '=SUM(C8:D8)' }]);
  });

  it('a shared formula follower, and a formula in the year cell', () => {
    const bytes = withSheet((xml) =>
      xml
        .replace(new RegExp(`<c r="${pen}"( s="\\d+")?/>`), `<c r="${pen}"$1><f t="shared" si="0"/><v>3</v></c>`)
        .replace(/<c r="B2"( s="\d+")?><v>2025<\/v><\/c>/, '<c r="B2"$1><f>YEAR(TODAY())-1</f><v>2025</v></c>'),
    );
    expect(problemsOf(bytes)).toEqual([
      { code: 'formula', cell: 'B2', got: '=YEAR(TODAY())-1' },
      { code: 'formula', cell: pen, got: '=' },
    ]);
  });
});

describe('a year that has not ended', () => {
  it('is refused at review, naming the year cell', () => {
    const bytes = fillTemplate(blank, { B2: 2030, [`${col('penalty_cases')}8`]: 4 });
    expect(problemsOf(bytes, 2026)).toEqual([{ code: 'future_year', cell: 'B2', got: '2030' }]);
    expect(problemsOf(fillTemplate(blank, { B2: 2026, [`${col('penalty_cases')}8`]: 4 }), 2026)).toEqual([]);
  });
});

/** A compound file header, and a directory entry name in UTF-16LE. */
function ole(name: string): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  out.set(
    [...name].flatMap((c) => [c.charCodeAt(0), 0]),
    1024,
  );
  return out;
}

describe('files that are not an .xlsx to read', () => {
  it('an encrypted workbook says so (and how to save it without a password)', () => {
    expect(problemsOf(ole('EncryptedPackage'))).toEqual([{ code: 'encrypted', cell: undefined, got: expect.any(String) }]);
  });

  it('an Excel 97–2003 workbook renamed .xlsx says so', () => {
    expect(problemsOf(ole('Workbook'))[0]?.code).toBe('legacy_xls');
  });

  it('a zip bomb (a sheet inflating far past any template) is refused at the budget, not read', () => {
    const files = unzipSync(blank);
    // 40 MB of blanks, compressed to well under 1 MB.
    const filler = new Uint8Array(40 * 1048576).fill(0x20);
    files[SHEET] = filler;
    const bomb = zipSync(files, { level: 9 });
    expect(bomb.length).toBeLessThan(1048576);
    expect(problemsOf(bomb)).toEqual([{ code: 'too_large', cell: undefined, got: '32' }]);
  });

  it('a sheet of a million rows is refused by its row count', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `<row r="${i + 7}"><c r="A${i + 7}"><v>1</v></c></row>`).join('');
    const bytes = withSheet((xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`));
    expect(problemsOf(bytes)).toEqual([{ code: 'too_many_rows', cell: undefined, got: '20000' }]);
  });

  it('malformed XML and a DTD (an entity bomb needs one) are refused, nothing parsed', () => {
    const broken = withSheet((xml) => xml.replace('</worksheet>', ''));
    expect(problemsOf(broken)[0]).toMatchObject({ code: 'bad_xml', got: 'xl/worksheets/sheet1.xml' });
    const dtd = withSheet((xml) =>
      xml.replace('<worksheet', '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet'),
    );
    expect(() => readXlsx(dtd)).toThrow(XlsxError);
    expect(() => readXlsx(dtd)).toThrow(/DTD/);
    expect(problemsOf(dtd)[0]).toMatchObject({ code: 'bad_xml', got: 'xl/worksheets/sheet1.xml' });
  });
});
