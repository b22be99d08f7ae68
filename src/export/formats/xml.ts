/** XML text helpers shared by the XLSX parts. */

/**
 * Characters XML 1.0 forbids outright (C0 controls except tab/LF/CR, U+FFFE/FFFF)
 * and lone surrogates, which are not valid UTF-8: one of them makes Excel
 * refuse the whole file, so they are dropped rather than escaped.
 */
const ILLEGAL_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

/** Escapes text for element content and (double- or single-quoted) attribute values. */
export function escapeXml(text: string): string {
  return (
    stripIllegalXml(text)
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&apos;')
      // A raw CR would be normalised to LF by every XML parser; the reference keeps it.
      .replaceAll('\r', '&#13;')
  );
}

/**
 * Excel reads `_xHHHH_` inside cell text as an escaped character, so literal
 * text of that shape has its underscore escaped (`_x005F_`) to survive as typed.
 */
export function escapeCellText(text: string): string {
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** East Asian wide/fullwidth ranges: CJK, Hangul, fullwidth forms, CJK extensions. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Display width in "digit widths": a CJK character takes two, as Excel renders it. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Cuts to at most `max` UTF-16 units (how Excel counts its limits) without
 * splitting a surrogate pair, which would leave an invalid character behind.
 */
export function truncateUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return text.slice(0, cut);
}
