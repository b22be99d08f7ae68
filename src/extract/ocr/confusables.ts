/**
 * Characters OCR reads in place of digits, read back as digits only where the text around them
 * makes them part of a number. One character for one (like hant.ts), so offsets do not move: the
 * reader runs on the corrected copy, and a figure's quote is cut from the text as it was read.
 *
 * - 〇 O o (and their full-width forms) → 0, l I | 丨 → 1: next to a digit, and not inside a
 *   Latin word (ISO9001 keeps its O). "二〇二五年" keeps its 〇: no digit beside it.
 * - 一 → 1: after a digit and before a counting word ("1一件" is 11件), or inside a count that ends
 *   in one ("2一5件"). Ranges whose dash was read as 一 stay: "1一3月" (a month, not a count),
 *   "2021一2025年" (years).
 * - 方 → 万: right after a number and before what a 万 amount is followed by (元, 余, 多, 人次, 份 …):
 *   "18.2536方元", "5方余份". 平方米 and 方面 stay.
 * - 干 → 千 the same way, after a number or an approximating word (近, 数, 几, 上): "近干份" is 近千份,
 *   "1干余条" 1千余条. 若干, 干部, 干预 stay.
 * - Not ] or [: OCR puts them for a 1 ("208]户次" for 2081户次) and beside one ("1]起" for 1起) alike;
 *   either reading would make some figure wrong, so such a number is left unread rather than guessed.
 * - Full-width digits are already read by the reader (text.ts); they need nothing here.
 */

const DIGIT = /[0-9\uff10-\uff19]/;
const LATIN = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/;
const AS_ZERO = new Set(['〇', 'O', 'o', 'Ｏ', 'ｏ']);
const AS_ONE = new Set(['l', 'I', '|', '丨', 'ｌ', 'Ｉ', '｜']);
/** Words that make an approximate number of what follows (近千份, 数千人). */
const APPROX = /[近数几上]/;
/** What follows a 万 amount: money, "余/多", and counts of people, copies, households, visits … */
const AFTER_WAN = /[元余多人份户次件册条张个名家篇场所项]/;
/** Counting words a count stands before. */
const COUNTER = /[件次户人家份场元个名条项篇所起单部批期%％]/;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT.test(ch);
const isLatin = (ch: string | undefined): boolean => ch !== undefined && LATIN.test(ch);

/** Length of the run of digits starting at i going by step (±1). */
function digitRun(chars: readonly string[], i: number, step: 1 | -1): number {
  let n = 0;
  while (isDigit(chars[i + n * step])) n++;
  return n;
}

/** 一 at i stands for the digit 1 of a count (see above). */
function oneInCount(chars: readonly string[], i: number): boolean {
  const before = digitRun(chars, i - 1, -1);
  if (before === 0) return false;
  if (COUNTER.test(chars[i + 1] ?? '')) return true;
  const after = digitRun(chars, i + 1, 1);
  return after > 0 && before < 4 && after < 4 && COUNTER.test(chars[i + 1 + after] ?? '');
}

/** `text` with OCR's stand-ins for digits read as digits where a number surrounds them; same length. */
export function readDigits(text: string): string {
  // UTF-16 units, one for one with the text's offsets.
  const out = text.split('');
  const digitLike = (i: number): boolean => isDigit(out[i]);
  // Left to right, then right to left, so "2OO5" and "OO5" both become digits.
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? out.keys() : [...out.keys()].reverse();
    for (const i of order) {
      const ch = out[i] ?? '';
      const prev = out[i - 1];
      const next = out[i + 1];
      if (!AS_ZERO.has(ch) && !AS_ONE.has(ch)) continue;
      // Inside a Latin word (ISO9001, Iso): a letter.
      if ((LATIN.test(ch) && isLatin(prev)) || (LATIN.test(ch) && isLatin(next))) continue;
      if (digitLike(i - 1) || digitLike(i + 1)) out[i] = AS_ZERO.has(ch) ? '0' : '1';
    }
  }
  for (let i = 0; i < out.length; i++) {
    const ch = out[i];
    if (ch === '一') {
      if (oneInCount(out, i)) out[i] = '1';
    } else if (ch === '方') {
      if (isDigit(out[i - 1]) && AFTER_WAN.test(out[i + 1] ?? '')) out[i] = '万';
    } else if (ch === '干') {
      if ((isDigit(out[i - 1]) || APPROX.test(out[i - 1] ?? '')) && AFTER_WAN.test(out[i + 1] ?? '')) out[i] = '千';
    }
  }
  return out.join('');
}
