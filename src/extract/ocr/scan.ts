/**
 * A scanned report as one text: its pages in order, each either the PDF's own text layer or what
 * OCR read from the page image, with the box of every OCR'd character. The reader runs on `read`
 * (OCR's stand-ins for digits read back as digits, confusables.ts), which has the same length as
 * `text`; figures and weaknesses then quote `text`, the characters as they were read, so the user
 * checks what the machine saw against the page image (regionOf gives the part of the page).
 */
import type { Extraction } from '../extract.ts';
import { readDigits } from './confusables.ts';
import type { Box, PageText } from './layout.ts';

export type ScanPage =
  { page: number; source: 'text'; text: string } | { page: number; source: 'ocr'; read: PageText; width: number; height: number };

export interface ScanPageSpan {
  /** 1-based page number in the file (or the image's place among those dropped together). */
  page: number;
  source: 'text' | 'ocr';
  start: number;
  end: number;
  /** Size of the page image the boxes are in (OCR'd pages). */
  width?: number;
  height?: number;
}

export interface ScanText {
  /** What was read, pages joined by a blank line. */
  text: string;
  /** The copy the reader runs on (same length as text). */
  read: string;
  pages: ScanPageSpan[];
  /** boxes[i]: where text[i] was read on its page image; null for text-layer characters and breaks. */
  boxes: Array<Box | null>;
}

export function joinPages(pages: readonly ScanPage[]): ScanText {
  let text = '';
  let read = '';
  const boxes: Array<Box | null> = [];
  const spans: ScanPageSpan[] = [];
  for (const p of pages) {
    if (text !== '') {
      text += '\n';
      read += '\n';
      boxes.push(null);
    }
    const start = text.length;
    if (p.source === 'text') {
      const body = p.text.endsWith('\n') ? p.text : `${p.text}\n`;
      text += body;
      read += body;
      for (let i = 0; i < body.length; i++) boxes.push(null);
      spans.push({ page: p.page, source: 'text', start, end: text.length });
    } else {
      text += p.read.text;
      read += readDigits(p.read.text);
      boxes.push(...p.read.boxes);
      spans.push({ page: p.page, source: 'ocr', start, end: text.length, width: p.width, height: p.height });
    }
  }
  return { text, read, pages: spans, boxes };
}

/** Pages that went through OCR (1-based numbers). */
export const ocrPages = (scan: ScanText): number[] => scan.pages.filter((p) => p.source === 'ocr').map((p) => p.page);

export interface ScanRegion {
  page: number;
  /**
   * The quote's characters on the page image, one box per line it runs over, a long line's part cut
   * into rows of at most `perRow` characters (a margin of a third of a character above and below,
   * half of one on each side), in reading order, in image pixels. Stacked, they show the quote as
   * printed, wrapped like the quote beside it.
   */
  lines: Box[];
}

const union = (boxes: readonly Box[]): Box => ({
  x0: Math.min(...boxes.map((b) => b.x0)),
  y0: Math.min(...boxes.map((b) => b.y0)),
  x1: Math.max(...boxes.map((b) => b.x1)),
  y1: Math.max(...boxes.map((b) => b.y1)),
});

/**
 * Where the characters [start, end) were read: on the page holding most of them, the box of their
 * part of each line. Null when none of them came from OCR.
 */
export function regionOf(scan: ScanText, start: number, end: number, perRow = 10): ScanRegion | null {
  let best: { span: ScanPageSpan; lines: Box[][] } | null = null;
  for (const span of scan.pages) {
    if (span.source !== 'ocr' || span.end <= start || span.start >= end) continue;
    const lines: Box[][] = [[]];
    for (let i = Math.max(start, span.start); i < Math.min(end, span.end); i++) {
      const b = scan.boxes[i];
      if (b) lines[lines.length - 1]?.push(b);
      else if (scan.text[i] === '\n') lines.push([]);
    }
    const filled = lines.filter((l) => l.length > 0);
    const count = filled.reduce((n, l) => n + l.length, 0);
    if (count > 0 && (!best || count > best.lines.reduce((n, l) => n + l.length, 0))) best = { span, lines: filled };
  }
  if (!best) return null;
  const { span, lines } = best;
  const size = Math.max(...lines.flat().map((b) => b.y1 - b.y0));
  const mx = Math.round(size / 2);
  const my = Math.round(size / 3);
  const rows = lines.flatMap((l) => Array.from({ length: Math.ceil(l.length / perRow) }, (_, k) => l.slice(k * perRow, (k + 1) * perRow)));
  return {
    page: span.page,
    lines: rows.map((l) => {
      const u = union(l);
      return {
        x0: Math.max(0, u.x0 - mx),
        y0: Math.max(0, u.y0 - my),
        x1: Math.min(span.width ?? Infinity, u.x1 + mx),
        y1: Math.min(span.height ?? Infinity, u.y1 + my),
      };
    }),
  };
}

/** Whether [start, end) touches an OCR'd page. */
export const fromOcr = (scan: ScanText, start: number, end: number): boolean =>
  scan.pages.some((p) => p.source === 'ocr' && p.start < end && p.end > start);

/**
 * An extraction of `scan.read` with its quotes cut from `scan.text` instead: the same offsets, the
 * characters as OCR read them ("l5件" where the reader counted 15).
 */
export function quotedAsRead(x: Extraction, scan: ScanText): Extraction {
  const cut = <T extends { quote: string; start: number; end: number }>(q: T): T => ({ ...q, quote: scan.text.slice(q.start, q.end) });
  return { ...x, figures: x.figures.map(cut), weaknesses: x.weaknesses.map(cut) };
}
