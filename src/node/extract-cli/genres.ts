/**
 * The eval's per-genre table: recall, precision and placement of real reports grouped by the kind
 * the reader recognised (法治政府建设报告, 监督总结, 执法报告, 政府信息公开年报, 新闻), then the SYNTHETIC
 * 年报 of the national template by copy shape. A genre with no real report in ../shared says so.
 */
import { ratio } from '../../extract/evaluate.ts';
import type { TextKind } from '../../extract/kind.ts';
import type { Measurement, MeasuredReport } from '../../extract/readerMeasurement.ts';

const KINDS: readonly TextKind[] = ['annual_report', 'supervision_summary', 'enforcement_report', 'disclosure_report', 'news'];

export interface GenreRow {
  genre: string;
  reports: number;
  matched: number;
  required: number;
  correct: number;
  extracted: number;
  placed: number;
}

function rowOf(genre: string, reports: readonly MeasuredReport[]): GenreRow {
  const sum = (f: (r: MeasuredReport) => number): number => reports.reduce((a, r) => a + f(r), 0);
  return {
    genre,
    reports: reports.length,
    matched: sum((r) => r.score.matched),
    required: sum((r) => r.score.required),
    correct: sum((r) => r.score.correct),
    extracted: sum((r) => r.score.extracted),
    placed: reports.filter((r) => r.outcome === 'right').length,
  };
}

/** Real reports by recognised kind; synthetic 年报 by copy shape (the last word of their id). */
export function genreRows(real: Measurement, synthetic: Measurement): GenreRow[] {
  const rows = KINDS.map((k) =>
    rowOf(
      k,
      real.reports.filter((r) => r.extraction.kind === k),
    ),
  );
  const shapes = [...new Set(synthetic.reports.map((r) => r.id.split(' ').pop() ?? ''))];
  for (const shape of shapes)
    rows.push(
      rowOf(
        `SYNTHETIC 年报 · ${shape}`,
        synthetic.reports.filter((r) => r.id.endsWith(` ${shape}`)),
      ),
    );
  rows.push(rowOf('SYNTHETIC 年报 · all shapes', synthetic.reports));
  return rows;
}

const pct = (a: number, b: number): string => `${a}/${b} ${(100 * ratio(a, b)).toFixed(1)}%`;

export function genreTable(real: Measurement, synthetic: Measurement): string[] {
  const w = [30, 8, 16, 16, 8];
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(w[i] ?? 8)).join('  ');
  return [
    line(['genre', 'reports', 'recall', 'precision', 'placed']),
    ...genreRows(real, synthetic).map((r) =>
      r.reports === 0
        ? line([r.genre, '0', '— no such report in ../shared', '', ''])
        : line([r.genre, String(r.reports), pct(r.matched, r.required), pct(r.correct, r.extracted), `${r.placed}/${r.reports}`]),
    ),
  ];
}
