/**
 * The text of a plain-text report's bytes. Byte-order marks are honoured; UTF-16 without one is
 * recognised by its zero bytes (every ASCII character, newline included, has a zero high byte,
 * at odd offsets little-endian and even offsets big-endian; UTF-8 and GB18030 text has none);
 * then UTF-8 when it is valid, else GB18030 (GBK), as Chinese Windows writes it.
 */

/** 'utf-16le' / 'utf-16be' when the bytes read as UTF-16 without a BOM, else null. */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  // UTF-8 and GB18030 text has no zero bytes at all. In UTF-16 every ASCII character has one (its
  // high byte); a CJK character has one only when its low byte is 0 (一 is U+4E00), 1 in 256.
  if (odd + even < (n / 2) * 0.01) return null;
  if (odd >= 2 * even) return 'utf-16le';
  if (even >= 2 * odd) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = guessUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
