/**
 * A custom target set from a small file: JSON (an array of targets, or { "targets": [...] }) or
 * XLSX (a header row naming indicator, level, comparison, value, source, optional year, label;
 * one target per row). Refused whole on any bad row, each problem naming the JSON path or the
 * cell, with the same checks as a dataset's targets (unknown indicator, bad comparison, a rate
 * over 100, a duplicate).
 */
import * as v from 'valibot';
import { checkTargetList, targetJsonPath, type TargetPath } from '../../contract/checkTargets.ts';
import { comparisons, levels, type Indicator, type Level, type Target } from '../../contract/schema.ts';
import type { DatasetProblem } from '../../contract/validate.ts';
import { cellNumber } from '../../extract/templateRead.ts';
import { cellRef, readXlsx, XlsxError, type XlsxCell, type XlsxLimits } from '../../extract/templateXlsx.ts';

/**
 * A target set is a few hundred rows at most (tens of KB of XML): files past these are not one,
 * and are not read on. Small enough that reading one on the page's thread stays well under a
 * fraction of a second.
 */
export const MAX_TARGET_FILE_MB = 8;
const TARGET_LIMITS: XlsxLimits = { maxPartBytes: 4 * 1048576, maxTotalBytes: 8 * 1048576, maxRows: 5_000, maxMs: 2_000 };

export type TargetFileResult =
  | { ok: true; targets: Target[] }
  | {
      ok: false;
      error: 'not_json' | 'not_xlsx' | 'no_header' | 'empty' | 'kind' | 'encrypted' | 'legacy_xls' | 'too_large';
      detail?: string;
    }
  | { ok: false; error: 'problems'; problems: DatasetProblem[]; total: number };

const MAX_PROBLEMS = 8;
const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const localized = v.union([
  v.pipe(
    text,
    v.transform((s) => ({ zh: s, en: s })),
  ),
  v.object({ zh: text, en: text }),
]);
const levelWords: Record<string, Level> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county', 县级市: 'county_city' };
const comparisonWords: Record<string, string> = { '≥': '>=', '≤': '<=', '＝': '=', '==': '=', '>＝': '>=', '<＝': '<=' };

const RowSchema = v.object({
  indicator: text,
  comparison: v.pipe(
    v.string(),
    v.trim(),
    v.transform((s) => comparisonWords[s] ?? s),
    v.picklist(comparisons),
  ),
  value: v.pipe(v.number(), v.finite()),
  level: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.transform((s) => levelWords[s] ?? s),
      v.picklist(levels),
    ),
  ),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100))),
  source: localized,
  label: v.optional(localized),
});

function issueProblem(issue: v.BaseIssue<unknown>, pathOf: TargetPath, index: number): DatasetProblem {
  const field = issue.path?.[0]?.key;
  const path = pathOf(index, typeof field === 'string' ? field : undefined);
  const received = issue.input === undefined ? undefined : JSON.stringify(issue.input);
  if (issue.input === undefined) return { path, code: 'missing', expected: issue.expected ?? '' };
  return {
    path,
    code: issue.type === 'picklist' || issue.kind === 'validation' ? 'value' : 'type',
    expected: issue.expected ?? '',
    ...(received ? { received } : {}),
  };
}

/** Rows (plain objects) to targets, or every problem with its place. */
export function targetsFromRows(rows: readonly unknown[], indicators: readonly Indicator[], pathOf: TargetPath): TargetFileResult {
  if (rows.length === 0) return { ok: false, error: 'empty' };
  const problems: DatasetProblem[] = [];
  const targets: Target[] = [];
  rows.forEach((row, i) => {
    const r = v.safeParse(RowSchema, row);
    if (!r.success) {
      problems.push(...r.issues.map((issue) => issueProblem(issue, pathOf, i)));
      return;
    }
    const { level, year, label, ...rest } = r.output;
    targets.push({ ...rest, ...(level ? { level } : {}), ...(year !== undefined ? { year } : {}), ...(label ? { label } : {}) });
  });
  // Index-aligned checks only make sense once every row parsed.
  if (problems.length === 0) problems.push(...checkTargetList(targets, indicators, pathOf));
  if (problems.length > 0) return { ok: false, error: 'problems', problems: problems.slice(0, MAX_PROBLEMS), total: problems.length };
  return { ok: true, targets };
}

export function readTargetJson(textIn: string, indicators: readonly Indicator[]): TargetFileResult {
  let json: unknown;
  try {
    json = JSON.parse(textIn);
  } catch (err) {
    return { ok: false, error: 'not_json', detail: err instanceof Error ? err.message : String(err) };
  }
  if (Array.isArray(json)) return targetsFromRows(json, indicators, (i, f) => `[${i}]${f ? `.${f}` : ''}`);
  if (json && typeof json === 'object' && 'targets' in json && Array.isArray(json.targets))
    return targetsFromRows(json.targets, indicators, targetJsonPath());
  return { ok: false, error: 'empty' };
}

