/**
 * A PDF page's positioned text items (pdf.js getTextContent) as lines, and a table's rows as rows of
 * cells: items of one baseline set apart by a gap wider than the cell padding a table leaves (about
 * two thirds of the text's height; words of prose stand a space apart at most) are cells, and a
 * line of two or more cells is written as a pipe row ("| 行政许可 | 707 |"), as the .docx and
 * .html readers write a table. Lines keep the order of the content stream, as before: prose reads
 * as it did.
 */

export interface PositionedItem {
  str: string;
  /** Left edge and baseline, in the page's units. */
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A gap of this many text heights between two items of one baseline is a cell boundary. */
const CELL_GAP = 0.7;

interface Piece {
  text: string;
  x: number;
  end: number;
}

function lineText(pieces: readonly Piece[], height: number): string {
  const cells: string[] = [];
  let cur = '';
  let lastEnd: number | null = null;
  for (const p of pieces) {
    // pdf.js fills a gap with a whitespace item as wide as the gap: a wide one is a cell boundary.
    const blank = p.text.trim() === '';
    const gap = blank ? p.end - p.x : lastEnd === null ? 0 : p.x - lastEnd;
    if (gap > height * CELL_GAP && cur.trim() !== '') {
      cells.push(cur.trim());
      cur = '';
      if (blank) {
        lastEnd = p.end;
        continue;
      }
    }
    cur += p.text;
    lastEnd = Math.max(lastEnd ?? p.end, p.end);
  }
  if (cur.trim() !== '' || cells.length === 0) cells.push(cur.trim() === '' ? cur : cur.trim());
  if (cells.length < 2) return pieces.map((p) => p.text).join('');
  return `| ${cells.map((c) => c.replace(/[|｜]/g, '¦')).join(' | ')} |`;
}

/** Lines of one page: a new line where pdf.js says so or where the baseline moves. */
export function positionedLines(items: readonly PositionedItem[]): string {
  let out = '';
  let line: Piece[] = [];
  let lineHeight = 10;
  let lastY: number | null = null;
  const flush = () => {
    if (line.length) out += lineText(line, lineHeight);
    line = [];
  };
  for (const it of items) {
    const h = Math.abs(it.height || 10);
    if (lastY !== null && Math.abs(it.y - lastY) > h * 0.6 && line.length > 0) {
      flush();
      if (!out.endsWith('\n')) out += '\n';
    }
    if (line.length === 0) lineHeight = h;
    // Items without text (pdf.js marks spaces between runs with empty items) still end a cell's run.
    line.push({ text: it.str, x: it.x, end: it.x + Math.abs(it.width) });
    lastY = it.y;
    if (it.hasEOL) {
      flush();
      out += '\n';
    }
  }
  flush();
  return out.endsWith('\n') ? out : `${out}\n`;
}
