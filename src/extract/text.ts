/**
 * Normalised text with a map back to the original. Reports arrive from PDF or Word extraction:
 * full-width digits, spaces inside "活动 22 场", sentences (even a number and its unit) broken
 * across lines with blank lines between. Matching runs on the normalised text; every offset is
 * mapped back so quotes stay exact substrings of what the user supplied. Traditional characters read
 * as simplified (hant.ts), and radical code points from PDF fonts as the characters they stand for
 * (radicals.ts), one for one, so a quote keeps the characters it was written in.
 */
import { toSimplified } from './hant.ts';
import { readRadical } from './radicals.ts';

export interface NormalText {
  /** The input as given. */
  readonly source: string;
  /** Half-width, whitespace-free text; '\n' only where a paragraph ends. */
  readonly text: string;
  /** map[i] is the offset in `source` of text[i]. */
  readonly map: readonly number[];
}

interface Line {
  start: number;
  end: number;
  /** Starts with two or more spaces (or an ideographic space): a paragraph's first line. */
  indented: boolean;
  /** Trimmed content. */
  body: string;
  bodyStart: number;
  /** Visual width: CJK 1, ASCII ½. */
  width: number;
}

const SPACE = /[\s\u3000\u00a0\ufeff]/;
const TERMINAL = /[。！？；：!?;:…]["”’）)]?$/;
/** Paragraph openers: 一、 （一） (1) 1. 1、 ① 第一章 一是. */
const ENUMERATOR =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十]{1,3}[章节部分]|[一二三四五六七八九十]{1,2}是)/;
/** A web page's byline: its date, time, source or author on a line of their own. */
const BYLINE =
  /^(?:发布|公开|成文|更新)?(?:日期|时间)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|^(?:来源|作者|信息来源|发布机构)\s*[:：]/;
/** Page furniture: "- 3 -", "— 12 —", "第 3 页", "第3页 共10页". */
const PAGE_NUMBER = /^(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?)$/;

/** Full-width ASCII (digits, letters, ％, ．, ＋ …) to half-width; ideographic space to space. */
export function toHalfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    // Keep Chinese punctuation that has its own role: （）：；，！？ stay full-width.
    if ('（）：；，！？'.includes(ch)) return ch;
    return String.fromCharCode(code - 0xfee0);
  }
  if (code === 0x3000) return ' ';
  return ch;
}

/**
 * Pages copied from some sites write ASCII , ; : in Chinese prose ("2025年,金普新区"); they read
 * as ，；： — except inside numbers (1,224 / 14:10).
 */
function cjkPunctuation(ch: string, body: string, k: number): string {
  if (ch !== ',' && ch !== ';' && ch !== ':') return ch;
  const prev = body[k - 1] ?? '';
  const rest = body.slice(k + 1, k + 5);
  if (ch === ',' && /\d/.test(prev) && /^\d{3}(?!\d)/.test(rest)) return ch;
  if (ch === ':' && /\d/.test(prev) && /^\d/.test(rest)) return ch;
  if (ch === ':' && /^\/\//.test(rest)) return ch;
  return ch === ',' ? '，' : ch === ';' ? '；' : '：';
}

const isAsciiWord = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);

function visualWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === '\n') {
      let end = i;
      if (end > start && source[end - 1] === '\r') end--;
      let a = start;
      let b = end;
      while (a < b && SPACE.test(source[a] ?? '')) a++;
      while (b > a && SPACE.test(source[b - 1] ?? '')) b--;
      const body = source.slice(a, b);
      const lead = source.slice(start, a);
      const indented = /\u3000|[ \t]{2,}/.test(lead);
      lines.push({ start, end, indented, body, bodyStart: a, width: visualWidth(body.replace(/\s+/g, '')) });
      start = i + 1;
    }
  }
  return lines.filter((l) => l.body.length > 0 && !PAGE_NUMBER.test(l.body));
}

/**
 * The width a PDF wrapped its lines at, or null when lines are whole paragraphs (Word, HTML).
 * Wrapped text has most lines within a few characters of one width.
 */
function wrapWidth(lines: readonly Line[]): number | null {
  if (lines.length < 8) return null;
  const widths = lines.map((l) => l.width).sort((a, b) => a - b);
  const w = widths[Math.floor(widths.length * 0.8)] ?? 0;
  if (w > 60 || w < 12) return null;
  const full = widths.filter((x) => x >= w - 4 && x <= w + 4).length;
  return full / widths.length >= 0.35 ? w : null;
}

