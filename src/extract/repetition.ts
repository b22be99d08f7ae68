/**
 * Repeated text read once. A report pasted twice, a PDF of one report printed 500 times, a
 * running header on every page: a repeated line of some length (not a heading like 一、or 合计)
 * after its first appearance is blanked, and so are the repeated short lines next to it (a PDF
 * breaks a sentence, even "14" from "件", across lines), character for character, so the reader
 * finds each figure once and every quote keeps its offsets in the text the user sees.
 */

/** Lines shorter than this may repeat in a real report on their own (headings, labels, totals). */
const MIN_CHARS = 12;

export interface Repetition {
  /** The text with repeated lines blanked (same length as the input). */
  text: string;
  /** How many lines were repeats. */
  lines: number;
  /** How many characters they held. */
  chars: number;
}

export function blankRepeats(text: string): Repetition {
  const lines = text.split('\n');
  const keys = lines.map((l) => l.replace(/\s+/g, ''));
  const seen = new Set<string>();
  const repeat = keys.map((k) => {
    const again = k !== '' && seen.has(k);
    seen.add(k);
    return again;
  });
  const blank = keys.map((k, i) => repeat[i] === true && k.length >= MIN_CHARS);
  // A repeated short line joins the blanked run it touches (across empty lines), either side.
  const spread = (from: number, to: number, step: number): void => {
    let prev = false;
    for (let i = from; i !== to; i += step) {
      if (keys[i] === '') continue;
      if (!blank[i] && repeat[i] && prev) blank[i] = true;
      prev = blank[i] === true;
    }
  };
  spread(0, lines.length, 1);
  spread(lines.length - 1, -1, -1);
  let count = 0;
  let chars = 0;
  const out = lines.map((line, i) => {
    if (!blank[i]) return line;
    count += 1;
    chars += line.length;
    return ' '.repeat(line.length);
  });
  return count === 0 ? { text, lines: 0, chars: 0 } : { text: out.join('\n'), lines: count, chars };
}
