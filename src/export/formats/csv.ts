import { plainNumber, rowCells, type ExportCell, type ExportTable } from './table.ts';

/**
 * Excel and WPS open a BOM-less CSV in the system code page (GBK on Chinese
 * Windows) and garble every unit name; the BOM makes them read UTF-8.
 */
const BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * OWASP CSV-injection guidance: a text cell starting with one of these is
 * evaluated as a formula by spreadsheet apps (tab/CR because some apps strip
 * them and then see the next character).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: only cells containing a delimiter, quote or line break need quoting. */
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixing `'` makes the app show the text literally instead of running it. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function textField(text: string): string {
  return quote(neutralise(text));
}

function cellField(cell: ExportCell, missingText: string): string {
  if (typeof cell === 'number') {
    // A real number (even a negative one) is data, not a formula: written bare so it stays numeric.
    const n = plainNumber(cell);
    return n === null ? textField(missingText) : n;
  }
  // The missing marker is neutralised like any text so a caller's '-' cannot start a formula.
  return textField(cell ?? missingText);
}

/** The table as CSV text: BOM, meta lines, a blank line, header, rows; CRLF throughout. */
export function toCsv(table: ExportTable): string {
  const missingText = table.missingText ?? '';
  const width = table.columns.length;
  const lines: string[] = [];
  for (const [label, value] of table.meta) lines.push(`${textField(label)},${textField(value)}`);
  if (table.meta.length > 0) lines.push('');
  lines.push(table.columns.map((c) => textField(c.header)).join(','));
  for (const row of table.rows) {
    lines.push(
      rowCells(row, width)
        .map((cell) => cellField(cell, missingText))
        .join(','),
    );
  }
  return BOM + lines.join(EOL) + EOL;
}

export function csvBlob(table: ExportTable): Blob {
  return new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
}
