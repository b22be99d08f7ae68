/**
 * A PDF page's text items as lines, and how much of it is readable text: shared by the browser's
 * reader (pdf.ts) and the CLI's (ocr/node.ts), which cannot load pdf.ts (Vite's import.meta.glob).
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { positionedLines, type PositionedItem } from './tables/positioned.ts';

/** Characters that make up real report text (CJK, ASCII letters and digits, CJK punctuation). */
const READABLE = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffefA-Za-z0-9]/u;

export function countChars(text: string): { visible: number; readable: number } {
  let visible = 0;
  let readable = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    visible += 1;
    if (READABLE.test(ch)) readable += 1;
  }
  return { visible, readable };
}

const isTextItem = (x: unknown): x is TextItem => typeof x === 'object' && x !== null && 'str' in x;

/** Lines of one page's text items (tables/positioned.ts): a line where the baseline moves, a table's row as its cells. */
export function pageText(items: readonly unknown[]): string {
  // pdf.js types the transform matrix as any[]: read its numbers as numbers.
  const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const positioned: PositionedItem[] = items.filter(isTextItem).map((it) => {
    const matrix: readonly unknown[] = it.transform;
    return {
      str: it.str,
      x: num(matrix[4]),
      y: num(matrix[5]),
      width: num(it.width),
      height: Math.abs(it.height || num(matrix[3]) || 10),
      hasEOL: it.hasEOL,
    };
  });
  return positionedLines(positioned);
}

/**
 * A page whose text layer holds next to nothing (a scanned page, perhaps with a stamped page
 * number or a scanner's header): its words are in the page image and need OCR.
 */
export const needsOcr = (pageText: string): boolean => countChars(pageText).visible < 20;
