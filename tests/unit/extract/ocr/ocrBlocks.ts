/**
 * tesseract.js `blocks` for lines of text laid out on a page the way its Chinese model reports
 * them: each CJK character a word of its own, runs of digits or Latin letters one word, every
 * symbol with its box (characters 40 px square, 8 px apart, lines 70 px apart from y = 100).
 */
import type { Box, OcrBlock, OcrWord } from '../../../../src/extract/ocr/layout.ts';

export const SIZE = 40;
const PITCH = 48;

export interface Line {
  text: string;
  /** Characters of indent from the left edge (x = 100). */
  indent?: number;
}

export function blocksOf(lines: readonly Line[]): OcrBlock[] {
  const out = lines.map((line, li) => {
    const y0 = 100 + li * 70;
    const words: OcrWord[] = [];
    let x = 100 + (line.indent ?? 0) * PITCH;
    for (const token of line.text.match(/[A-Za-z0-9.%]+|\s+|./gu) ?? []) {
      if (/^\s+$/.test(token)) {
        x += PITCH;
        continue;
      }
      const symbols = [...token].map((ch) => {
        const bbox: Box = { x0: x, y0, x1: x + SIZE, y1: y0 + SIZE };
        x += PITCH;
        return { text: ch, bbox };
      });
      const first = symbols[0]!.bbox;
      const last = symbols[symbols.length - 1]!.bbox;
      words.push({ text: token, bbox: { x0: first.x0, y0, x1: last.x1, y1: y0 + SIZE }, symbols });
    }
    const bbox = { x0: words[0]?.bbox.x0 ?? 100, y0, x1: words[words.length - 1]?.bbox.x1 ?? 100, y1: y0 + SIZE };
    return { bbox, words };
  });
  return [{ paragraphs: [{ lines: out }] }];
}
