/**
 * One OCR'd page as text, with the box of every character on the page image. Tesseract's Chinese
 * model reads each character or short run as a word of its own, and its plain-text output puts a
 * space between them ("行 政 处 罚 案 件 14 件"): a quote of that would not read as the report. The
 * text is built here from the recognised symbols instead, so spaces go only where the page has them
 * between two Latin words or numbers, and every character keeps its box: text[i] was read from
 * boxes[i] (null for the line breaks and indents this adds).
 *
 * Lines end with '\n'. A line that starts well right of the page's left edge (a paragraph's first
 * line, indented two characters in Chinese documents) starts with two ideographic spaces, which is
 * how the reader (text.ts) tells a new paragraph from a wrapped line.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The parts of tesseract.js's `blocks` output this reads (its own types fit these). */
export interface OcrSymbol {
  text: string;
  bbox: Box;
}
export interface OcrWord {
  text: string;
  bbox: Box;
  symbols: readonly OcrSymbol[];
}
export interface OcrLine {
  bbox: Box;
  words: readonly OcrWord[];
}
export interface OcrParagraph {
  lines: readonly OcrLine[];
}
export interface OcrBlock {
  paragraphs: readonly OcrParagraph[];
}

export interface PageText {
  text: string;
  /** boxes[i] is where text[i] was read (same length as text). */
  boxes: Array<Box | null>;
}

const isLatinOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The characters of a word, each with its box (a symbol's own, else the word's split evenly). */
function wordChars(word: OcrWord): Array<{ ch: string; box: Box }> {
  const out: Array<{ ch: string; box: Box }> = [];
  const symbols = word.symbols.length > 0 ? word.symbols : [{ text: word.text, bbox: word.bbox }];
  for (const s of symbols) {
    // One UTF-16 unit per box, as the text's offsets count; a symbol of several (rare) shares its box out.
    const chars = s.text.replace(/\s+/g, '');
    const w = (s.bbox.x1 - s.bbox.x0) / Math.max(1, chars.length);
    for (let k = 0; k < chars.length; k++) {
      const box = chars.length === 1 ? s.bbox : { x0: s.bbox.x0 + k * w, y0: s.bbox.y0, x1: s.bbox.x0 + (k + 1) * w, y1: s.bbox.y1 };
      out.push({ ch: chars.charAt(k), box });
    }
  }
  return out;
}

export function pageText(blocks: readonly OcrBlock[] | null | undefined): PageText {
  const lines = (blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines)).filter((l) => l.words.length > 0);
  const heights = lines.flatMap((l) => l.words.flatMap((w) => w.symbols.map((s) => s.bbox.y1 - s.bbox.y0)));
  const charSize = Math.max(1, median(heights));
  // The text's left edge: most lines start there (the lowest start of lines with some width).
  const starts = lines.filter((l) => l.bbox.x1 - l.bbox.x0 > charSize * 6).map((l) => l.bbox.x0);
  const left = starts.length > 0 ? Math.min(...starts) : 0;

  let text = '';
  const boxes: Array<Box | null> = [];
  const put = (ch: string, box: Box | null) => {
    text += ch;
    boxes.push(box);
  };
  for (const line of lines) {
    if (line.bbox.x0 - left > charSize * 1.5) {
      put('\u3000', null);
      put('\u3000', null);
    }
    let prev: { ch: string; box: Box } | null = null;
    for (const word of line.words) {
      const chars = wordChars(word);
      const first = chars[0];
      if (!first) continue;
      // Two Latin words or numbers apart on the page keep a space between them; Chinese never does.
      if (prev && isLatinOrDigit(prev.ch) && isLatinOrDigit(first.ch) && first.box.x0 - prev.box.x1 > charSize * 0.4) put(' ', null);
      for (const c of chars) put(c.ch, c.box);
      prev = chars[chars.length - 1] ?? prev;
    }
    put('\n', null);
  }
  return { text, boxes };
}

/**
 * Boxes read from a page image turned by `angle` radians about its centre (tesseract straightens a
 * skewed page before reading it), turned back onto the page image as it is: each box becomes the
 * box around its turned corners.
 */
export function unrotate(read: PageText, angle: number, width: number, height: number): PageText {
  if (angle === 0) return read;
  const [cx, cy] = [width / 2, height / 2];
  const [cos, sin] = [Math.cos(-angle), Math.sin(-angle)];
  const turn = (x: number, y: number): [number, number] => [cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos];
  return {
    text: read.text,
    boxes: read.boxes.map((b) => {
      if (!b) return null;
      const corners = [turn(b.x0, b.y0), turn(b.x1, b.y0), turn(b.x0, b.y1), turn(b.x1, b.y1)];
      return {
        x0: Math.round(Math.min(...corners.map((c) => c[0]))),
        y0: Math.round(Math.min(...corners.map((c) => c[1]))),
        x1: Math.round(Math.max(...corners.map((c) => c[0]))),
        y1: Math.round(Math.max(...corners.map((c) => c[1]))),
      };
    }),
  };
}