const headerWords: Record<string, string> = {
  indicator: 'indicator',
  指标: 'indicator',
  level: 'level',
  层级: 'level',
  comparison: 'comparison',
  比较: 'comparison',
  value: 'value',
  目标值: 'value',
  source: 'source',
  依据: 'source',
  source_en: 'source_en',
  year: 'year',
  年度: 'year',
  label: 'label',
  表述: 'label',
  label_en: 'label_en',
};

const cellText = (c: XlsxCell | undefined): string => (c ? c.text.trim() : '');

function xlsxFailure(err: XlsxError): TargetFileResult {
  switch (err.code) {
    case 'encrypted':
    case 'legacy_xls':
      return { ok: false, error: err.code };
    case 'too_large':
      return { ok: false, error: 'too_large', detail: `${Math.round((err.limit ?? 0) / 1048576)} MB` };
    case 'too_many_rows':
      return { ok: false, error: 'too_large', detail: `${err.limit ?? TARGET_LIMITS.maxRows} rows` };
    case 'timeout':
      return { ok: false, error: 'too_large', detail: `${TARGET_LIMITS.maxMs / 1000} s` };
    default:
      return { ok: false, error: 'not_xlsx', detail: err.message };
  }
}

export function readTargetXlsx(bytes: Uint8Array, indicators: readonly Indicator[]): TargetFileResult {
  let sheets;
  try {
    sheets = readXlsx(bytes, TARGET_LIMITS);
  } catch (err) {
    if (err instanceof XlsxError) return xlsxFailure(err);
    throw err;
  }
  for (const sheet of sheets) {
    const cells = [...sheet.cells.values()];
    // Cells by row, so each row is found once, not by scanning every cell for it.
    const byRow = new Map<number, XlsxCell[]>();
    for (const c of cells) {
      const row = byRow.get(c.row);
      if (row) row.push(c);
      else byRow.set(c.row, [c]);
    }
    const headerRow = cells.find((c) => headerWords[cellText(c).toLowerCase()] === 'indicator')?.row;
    if (headerRow === undefined) continue;
    const columns = new Map<number, string>();
    for (const c of cells)
      if (c.row === headerRow && headerWords[cellText(c).toLowerCase()]) columns.set(c.col, headerWords[cellText(c).toLowerCase()] ?? '');
    const refs: Array<Map<string, string>> = [];
    const rows: Array<Record<string, unknown>> = [];
    const lastRow = Math.max(headerRow, ...byRow.keys());
    for (let r = headerRow + 1; r <= lastRow; r++) {
      const rowCells = (byRow.get(r) ?? []).filter((c) => columns.has(c.col) && cellText(c) !== '');
      if (rowCells.length === 0) continue;
      const row: Record<string, unknown> = {};
      const ref = new Map<string, string>();
      for (const c of rowCells) {
        const field = columns.get(c.col) ?? '';
        ref.set(field, `${sheet.name}!${c.ref}`);
        row[field] =
          field === 'value' ? (cellNumber(c, true) ?? cellText(c)) : field === 'year' ? (cellNumber(c, false) ?? cellText(c)) : cellText(c);
      }
      const zh = row.source;
      if (typeof zh === 'string') row.source = { zh, en: typeof row.source_en === 'string' ? row.source_en : zh };
      const label = row.label;
      if (typeof label === 'string') row.label = { zh: label, en: typeof row.label_en === 'string' ? row.label_en : label };
      delete row.source_en;
      delete row.label_en;
      // A missing field is named by the empty cell where it belongs (or the row, without the column).
      for (const [col, field] of columns) if (!ref.has(field)) ref.set(field, `${sheet.name}!${cellRef(col, r)}`);
      ref.set('', `${sheet.name}!${r}:${r}`);
      refs.push(ref);
      rows.push(row);
    }
    return targetsFromRows(rows, indicators, (i, field) => refs[i]?.get(field ?? '') ?? refs[i]?.get('') ?? `${sheet.name}!${i}`);
  }
  return { ok: false, error: 'no_header' };
}

export async function readTargetFile(file: File, indicators: readonly Indicator[]): Promise<TargetFileResult> {
  const name = file.name.toLowerCase();
  if (file.size > MAX_TARGET_FILE_MB * 1048576) return { ok: false, error: 'too_large', detail: `${MAX_TARGET_FILE_MB} MB` };
  if (name.endsWith('.json')) return readTargetJson(await file.text(), indicators);
  if (name.endsWith('.xlsx')) return readTargetXlsx(new Uint8Array(await file.arrayBuffer()), indicators);
  return { ok: false, error: 'kind' };
}
