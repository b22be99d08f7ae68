/**
 * PDFs made from Word often map common characters to radical code points: pdf.js then gives
 * "⽴案查处" (U+2F74 KANGXI RADICAL STAND) for 立案查处, "⼈⺠" for 人民. They look the same and
 * match nothing. Read one for one as the character they stand for; quotes keep what was written.
 *
 * - Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility ideographs (U+F900–U+FAFF) have a
 *   one-character compatibility mapping: NFKC.
 * - CJK radicals supplement (U+2E80–U+2EF3) mostly has none: the simplified forms that are whole
 *   characters are listed here (components such as ⻈ 讠 or ⻐ 钅 are not characters and stay).
 */
const SUPPLEMENT: Record<string, string> = {
  '\u2e9d': '月',
  '\u2ea0': '民',
  '\u2ea9': '王',
  '\u2ebc': '月',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed7': '雨',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2ee2': '马',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
};

/** The character a radical or compatibility code point stands for; any other character as it is. */
export function readRadical(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x2e80 && code <= 0x2eff) return SUPPLEMENT[ch] ?? ch.normalize('NFKC');
  if ((code >= 0x2f00 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff)) {
    const read = ch.normalize('NFKC');
    return read.length === 1 ? read : ch;
  }
  return ch;
}