function isHardBreak(line: Line, next: Line, wrap: number | null, inTitle: boolean): boolean {
  const body = line.body;
  // A source address on its own line (a saved web page's first line) is never part of a sentence.
  if (TERMINAL.test(body) || next.indented || /^https?:\/\//.test(body) || /^https?:\/\//.test(next.body)) return true;
  if (ENUMERATOR.test(next.body)) return true;
  // A byline (发布日期：2026-01-20, 来源：…) and a table's row (a pipe row, as the .docx, .html and
  // .pdf readers write one) are lines of their own.
  if (BYLINE.test(body) || BYLINE.test(next.body)) return true;
  if (/^[|｜]/.test(next.body) || /^[|｜]/.test(body)) return true;
  if (/[，、,（(《“]$/.test(body)) return false;
  if (wrap !== null) return line.width < wrap * 0.8;
  // Whole-paragraph lines: a title line, or a short heading ("1.法治思维融合深度不足").
  const heading = ENUMERATOR.test(body) && line.width <= 40 && !/[。；]/.test(body);
  return heading || (inTitle && !/[，,。；：]/.test(body) && !/\d$/.test(body));
}

/** Normalises a report's text; see NormalText. */
export function normalise(source: string): NormalText {
  const lines = splitLines(source);
  const wrap = wrapWidth(lines);
  const out: string[] = [];
  const map: number[] = [];
  const emit = (ch: string, at: number) => {
    out.push(ch);
    map.push(at);
  };
  // The title block: the lines before the first one that ends a sentence.
  const firstSentence = lines.findIndex((l) => TERMINAL.test(l.body) || /。/.test(l.body));
  lines.forEach((line, li) => {
    const body = line.body;
    for (let k = 0; k < body.length; k++) {
      const raw = body[k] ?? '';
      const ch = toSimplified(readRadical(cjkPunctuation(toHalfWidth(raw), body, k)));
      const at = line.bodyStart + k;
      if (SPACE.test(ch)) {
        // Keep one space only between two ASCII words ("LED 屏" loses it, "12 345" keeps it).
        const prev = out[out.length - 1];
        let j = k + 1;
        while (j < body.length && SPACE.test(toHalfWidth(body[j] ?? ''))) j++;
        const nextCh = j < body.length ? toHalfWidth(body[j] ?? '') : undefined;
        if (isAsciiWord(prev) && isAsciiWord(nextCh) && prev !== ' ') emit(' ', at);
        continue;
      }
      emit(ch, at);
    }
    const next = lines[li + 1];
    if (next && isHardBreak(line, next, wrap, li < firstSentence)) emit('\n', line.end);
  });
  return { source, text: out.join(''), map };
}

/** Original [start, end) of the normalised span [start, end). */
export function originalSpan(nt: NormalText, start: number, end: number): [number, number] {
  const a = nt.map[start] ?? nt.source.length;
  const last = nt.map[Math.max(start, end - 1)] ?? a;
  return [a, last + 1];
}

/** The original text of a normalised span, with its offsets. */
export function quoteOf(nt: NormalText, start: number, end: number): { quote: string; start: number; end: number } {
  const [a, b] = originalSpan(nt, start, end);
  return { quote: nt.source.slice(a, b), start: a, end: b };
}

export interface Segment {
  start: number;
  end: number;
}

/** Sentences of the normalised text: split after 。！？；!?; and at paragraph ends. */
export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '。' || ch === '！' || ch === '？' || ch === '；' || ch === '!' || ch === '?' || ch === ';') {
      if (i + 1 > start) out.push({ start, end: ch === '\n' ? i : i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => s.end > s.start);
}

/** Paragraphs of the normalised text (between '\n'). */
export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * A copy of the text, same length, with the insides of 《书名号》 (titles of laws and documents)
 * blanked out: a keyword inside a title ("《行政处罚法》") says nothing about the figure nearby.
 */
export function maskTitles(text: string, fill = '□'): string {
  return text.replace(/《[^《》\n]{0,60}》/g, (m) => `《${fill.repeat(m.length - 2)}》`);
}

/** Like maskTitles, for “quoted” names too (campaign names: “普法进学校” is not the school domain). */
export function maskQuoted(text: string, fill = '□'): string {
  return maskTitles(text, fill).replace(/[“"][^“”"\n]{0,40}[”"]/g, (m) => `“${fill.repeat(m.length - 2)}”`);
}
