import { digitsOf, plainNumber, rowCells, type ExportCell, type ExportColumn, type ExportTable } from './table.ts';
import { buildStyles, STYLE } from './xlsxStyles.ts';
import { columnName, displayWidth, escapeCellText, escapeXml, stripIllegalXml, truncateUnits } from './xml.ts';

/**
 * A hand-written Office Open XML workbook (one sheet) zipped with fflate, so the
 * export costs a few KB instead of a spreadsheet library. Only the parts Excel,
 * WPS and LibreOffice require are written.
 */

import { NS_MAIN, NS_REL, XML_HEAD, xlsxPackage } from './xlsxPackage.ts';

/** Excel's hard limits: longer cell text or sheet names make it "repair" the file. */
const MAX_CELL_CHARS = 32767;
const MAX_SHEET_NAME = 31;
const MIN_COL_WIDTH = 6;
const MAX_COL_WIDTH = 60;

export interface XlsxOptions {
  /** Creation time for docProps/core.xml; injectable so output can be reproducible. */
  created?: Date;
}

/** Excel forbids []:*?/\ and controls in sheet names, edge apostrophes, empty names and "History". */
export function sanitizeSheetName(name: string): string {
  let clean = stripIllegalXml(name)
    .replace(/[[\]:*?/\\\u0000-\u001F\u007F]/g, '')
    .trim();
  clean = truncateUnits(clean, MAX_SHEET_NAME)
    .replace(/^'+|'+$/g, '')
    .trim();
  if (clean === '') return 'Sheet1';
  return clean.toLowerCase() === 'history' ? 'History1' : clean;
}

function textCell(ref: string, text: string, style: number): string {
  const s = style === STYLE.general ? '' : ` s="${style}"`;
  const body = escapeCellText(truncateUnits(text, MAX_CELL_CHARS));
  // Always an inline string, never <f>: text that looks like a formula stays text.
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${body}</t></is></c>`;
}

function dataCell(ref: string, cell: ExportCell, numberStyle: number): string {
  if (cell === null) return ''; // Missing stays a truly empty cell, never 0 or a dash.
  if (typeof cell === 'string') return textCell(ref, cell, STYLE.general);
  const n = plainNumber(cell);
  if (n === null) return '';
  const s = numberStyle === STYLE.general ? '' : ` s="${numberStyle}"`;
  return `<c r="${ref}"${s}><v>${n}</v></c>`;
}

function row(r: number, cells: string): string {
  return `<row r="${r}">${cells}</row>`;
}

/** Rough rendered text of a number, only to size its column. */
function numberWidth(value: number, column: ExportColumn): number {
  const digits = digitsOf(column);
  const fixed = Math.abs(value).toFixed(digits);
  const intPart = fixed.split('.')[0] ?? fixed;
  const grouping = column.kind === 'integer' || column.kind === 'decimal' ? Math.floor((intPart.length - 1) / 3) : 0;
  return fixed.length + grouping + (value < 0 ? 1 : 0) + (column.kind === 'percent' ? 1 : 0);
}

function columnWidths(table: ExportTable): number[] {
  return table.columns.map((column, i) => {
    let widest = displayWidth(column.header);
    // Meta labels live in column A, so they count towards its width; meta values may overflow.
    if (i === 0) for (const [label] of table.meta) widest = Math.max(widest, displayWidth(label));
    for (const r of table.rows) {
      const cell = r[i];
      if (typeof cell === 'string') widest = Math.max(widest, displayWidth(cell));
      else if (typeof cell === 'number' && Number.isFinite(cell)) widest = Math.max(widest, numberWidth(cell, column));
    }
    return Math.min(MAX_COL_WIDTH, Math.max(MIN_COL_WIDTH, widest + 2));
  });
}

interface SheetLayout {
  headerRow: number;
  lastRow: number;
  lastCol: string;
}

function layoutOf(table: ExportTable): SheetLayout {
  // Row 1 title, then meta rows, one blank row, then the header.
  const headerRow = table.meta.length + 3;
  return {
    headerRow,
    lastRow: headerRow + table.rows.length,
    lastCol: columnName(Math.max(0, table.columns.length - 1)),
  };
}

function sheetXml(table: ExportTable, numberStyle: readonly number[]): string {
  const { headerRow, lastRow, lastCol } = layoutOf(table);
  const width = table.columns.length;
  const rows: string[] = [row(1, textCell('A1', table.title, STYLE.title))];
  table.meta.forEach(([label, value], i) => {
    const r = i + 2;
    rows.push(row(r, textCell(`A${r}`, label, STYLE.metaLabel) + textCell(`B${r}`, value, STYLE.general)));
  });
  rows.push(row(headerRow, table.columns.map((c, i) => textCell(`${columnName(i)}${headerRow}`, c.header, STYLE.header)).join('')));
  table.rows.forEach((cells, i) => {
    const r = headerRow + 1 + i;
    const xml = rowCells(cells, width)
      .map((cell, c) => dataCell(`${columnName(c)}${r}`, cell, numberStyle[c] ?? STYLE.general))
      .join('');
    rows.push(row(r, xml));
  });

  const hasColumns = width > 0;
  const firstData = `A${headerRow + 1}`;
  // Freezing below the header keeps column names visible while scrolling long league tables.
  const pane = hasColumns
    ? `<pane ySplit="${headerRow}" topLeftCell="${firstData}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${firstData}" sqref="${firstData}"/>`
    : '';
  const cols = hasColumns
    ? `<cols>${columnWidths(table)
        .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
        .join('')}</cols>`
    : '';
  const filter = hasColumns ? `<autoFilter ref="A${headerRow}:${lastCol}${lastRow}"/>` : '';
  const dimensionEnd = hasColumns ? `${lastCol}${lastRow}` : 'B' + String(Math.max(1, table.meta.length + 1));

  // Child order is fixed by the schema (dimension, sheetViews, sheetFormatPr, cols, sheetData, autoFilter).
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:${dimensionEnd}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows.join('')}</sheetData>` +
    filter +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

function workbookXml(table: ExportTable, sheetName: string): string {
  const { headerRow, lastRow, lastCol } = layoutOf(table);
  // Excel saves every autoFilter range in this hidden name too; writing it matches what Excel reads back.
  const quoted = `'${sheetName.replaceAll("'", "''")}'`;
  const filterName =
    table.columns.length > 0
      ? `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(
          `${quoted}!$A$${headerRow}:$${lastCol}$${lastRow}`,
        )}</definedName></definedNames>`
      : '';
  return (
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    filterName +
    '</workbook>'
  );
}

/** The table as the bytes of an .xlsx file. */
export function toXlsx(table: ExportTable, options: XlsxOptions = {}): Uint8Array<ArrayBuffer> {
  const sheetName = sanitizeSheetName(table.sheetName ?? table.title);
  const styles = buildStyles(table.columns);
  return xlsxPackage({
    title: table.title,
    created: options.created ?? new Date(),
    workbookXml: workbookXml(table, sheetName),
    stylesXml: styles.xml,
    sheetXmls: [sheetXml(table, styles.numberStyle)],
  });
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function xlsxBlob(table: ExportTable, options: XlsxOptions = {}): Blob {
  return new Blob([toXlsx(table, options)], { type: XLSX_MIME });
}
