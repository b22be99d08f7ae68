import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../../src/export/formats/table.ts';
import { sanitizeSheetName, toXlsx, xlsxBlob } from '../../../../src/export/formats/xlsx.ts';
import { leagueTable } from './fixture.ts';

const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/core.xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/worksheets/sheet1.xml',
];

function unpack(table: ExportTable): Record<string, string> {
  const files = unzipSync(toXlsx(table, { created: new Date('2025-03-01T08:00:00.123Z') }));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function part(files: Record<string, string>, name: string): Document {
  const xml = files[name];
  if (xml === undefined) throw new Error(`missing part ${name}`);
  return parse(xml);
}

/** The <c> element at a reference such as "C7", or null when the cell is absent. */
function cellAt(sheet: Document, ref: string): Element | null {
  return Array.from(sheet.getElementsByTagName('c')).find((c) => c.getAttribute('r') === ref) ?? null;
}

function textOf(cell: Element | null): string | null {
  return cell?.getElementsByTagName('t')[0]?.textContent ?? null;
}

/** Looks a cell's style up in styles.xml: its number format code and whether its font is bold. */
function styleOf(styles: Document, cell: Element | null): { format: string; bold: boolean } {
  const s = Number(cell?.getAttribute('s') ?? '0');
  const xf = styles.getElementsByTagName('cellXfs')[0]?.getElementsByTagName('xf')[s];
  if (!xf) throw new Error(`no xf ${s}`);
  const numFmtId = xf.getAttribute('numFmtId') ?? '0';
  const builtin: Record<string, string> = { '0': 'General', '1': '0', '3': '#,##0' };
  const custom = Array.from(styles.getElementsByTagName('numFmt')).find((f) => f.getAttribute('numFmtId') === numFmtId);
  const font = styles.getElementsByTagName('font')[Number(xf.getAttribute('fontId') ?? '0')];
  return {
    format: custom?.getAttribute('formatCode') ?? builtin[numFmtId] ?? `?${numFmtId}`,
    bold: (font?.getElementsByTagName('b').length ?? 0) > 0,
  };
}

describe('toXlsx', () => {
  const files = unpack(leagueTable());
  const sheet = part(files, 'xl/worksheets/sheet1.xml');
  const styles = part(files, 'xl/styles.xml');
  // Layout: title row 1, three meta rows 2–4, blank row 5, header row 6, data rows 7–9.

  it('writes every part of the package as well-formed XML', () => {
    expect(Object.keys(files).sort()).toEqual([...PARTS].sort());
    for (const name of PARTS) part(files, name);
    const core = part(files, 'docProps/core.xml');
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe('2025年 法治建设排行榜');
    expect(files['docProps/core.xml']).toContain('2025-03-01T08:00:00Z');
    const wb = part(files, 'xl/workbook.xml');
    expect(wb.getElementsByTagName('sheet')[0]?.getAttribute('name')).toBe('2025年 法治建设排行榜');
  });

  it('puts the bold title in A1 and meta labels/values in A/B', () => {
    expect(textOf(cellAt(sheet, 'A1'))).toBe('2025年 法治建设排行榜');
    expect(styleOf(styles, cellAt(sheet, 'A1')).bold).toBe(true);
    expect(textOf(cellAt(sheet, 'A2'))).toBe('范围');
    expect(textOf(cellAt(sheet, 'B2'))).toBe('河南省');
    expect(textOf(cellAt(sheet, 'B3'))).toBe('2025');
    expect(sheet.querySelector('row[r="5"]')).toBeNull();
  });

  it('writes a bold header row and freezes the panes below it', () => {
    const header = ['排名', '单位', '处罚案件数', '综合得分', '完成率 (%)'];
    header.forEach((h, i) => {
      const cell = cellAt(sheet, `${'ABCDE'[i]}6`);
      expect(textOf(cell)).toBe(h);
      expect(styleOf(styles, cell).bold).toBe(true);
    });
    const pane = sheet.getElementsByTagName('pane')[0];
    expect(pane?.getAttribute('ySplit')).toBe('6');
    expect(pane?.getAttribute('topLeftCell')).toBe('A7');
    expect(pane?.getAttribute('state')).toBe('frozen');
    expect(sheet.getElementsByTagName('autoFilter')[0]?.getAttribute('ref')).toBe('A6:E9');
    expect(sheet.getElementsByTagName('dimension')[0]?.getAttribute('ref')).toBe('A1:E9');
  });

  it('writes numbers as numeric <v> cells with the column format', () => {
    const expectNumber = (ref: string, value: string, format: string): void => {
      const cell = cellAt(sheet, ref);
      expect(cell?.getAttribute('t')).toBeNull();
      expect(cell?.getElementsByTagName('v')[0]?.textContent).toBe(value);
      expect(styleOf(styles, cell)).toEqual({ format, bold: false });
    };
    expectNumber('A7', '1', '0');
    expectNumber('C7', '12345', '#,##0');
    expectNumber('C8', '-3', '#,##0');
    expectNumber('D7', '98.765', '#,##0.00');
    // Values are 0–100, so the % is a literal suffix, not Excel's ×100 percent format.
    expectNumber('E7', '99.5', '0.0"%"');
    expectNumber('E9', '0', '0.0"%"');
  });

  it('writes text as inline strings, escaped, and never as formulas', () => {
    const unit = cellAt(sheet, 'B7');
    expect(unit?.getAttribute('t')).toBe('inlineStr');
    expect(textOf(unit)).toBe('郑州市卫生健康委员会');
    expect(textOf(cellAt(sheet, 'B8'))).toBe('<script>alert(1)</script>');
    expect(textOf(cellAt(sheet, 'B9'))).toBe('=HYPERLINK("http://evil","x")');
    expect(cellAt(sheet, 'B9')?.getAttribute('t')).toBe('inlineStr');
    expect(files['xl/worksheets/sheet1.xml']).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('<script');
    for (const xml of Object.values(files)) expect(xml).not.toMatch(/<f[\s>]/);
    expect(sheet.getElementsByTagName('f')).toHaveLength(0);
  });

  it('leaves missing cells truly absent', () => {
    expect(cellAt(sheet, 'E8')).toBeNull();
    expect(cellAt(sheet, 'D9')).toBeNull();
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('—');
  });

  it('sizes columns, counting CJK characters double', () => {
    const files = unpack({
      title: 't',
      meta: [],
      columns: [
        { id: 'unit', header: '单位', kind: 'text' },
        { id: 'code', header: 'Code', kind: 'text' },
        { id: 'n', header: 'N', kind: 'integer' },
      ],
      rows: [['郑州市卫生健康委员会', 'abcdefghij', 1234567]],
    });
    const cols = part(files, 'xl/worksheets/sheet1.xml').getElementsByTagName('col');
    // 10 CJK characters are 20 widths, 10 Latin ones 10, "1,234,567" is 9; each plus 2 padding.
    expect(Array.from(cols).map((c) => Number(c.getAttribute('width')))).toEqual([22, 12, 11]);
  });
});

describe('hostile and odd text', () => {
  it('strips characters illegal in XML 1.0 and keeps the rest literally', () => {
    const files = unpack({
      title: 'bad\u0001title',
      meta: [],
      columns: [{ id: 'a', header: 'A\u0000"&\'<>', kind: 'text' }],
      rows: [['tab\there'], ['_x0041_'], ['\rx'], ['😀\uD800']],
    });
    const sheet = part(files, 'xl/worksheets/sheet1.xml');
    expect(textOf(cellAt(sheet, 'A1'))).toBe('badtitle');
    expect(textOf(cellAt(sheet, 'A3'))).toBe('A"&\'<>');
    expect(textOf(cellAt(sheet, 'A4'))).toBe('tab\there');
    // Excel would decode _x0041_ as "A"; the escaped underscore keeps the literal text.
    expect(textOf(cellAt(sheet, 'A5'))).toBe('_x005F_x0041_');
    expect(textOf(cellAt(sheet, 'A6'))).toBe('\rx');
    expect(textOf(cellAt(sheet, 'A7'))).toBe('😀');
  });

  it('sanitises sheet names to what Excel accepts', () => {
    expect(sanitizeSheetName('a[b]:c*d?e/f\\g')).toBe('abcdefg');
    expect(sanitizeSheetName('河南省'.repeat(20))).toHaveLength(31);
    expect(sanitizeSheetName("'quoted'")).toBe('quoted');
    expect(sanitizeSheetName('  ')).toBe('Sheet1');
    expect(sanitizeSheetName('History')).toBe('History1');
    const files = unpack({ ...leagueTable(), sheetName: "O'Brien: 2025" });
    expect(part(files, 'xl/workbook.xml').getElementsByTagName('sheet')[0]?.getAttribute('name')).toBe("O'Brien 2025");
    expect(files['xl/workbook.xml']).toContain('&apos;O&apos;&apos;Brien 2025&apos;!$A$6:$E$9');
  });

  it('handles an empty table and returns a typed blob', () => {
    const files = unpack({ title: '', meta: [], columns: [], rows: [] });
    expect(part(files, 'xl/worksheets/sheet1.xml').getElementsByTagName('autoFilter')).toHaveLength(0);
    const blob = xlsxBlob(leagueTable());
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(blob.size).toBeGreaterThan(500);
  });
});
