/**
 * The one shape every exporter (CSV, XLSX) takes, so a table component builds
 * its export once and lets the user pick the format.
 */

export interface ExportColumn {
  id: string;
  header: string;
  kind: 'text' | 'integer' | 'decimal' | 'percent' | 'rank';
  /** Decimals shown for `decimal` and `percent` columns (default 1). */
  digits?: number;
}

/**
 * `null` is a missing figure: a truly empty cell in XLSX and `missingText`
 * (default empty) in CSV. It is never written as 0, which would read as a fact.
 */
export type ExportCell = string | number | null;

export interface ExportTable {
  title: string;
  /** Context lines (scope, year, data date…) written above the table. */
  meta: Array<[label: string, value: string]>;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** XLSX sheet name; sanitised, defaults to the title. */
  sheetName?: string;
  /** What CSV shows for a missing cell, e.g. '—'. XLSX leaves the cell empty. */
  missingText?: string;
}

/** Upper bound on shown decimals: beyond this a double has no honest digits left. */
const MAX_DIGITS = 10;

export function digitsOf(column: ExportColumn): number {
  if (column.kind === 'integer' || column.kind === 'rank' || column.kind === 'text') return 0;
  const d = column.digits ?? 1;
  return Number.isFinite(d) ? Math.min(MAX_DIGITS, Math.max(0, Math.trunc(d))) : 1;
}

/**
 * A row padded/cut to the column count, so ragged input cannot shift cells
 * into the wrong column or leave trailing cells without a header.
 */
export function rowCells(row: readonly ExportCell[], width: number): ExportCell[] {
  const out: ExportCell[] = [];
  for (let i = 0; i < width; i++) out.push(row[i] ?? null);
  return out;
}

/**
 * A number as written into a file: NaN/Infinity have no spreadsheet
 * representation so they become missing, and binary noise such as
 * 0.30000000000000004 is cut at 15 significant digits (Excel's own precision),
 * so the file shows what the dashboard computed rather than float artefacts.
 */
export function plainNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const clean = Number(n.toPrecision(15));
  return String(Object.is(clean, -0) ? 0 : clean);
}
