import { digitsOf, type ExportColumn } from './table.ts';
import { escapeXml } from './xml.ts';

/** Fixed cell style (cellXfs) indices; numeric styles are appended after these. */
export const STYLE: Readonly<Record<'general' | 'title' | 'header' | 'metaLabel', number>> = {
  general: 0,
  title: 1,
  header: 2,
  metaLabel: 3,
};

/** Built-in number formats Excel knows by id, so they need no <numFmt> entry. */
const BUILTIN_FORMAT: ReadonlyMap<string, number> = new Map([
  ['0', 1],
  ['#,##0', 3],
]);
/** Custom number format ids must start here; lower ids are reserved for built-ins. */
const FIRST_CUSTOM_FORMAT = 164;

function zeros(digits: number): string {
  return digits > 0 ? `.${'0'.repeat(digits)}` : '';
}

/**
 * The display format of a numeric column. Percent values are already on a
 * 0–100 scale, so a literal "%" suffix is used: Excel's own 0% format would
 * multiply by 100 and show 9950%.
 */
export function formatCode(column: ExportColumn): string | null {
  const digits = digitsOf(column);
  switch (column.kind) {
    case 'integer':
      return '#,##0';
    case 'rank':
      return '0';
    case 'decimal':
      return `#,##0${zeros(digits)}`;
    case 'percent':
      return `0${zeros(digits)}"%"`;
    case 'text':
      return null;
  }
}

export interface Styles {
  xml: string;
  /** Per column: the cellXfs index for a number in that column. */
  numberStyle: number[];
}

/** styles.xml with one cell style per distinct number format the columns need. */
export function buildStyles(columns: readonly ExportColumn[]): Styles {
  const customFormats: Array<[id: number, code: string]> = [];
  const formatIds: number[] = [];
  const styleOfFormat = new Map<number, number>();
  const fixedStyles = Object.keys(STYLE).length;

  const numberStyle = columns.map((column) => {
    const code = formatCode(column);
    if (code === null) return STYLE.general;
    let formatId = BUILTIN_FORMAT.get(code) ?? customFormats.find(([, c]) => c === code)?.[0];
    if (formatId === undefined) {
      formatId = FIRST_CUSTOM_FORMAT + customFormats.length;
      customFormats.push([formatId, code]);
    }
    let style = styleOfFormat.get(formatId);
    if (style === undefined) {
      style = fixedStyles + formatIds.length;
      formatIds.push(formatId);
      styleOfFormat.set(formatId, style);
    }
    return style;
  });

  const numFmts =
    customFormats.length === 0
      ? ''
      : `<numFmts count="${customFormats.length}">${customFormats
          .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
          .join('')}</numFmts>`;
  const numberXfs = formatIds
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
    .join('');
  const xfCount = fixedStyles + formatIds.length;

  // Order of children is fixed by the schema (numFmts, fonts, fills, borders, …); Excel rejects other orders.
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    numFmts +
    '<fonts count="3">' +
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>' +
    '</fonts>' +
    // The first two fills are reserved by Excel (none, gray125); the header fill is the third.
    '<fills count="3">' +
    '<fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF5"/><bgColor indexed="64"/></patternFill></fill>' +
    '</fills>' +
    '<borders count="2">' +
    '<border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8A9BB0"/></bottom><diagonal/></border>' +
    '</borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfCount}">` +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    numberXfs +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0"/>' +
    '</styleSheet>';

  return { xml, numberStyle };
}
