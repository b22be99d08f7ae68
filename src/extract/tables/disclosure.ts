/**
 * The tables of the national 政府信息公开工作年度报告 template (国办公开办函〔2019〕60号 and the
 * revised form every commission fills since), read by their row and column headers:
 *
 * - 二、主动公开政府信息情况: 第二十条第（五）项 行政许可, 第二十条第（六）项 行政处罚 / 行政强制 —
 *   one column 本年处理决定数量 (the older form has three: 上一年项目数量 | 本年增/减 | 处理决定数量,
 *   the last being the decisions) — and 第二十条第（八）项 行政事业性收费, 本年收费金额（单位：万元）;
 * - 三、收到和处理政府信息公开申请情况: rows 本年新收… and （一）予以公开, seven columns (自然人, five kinds
 *   of 法人或其他组织, 总计), the 总计 read, and checked where the copy dropped blank cells: it is
 *   the sum of the others;
 * - 四、政府信息公开行政复议、行政诉讼情况: fifteen numbers (复议, 直接起诉, 复议后起诉, each 维持 纠正
 *   其他 尚未审结 总计). These count only disputes over disclosure, so they are their own indicators,
 *   never the reconsideration and litigation cases of enforcement.
 *
 * Each figure quotes its row: the line of a pipe, tab or spaced row, or the label and its numbers
 * where the copy put one cell a line.
 */
import type { Figure } from '../figures.ts';
import { toSimplified } from '../hant.ts';
import { scaleDecimal } from '../numbers.ts';
import { readRadical } from '../radicals.ts';
import { cellsOf, numberOf, numberText, type Cell } from './cells.ts';
import { splitGluedDigits } from './gluedDigits.ts';

type SectionKind = 'permit' | 'penalty' | 'fee' | 'requests' | 'appeals';

const ANCHORS: readonly (readonly [SectionKind, RegExp])[] = [
  ['permit', /第二十条第[（(]五[)）]项/],
  ['penalty', /第二十条第[（(]六[)）]项/],
  ['fee', /第二十条第[（(]八[)）]项/],
  ['requests', /收到和处理政府信息公开申请情况/],
  ['appeals', /政府信息公开行政复议.{0,2}行政诉讼情况/],
];
/** Where a section of the template ends: another item of 第二十条, or a heading of the report. */
const OTHER_SECTION =
  /第二十条第[（(][一二三四七九十]+[)）]项|^[一二三四五六七八九十][、.．]\s*(?:总体情况|主动公开|存在的主要问题|其他需要报告|政府信息公开工作存在)/;

interface RowSpec {
  section: SectionKind;
  label: RegExp;
  indicator: string;
}

const ROWS: readonly RowSpec[] = [
  { section: 'permit', label: /^行政许可$/, indicator: 'licence_decisions' },
  { section: 'penalty', label: /^行政处罚$/, indicator: 'penalty_cases' },
  { section: 'penalty', label: /^行政强制$/, indicator: 'coercive_measures' },
  { section: 'fee', label: /^行政事业性收费$/, indicator: 'fees_collected_yuan' },
  // A PDF wraps the long label inside its cell ("一、本年新收政府信息公开申" / "请数量"): its start names the row.
  { section: 'requests', label: /^(?:一[、.．])?本年新收(?:的)?(?:政府信息公开)?申?/, indicator: 'disclosure_requests' },
  // Run together with its row's first cell in a copy that lost the borders ("三、本年度办理结果（一）予以公开3100004").
  { section: 'requests', label: /^(?:三[、.．]本年度办理结果)?(?:[（(]一[)）])?予以公开$/, indicator: 'disclosure_granted' },
];

/** Whether the text carries the template's tables (or their headers): then it is a 年报. */
export const TEMPLATE_MARK = /第二十条第[（(][一二三四五六七八九十]+[)）]项|本年处理决定数量|本年新收政府信息公开申请数量/;

/** A cell's text as the headers are matched: no spaces; radicals of PDF fonts and traditional characters read as the characters they stand for. */
const squeeze = (s: string): string =>
  Array.from(s.replace(/[\s\u3000\u00a0]/g, ''))
    .map((ch) => toSimplified(readRadical(ch)))
    .join('');

interface Span {
  kind: SectionKind;
  from: number;
  to: number;
}

function sectionsOf(cells: readonly Cell[]): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  for (const [i, c] of cells.entries()) {
    const t = squeeze(c.text);
    const anchor = ANCHORS.find(([, re]) => re.test(t));
    if (!anchor && !OTHER_SECTION.test(t)) continue;
    if (open) out.push({ ...open, to: i });
    open = anchor ? { kind: anchor[0], from: i + 1, to: cells.length } : null;
  }
  if (open) out.push(open);
  return out;
}

