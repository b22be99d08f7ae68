/**
 * A filled-in template (template.ts) read back: the year, and for each unit row the figures typed
 * into it, each with the cell it came from. A template with any bad cell is refused whole, every
 * problem naming the file, the sheet and the cell, so the person who filled it can fix it.
 */
import type { Indicator } from '../contract/schema.ts';
import { measureOf } from '../contract/checks/quantityRange.ts';
import { TEMPLATE_LAYOUT } from './template.ts';
import { cellRef, readXlsx, TEMPLATE_LIMITS, XlsxError, type XlsxCell, type XlsxSheet } from './templateXlsx.ts';

export type TemplateProblemCode =
  | 'not_xlsx' // not a workbook at all (or a damaged one)
  | 'encrypted' // saved with a password to open
  | 'legacy_xls' // an Excel 97–2003 workbook
  | 'too_large' // inflates past the reader's budget: not a template
  | 'too_many_rows' // more rows than any template has
  | 'timeout' // took longer to read than any template does
  | 'bad_xml' // a part of the workbook is not well-formed XML (or declares a DTD)
  | 'formula' // a formula where a figure belongs
  | 'future_year' // a year that has not ended
  | 'not_template' // a workbook, but no sheet with the template's id row
  | 'bad_year' // the year cell is empty or not a year
  | 'not_number' // text (or a boolean) where a number belongs
  | 'cell_error' // an Excel error value (#DIV/0! …)
  | 'negative'
  | 'not_integer' // a fraction in a column that counts things (件, 次, 人 …)
  | 'over_100' // a rate above 100
  | 'bad_code' // a row's code is not a 6-digit GB/T 2260 code
  | 'unknown_indicator' // a column's indicator id is not in the dataset's catalogue
  | 'no_values'; // nothing filled in

export interface TemplateProblem {
  code: TemplateProblemCode;
  file: string;
  sheet?: string;
  cell?: string;
  /** What the cell holds, as written. */
  got?: string;
  /** A data cell's row: its unit (code and name as in the sheet) and the column's indicator id. */
  unitCode?: string;
  unitName?: string;
  indicator?: string;
}

export interface TemplateFigure {
  indicator: string;
  value: number;
  unit: string;
  cell: string;
  /** `模板 <file> 工作表 <sheet> 单元格 <cell>`: the evidence quote. */
  quote: string;
}

export interface TemplateRow {
  code: string;
  name: string;
  row: number;
  figures: TemplateFigure[];
}

export type TemplateResult =
  { ok: true; sheet: string; year: number; rows: TemplateRow[] } | { ok: false; problems: TemplateProblem[]; total: number };

const MAX_PROBLEMS = 12;

/** The bound a file went past (MB, rows, seconds), or the reader's own words for a damaged file. */
function limitText(e: XlsxError): string {
  if (e.code === 'too_many_rows') return String(e.limit ?? TEMPLATE_LIMITS.maxRows);
  if (e.code === 'timeout') return String(TEMPLATE_LIMITS.maxMs / 1000);
  if (e.code === 'too_large') return String(Math.round((e.limit ?? TEMPLATE_LIMITS.maxPartBytes) / 1048576));
  if (e.code === 'bad_xml') return e.part ?? '';
  return e.message;
}

export const templateQuote = (file: string, sheet: string, cell: string): string => `模板 ${file} 工作表 ${sheet} 单元格 ${cell}`;

