/**
 * The page and type of a Chinese official document (GB/T 9704 in spirit, not a 红头 itself): A4
 * portrait, margins 37/35/28/26 mm (top, bottom, left, right), 22 lines of 28 characters, the title
 * in 小标宋 二号, body 仿宋 三号, headings 黑体 (一、), 楷体 ((一)), 仿宋 bold (1.).
 * Each font is named as Word and WPS know it, with a fallback (the font table's w:altName) that a
 * machine without 方正 fonts has; LibreOffice substitutes through fontconfig (Noto CJK on Debian).
 */

/** twips per millimetre. */
const MM = 1440 / 25.4;
export const mm = (x: number): number => Math.round(x * MM);

export const PAGE = { width: mm(210), height: mm(297), top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** Width of the text block in px at 96 dpi (for images): 156 mm. */
export const TEXT_WIDTH_PX = Math.floor(((210 - 28 - 26) / 25.4) * 96);

/** Chinese sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24, wu: 21 } as const;
/** Fixed line pitch of the body: 28.95 pt gives 22 lines in the type area (GB/T 9704). */
export const LINE = 579;

export interface FontFace {
  /** The name written in the run (w:rFonts). */
  name: string;
  /** The font a reader without it uses (w:altName in the font table). */
  alt: string;
  /** The Latin face beside it. */
  latin: string;
  panose: string;
}

export const FONTS = {
  title: { name: '方正小标宋简体', alt: '华文中宋', latin: 'Times New Roman', panose: '02000000000000000000' },
  body: { name: '仿宋_GB2312', alt: '仿宋', latin: 'Times New Roman', panose: '02010609030101010101' },
  hei: { name: '黑体', alt: 'SimHei', latin: 'Times New Roman', panose: '02010609060101010101' },
  kai: { name: '楷体_GB2312', alt: '楷体', latin: 'Times New Roman', panose: '02010609030101010101' },
  song: { name: '宋体', alt: 'SimSun', latin: 'Times New Roman', panose: '02010600030101010101' },
} as const satisfies Record<string, FontFace>;

export type FontKey = keyof typeof FONTS;

/** English documents: one serif family, the same structure. */
export const EN_FONT = 'Times New Roman';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** word/fontTable.xml naming every face with its fallback (replaces the writer's plain one). */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${esc(f.name)}"><w:altName w:val="${esc(f.alt)}"/><w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${fonts}<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`
  );
}

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 10] ?? ''}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)] ?? ''}十${n % 10 ? (NUMERALS[n % 10] ?? '') : ''}`;
  return String(n);
}

/** Heading numbers: 一、 (一) 1. in Chinese; 1. 1.1 in English. */
export function headingNumber(lang: 'zh' | 'en', level: 1 | 2, n: number, parent: number): string {
  if (lang === 'zh') return level === 1 ? `${chineseNumeral(n)}、` : `（${chineseNumeral(n)}）`;
  return level === 1 ? `${n}. ` : `${parent}.${n} `;
}