/** The cells after a label: its row's cells where the copy keeps rows, else the numbers that follow it. */
function valuesAfter(cells: readonly Cell[], i: number, to: number): { values: Cell[]; inRow: boolean } {
  const label = cells[i];
  if (label?.row != null) {
    const row: Cell[] = [];
    for (let j = i + 1; j < to && cells[j]?.row === label.row; j++) row.push(cells[j] as Cell);
    // Empty cells right after the label are the label's own span ("| 一、本年新收… | | | 5 | …").
    while (row[0]?.text === '') row.shift();
    if (row.some((c) => c.numeric)) return { values: row, inRow: true };
  }
  const out: Cell[] = [];
  for (let j = i + 1; j < to; j++) {
    const c = cells[j] as Cell;
    if (c.text === '') continue;
    if (!c.numeric) break;
    out.push(c);
  }
  return { values: out, inRow: false };
}

/** The value column of 第二十条 rows: the one column of the revised form, the third of the older. */
function decisionColumn(cells: readonly Cell[], s: Span): number {
  for (let i = s.from; i < s.to; i++) if (/上一年项目数量|本年增.?减/.test(squeeze(cells[i]?.text ?? ''))) return 2;
  return 0;
}

function pick(values: readonly Cell[], inRow: boolean, column: number, width: number): Cell | null {
  if (inRow) {
    const c = values[column];
    return c?.numeric ? c : null;
  }
  const nums = values.filter((c) => c.numeric);
  // One cell a line drops blank cells: only a full row says which column a number is in.
  if (width === 1) return nums[0] ?? null;
  return nums.length === width ? (nums[column] ?? null) : null;
}

const valueOf = (c: Cell): number => numberOf(c.text);

/** 总计 of a row of seven (自然人, five kinds of 法人或其他组织, 总计): the last, the sum of the rest. */
function total(values: readonly Cell[], inRow: boolean): { cell: Cell; value: number } | null {
  const seventh = values[6];
  if (inRow && seventh) return seventh.numeric ? { cell: seventh, value: valueOf(seventh) } : null;
  const nums = values.filter((c) => c.numeric).slice(0, 7);
  const last = nums[nums.length - 1];
  if (!last) return null;
  if (last.glued) {
    // Digits run together with the label are the seven cells glued ("…申请数量5100006"), read
    // only where the 总计 leaves one reading (gluedDigits.ts).
    const split = nums.length === 1 ? splitGluedDigits(numberText(last.text), 7, 1) : null;
    const sum = split?.[6];
    return sum === undefined ? null : { cell: last, value: sum };
  }
  if (nums.length === 1 || nums.length === 7) return { cell: last, value: valueOf(last) };
  const rest = nums.slice(0, -1).reduce((a, c) => a + valueOf(c), 0);
  return rest === valueOf(last) ? { cell: last, value: valueOf(last) } : null;
}

function quoteSpan(source: string, label: Cell, used: Cell, inRow: boolean): [number, number] {
  if (inRow) {
    let a = label.line.start;
    let b = label.line.end;
    while (a < b && /\s/.test(source[a] ?? '')) a++;
    while (b > a && /\s/.test(source[b - 1] ?? '')) b--;
    return [a, b];
  }
  return [label.start, used.end];
}

function figure(source: string, indicator: string, value: number, unit: string, span: [number, number]): Figure {
  return { indicator, value, unit, approx: false, quote: source.slice(span[0], span[1]), start: span[0], end: span[1] };
}

/**
 * The row label starting at cell i: the cell itself, or — where a PDF's narrow column wrapped it a
 * few characters a line ("一、本" / "年新收" / "政府信" …) — the short lines that make it up.
 */
function labelAt(cells: readonly Cell[], i: number, s: Span): { spec: RowSpec; last: number } | null {
  const first = cells[i] as Cell;
  // A label is a cell, not a sentence that happens to start with one.
  if (/[，。；]/.test(first.text) || first.text.length > 40) return null;
  const piece = (j: number): boolean => {
    const c = cells[j];
    return c !== undefined && j < s.to && c.row === null && !c.numeric && squeeze(c.text).length <= 4;
  };
  let text = '';
  let spec: RowSpec | undefined;
  let j = i;
  for (; j < Math.min(s.to, i + 10); j++) {
    if (j > i && !piece(j)) break;
    text += squeeze((cells[j] as Cell).text);
    spec = ROWS.find((r) => r.section === s.kind && r.label.test(text));
    if (spec || first.row !== null) break;
  }
  if (!spec) return null;
  // The rest of a wrapped label ("…政府信" / "息公开" / "申请数" / "量") is still the label.
  let last = j;
  while (first.row === null && piece(last + 1) && last - i < 12) last++;
  return { spec, last };
}