/** A number as typed: 12, 12.5, "12" stored as text, 1,234, 100% in a rate column. */
export function cellNumber(cell: XlsxCell, isRate: boolean): number | null {
  if (cell.type === 'number') {
    const n = Number(cell.text);
    return Number.isFinite(n) ? n : null;
  }
  if (cell.type !== 'string') return null;
  let s = cell.text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (isRate) s = s.replace(/\s*[%％]$/, '');
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function textOf(cell: XlsxCell | undefined): string {
  return cell ? cell.text.trim() : '';
}

function findIdRow(sheet: XlsxSheet): number | null {
  for (let r = 1; r <= 40; r++) {
    if (textOf(sheet.cells.get(`A${r}`)) === TEMPLATE_LAYOUT.codeMarker && textOf(sheet.cells.get(`B${r}`)) === TEMPLATE_LAYOUT.nameMarker)
      return r;
  }
  return null;
}

function findYear(sheet: XlsxSheet, idRow: number): { cell: string; got: string; year: number | null } {
  for (let r = 1; r < idRow; r++) {
    if (textOf(sheet.cells.get(`A${r}`)) !== '填报年度') continue;
    const ref = `B${r}`;
    const c = sheet.cells.get(ref);
    const n = c ? cellNumber(c, false) : null;
    const ok = n !== null && Number.isInteger(n) && n >= 1990 && n <= 2100;
    return { cell: ref, got: textOf(c), year: ok ? n : null };
  }
  return { cell: TEMPLATE_LAYOUT.yearCell, got: '', year: null };
}

function readFailure(e: XlsxError): TemplateProblemCode {
  switch (e.code) {
    case 'encrypted':
    case 'legacy_xls':
    case 'too_large':
    case 'too_many_rows':
    case 'timeout':
    case 'bad_xml':
      return e.code;
    default:
      return 'not_xlsx';
  }
}

/** `got` of a formula: as Excel shows it. */
const formulaText = (cell: XlsxCell): string => `=${cell.formula ?? ''}`;

/**
 * Reads a filled-in template against the dataset's indicators. A year later than `thisYear` (the
 * current one) is refused here, at review, not only when the figures are added.
 */
export function readTemplate(
  bytes: Uint8Array,
  file: string,
  indicators: readonly Indicator[],
  thisYear: number = new Date().getFullYear(),
): TemplateResult {
  let sheets: XlsxSheet[];
  try {
    sheets = readXlsx(bytes, TEMPLATE_LIMITS);
  } catch (e) {
    if (e instanceof XlsxError) {
      const code = readFailure(e);
      return { ok: false, problems: [{ code, file, got: limitText(e) }], total: 1 };
    }
    throw e;
  }
  const found = sheets.map((s) => ({ s, idRow: findIdRow(s) })).find((x) => x.idRow !== null);
  if (!found || found.idRow === null) return { ok: false, problems: [{ code: 'not_template', file }], total: 1 };
  const { s: sheet, idRow } = found;
  const problems: TemplateProblem[] = [];
  let total = 0;
  const add = (p: Omit<TemplateProblem, 'file' | 'sheet'>) => {
    total += 1;
    if (problems.length < MAX_PROBLEMS) problems.push({ file, sheet: sheet.name, ...p });
  };

  const year = findYear(sheet, idRow);
  const yearCell = sheet.cells.get(year.cell);
  if (yearCell?.formula !== undefined) add({ code: 'formula', cell: year.cell, got: formulaText(yearCell) });
  else if (year.year === null) add({ code: 'bad_year', cell: year.cell, got: year.got });
  // A report covers a year that has ended: this year's figures are not final, a later year's do not exist.
  else if (year.year > thisYear) add({ code: 'future_year', cell: year.cell, got: String(year.year) });

  const byId = new Map(indicators.map((ind) => [ind.id, ind]));
  const columns: { col: number; ind: Indicator }[] = [];
  let lastCol = 1;
  for (const c of sheet.cells.values()) if (c.row === idRow) lastCol = Math.max(lastCol, c.col);
  for (let col = 2; col <= lastCol; col++) {
    const ref = cellRef(col, idRow);
    const id = textOf(sheet.cells.get(ref));
    if (!id) continue;
    const ind = byId.get(id);
    if (ind) columns.push({ col, ind });
    else add({ code: 'unknown_indicator', cell: ref, got: id });
  }

  let lastRow = idRow;
  for (const c of sheet.cells.values()) lastRow = Math.max(lastRow, c.row);
  const rows: TemplateRow[] = [];
  for (let r = idRow + 1; r <= lastRow; r++) {
    const codeCell = sheet.cells.get(`A${r}`);
    const filled = columns.filter(({ col }) => {
      const cell = sheet.cells.get(cellRef(col, r));
      return cell !== undefined && (textOf(cell) !== '' || cell.formula !== undefined);
    });
    const code = codeCell ? (codeCell.type === 'number' ? String(Number(codeCell.text)) : codeCell.text.trim()) : '';
    if (!code && filled.length === 0) continue;
    if (!/^\d{6}$/.test(code)) {
      add({ code: 'bad_code', cell: `A${r}`, got: code });
      continue;
    }
    const figures: TemplateFigure[] = [];
    const rowName = textOf(sheet.cells.get(`B${r}`));
    for (const { col, ind } of filled) {
      const ref = cellRef(col, r);
      const cell = sheet.cells.get(ref);
      if (!cell) continue;
      // A problem names the unit and the indicator as well as the cell: the person fixing it reads rows by unit.
      const at = { cell: ref, got: cell.text, unitCode: code, unitName: rowName, indicator: ind.id };
      // A formula's stored result is whatever the file says (=1+1 stored as 999): the figure is
      // taken only as typed.
      if (cell.formula !== undefined) {
        add({ code: 'formula', ...at, got: formulaText(cell) });
        continue;
      }
      if (cell.type === 'error') {
        add({ code: 'cell_error', ...at });
        continue;
      }
      const isRate = ind.unit === '%';
      const n = cellNumber(cell, isRate);
      if (n === null) add({ code: 'not_number', ...at });
      else if (n < 0) add({ code: 'negative', ...at });
      else if (isRate && n > 100) add({ code: 'over_100', ...at });
      else if (measureOf(ind.unit) === 'count' && !Number.isInteger(n)) add({ code: 'not_integer', ...at });
      else figures.push({ indicator: ind.id, value: n, unit: ind.unit, cell: ref, quote: templateQuote(file, sheet.name, ref) });
    }
    if (figures.length) rows.push({ code, name: rowName, row: r, figures });
  }
  if (total === 0 && rows.length === 0) add({ code: 'no_values' });
  if (total > 0 || year.year === null) return { ok: false, problems, total };
  return { ok: true, sheet: sheet.name, year: year.year, rows };
}
