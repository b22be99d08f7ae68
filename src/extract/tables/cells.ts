/**
 * The cells of a text's tables, however the table was copied: pipe rows ("| 行政许可 | 3679 | ||",
 * which is also how the .docx, .html and .pdf readers write a table), tab- or space-separated
 * columns, one cell a line, or a label and its number run together ("行政许可707"). Each cell
 * keeps its offsets in the source, so a figure read from it quotes the source exactly.
 *
 * A row is known where the copy keeps it (a pipe, tab or spaced line); one cell a line leaves
 * rows unknown, and the readers of tables (template.ts) take a label and the numbers after it.
 */

export interface Cell {
  /** The cell's text, trimmed; '' for an empty cell of a known row. */
  text: string;
  start: number;
  end: number;
  /** The row it belongs to where the copy says (a line of cells); null for one cell a line. */
  row: number | null;
  /** Whether the cell is a number (and nothing else): 3679, 0, 1,224, 18.25, -2, +3. */
  numeric: boolean;
  /** The source line the cell stands on (a row's quote is its line). */
  line: SourceLine;
  /** A number run together with its label ("行政许可707"): one cell, or several cells' digits glued. */
  glued?: boolean;
}

export interface SourceLine {
  start: number;
  end: number;
  text: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** A label and its number run together: "行政许可707", "一、本年新收政府信息公开申请数量12". */
const RUN_TOGETHER = /^(.*[\u4e00-\u9fa5）)”])\s*([+-]?[\d\uff10-\uff19]+(?:\.\d+)?)$/;
const SPACE = /[\s\u3000\u00a0]/;

/** Full-width digits, signs and points as ASCII, spaces gone: what a cell's number is read from. */
export const numberText = (s: string): string =>
  s.replace(/[\s\u00a0\u3000]/g, '').replace(/[\uff0b\uff0d\uff0e\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export const isNumberText = (s: string): boolean => NUMBER.test(numberText(s));

/** The value of a numeric cell's text. */
export const numberOf = (s: string): number => Number(numberText(s).replace(/,/g, ''));

export function linesOf(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === '\n') {
      const end = i > start && source[i - 1] === '\r' ? i - 1 : i;
      out.push({ start, end, text: source.slice(start, end) });
      start = i + 1;
    }
  }
  return out;
}

function trimmed(source: string, a: number, b: number): [number, number] {
  while (a < b && SPACE.test(source[a] ?? '')) a++;
  while (b > a && SPACE.test(source[b - 1] ?? '')) b--;
  return [a, b];
}

function cellAt(source: string, line: SourceLine, a: number, b: number, row: number | null): Cell {
  const [s, e] = trimmed(source, a, b);
  const text = source.slice(s, e);
  return { text, start: s, end: e, row, numeric: isNumberText(text), line };
}

/** Splits [a, b) of the source at each separator match; the pieces are the cells. */
function splitAt(source: string, a: number, b: number, sep: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let from = a;
  const part = source.slice(a, b);
  for (const m of part.matchAll(sep)) {
    out.push([from, a + m.index]);
    from = a + m.index + m[0].length;
  }
  out.push([from, b]);
  return out;
}

/** A pipe row: starts or ends with a pipe, or has two or more (Markdown's |---| rule lines are no row). */
function pipeCells(source: string, line: SourceLine, row: number): Cell[] | null {
  const t = line.text.trim();
  const pipes = (t.match(/[|｜]/g) ?? []).length;
  if (pipes === 0 || (pipes === 1 && !/^[|｜]|[|｜]$/.test(t))) return null;
  if (/^[|｜\s:：\-—]+$/.test(t)) return [];
  const [a, b] = trimmed(source, line.start, line.end);
  let parts = splitAt(source, a, b, /[|｜]/g);
  // The outer pipes of "| a | b |" open and close the row; they hold no cells.
  if (source[a] === '|' || source[a] === '｜') parts = parts.slice(1);
  if (source[b - 1] === '|' || source[b - 1] === '｜') parts = parts.slice(0, -1);
  return parts.map(([s, e]) => cellAt(source, line, s, e, row));
}

/** Tab-separated columns, or columns set apart by two or more spaces (a layout copy). */
function spacedCells(source: string, line: SourceLine, row: number): Cell[] | null {
  const [a, b] = trimmed(source, line.start, line.end);
  const body = source.slice(a, b);
  const sep = body.includes('\t') ? /\t+/g : /[ \u3000\u00a0]{2,}/g;
  const parts = splitAt(source, a, b, sep);
  if (parts.length < 2) return null;
  const cells = parts.map(([s, e]) => cellAt(source, line, s, e, row));
  // Tabs separate cells; spaces do where a number stands alone (prose spaced out has none).
  return body.includes('\t') || cells.some((c) => c.numeric) ? cells : null;
}

/** "行政许可 3679" or "行政许可3679": a label and its numbers on one line, split on single spaces too. */
function labelAndNumbers(source: string, line: SourceLine, row: number): Cell[] | null {
  const [a, b] = trimmed(source, line.start, line.end);
  const body = source.slice(a, b);
  const spaced = splitAt(source, a, b, /[ \u3000\u00a0]+/g).map(([s, e]) => cellAt(source, line, s, e, row));
  if (spaced.length >= 2 && spaced.slice(1).every((c) => c.numeric) && !spaced[0]?.numeric) return spaced;
  const m = RUN_TOGETHER.exec(body);
  if (!m) return null;
  const label = m[1] ?? '';
  // A sentence that ends in a number is prose, not a cell ("…共计12" is rare; "，" or "。" say prose).
  if (/[，。；：,;:]/.test(label) || label.length > 40) return null;
  const numberAt = a + body.length - (m[2] ?? '').length;
  return [cellAt(source, line, a, a + label.length, null), { ...cellAt(source, line, numberAt, b, null), glued: true }];
}

/** Every cell of the text, in order. */
export function cellsOf(source: string): Cell[] {
  const out: Cell[] = [];
  let row = 0;
  for (const line of linesOf(source)) {
    if (line.text.trim() === '') continue;
    row++;
    const cells = pipeCells(source, line, row) ?? spacedCells(source, line, row) ?? labelAndNumbers(source, line, row);
    if (cells) out.push(...cells);
    else out.push(cellAt(source, line, line.start, line.end, null));
  }
  return out;
}