function rowFigures(source: string, cells: readonly Cell[], s: Span): Figure[] {
  const out: Figure[] = [];
  const column = decisionColumn(cells, s);
  for (let i = s.from; i < s.to; i++) {
    const found = labelAt(cells, i, s);
    if (!found) continue;
    const { spec, last } = found;
    const label = cells[i] as Cell;
    const { values, inRow } = valuesAfter(cells, last, s.to);
    if (s.kind === 'requests') {
      const t = total(values, inRow);
      if (t) out.push(figure(source, spec.indicator, t.value, '件', quoteSpan(source, label, t.cell, inRow)));
      continue;
    }
    if (s.kind === 'fee') {
      // The older form counts fee items here, not money: no amount to read.
      if (column !== 0) continue;
      const c = pick(values, inRow, 0, 1);
      const header = cells
        .slice(s.from, i)
        .map((x) => x.text)
        .join('');
      if (c && valueOf(c) >= 0) {
        const wan = /万元/.test(squeeze(header));
        out.push(
          figure(source, spec.indicator, wan ? scaleDecimal(numberText(c.text), 4) : valueOf(c), '元', quoteSpan(source, label, c, inRow)),
        );
      }
      continue;
    }
    const c = pick(values, inRow, column, column === 0 ? 1 : 3);
    if (c && Number.isInteger(valueOf(c)) && valueOf(c) >= 0)
      out.push(figure(source, spec.indicator, valueOf(c), '件', quoteSpan(source, label, c, inRow)));
  }
  return out;
}

/** The fifteen numbers of 四 where a copy ran them together into one line of digits ("100010001100000"). */
function gluedAppeals(cells: readonly Cell[], s: Span): { cell: Cell; values: number[] } | null {
  for (let i = s.from; i < s.to; i++) {
    const c = cells[i] as Cell;
    const digits = numberText(c.text);
    if (!c.numeric || !/^\d{15,}$/.test(digits) || c.text.trim() !== c.line.text.trim()) continue;
    const values = splitGluedDigits(digits, 5, 3);
    return values ? { cell: c, values } : null;
  }
  return null;
}

/** 四、复议 and 诉讼: the first run of fifteen numbers, each group of five ending in its total. */
function appealFigures(source: string, cells: readonly Cell[], s: Span): Figure[] {
  let run: Cell[] = [];
  for (let i = s.from; i <= s.to; i++) {
    const c = cells[i];
    if (c && c.text === '') continue;
    if (c && c.numeric && i < s.to) {
      run.push(c);
      if (run.length === 15) break;
      continue;
    }
    run = [];
  }
  let n: number[];
  let span: [number, number];
  if (run.length === 15) {
    n = run.map(valueOf);
    const first = run[0] as Cell;
    const last = run[14] as Cell;
    span = first.line === last.line ? quoteSpan(source, first, last, true) : [first.start, last.end];
  } else {
    const glued = gluedAppeals(cells, s);
    if (!glued) return [];
    n = glued.values;
    span = quoteSpan(source, glued.cell, glued.cell, true);
  }
  const group = (g: number): number | null => {
    const [a = 0, b = 0, c = 0, d = 0, t = -1] = n.slice(g * 5, g * 5 + 5);
    return a + b + c + d === t && Number.isInteger(t) && t >= 0 ? t : null;
  };
  const [reconsideration, direct, afterReview] = [group(0), group(1), group(2)];
  const out: Figure[] = [];
  if (reconsideration !== null) out.push(figure(source, 'disclosure_reconsiderations', reconsideration, '件', span));
  if (direct !== null && afterReview !== null) out.push(figure(source, 'disclosure_lawsuits', direct + afterReview, '件', span));
  return out;
}

/** The figures of the template's tables in a text; none when the text has no such table. */
export function disclosureTableFigures(source: string): Figure[] {
  if (!TEMPLATE_MARK.test(squeeze(source))) return [];
  const cells = cellsOf(source);
  let sections = sectionsOf(cells);
  // A copy that lost the 第二十条 cells or a table's heading still has its rows: read them across the text.
  const whole = (kind: SectionKind): Span[] => (sections.some((s) => s.kind === kind) ? [] : [{ kind, from: 0, to: cells.length }]);
  sections = [...sections, ...whole('permit'), ...whole('penalty'), ...whole('requests')];
  const out: Figure[] = [];
  for (const s of sections) out.push(...(s.kind === 'appeals' ? appealFigures(source, cells, s) : rowFigures(source, cells, s)));
  // One figure per indicator: the first the template states.
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.indicator) && seen.add(f.indicator)).sort((a, b) => a.start - b.start);
}
