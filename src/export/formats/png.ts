/**
 * PNG chunks a canvas does not write: text (iTXt: title, source, the dataset's full hash) and
 * the physical size (pHYs), so Word and PowerPoint place a 1600-pixel image at a sensible width
 * whatever its scale.
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

const enc = new TextEncoder();

/** An international text chunk: keyword (Latin-1), uncompressed UTF-8 text. */
export function itxt(keyword: string, text: string): Uint8Array {
  const key = enc.encode(keyword.replace(/[^\x20-\x7e]/g, '').slice(0, 79) || 'Comment');
  // Control characters other than newline have no business in a text chunk.
  const body = enc.encode(text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' '));
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0
  data.set(body, key.length + 5);
  return chunk('iTXt', data);
}

export function phys(dpi: number): Uint8Array {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  const ppm = Math.round(dpi / 0.0254);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1; // unit: metre
  return chunk('pHYs', data);
}

/** The PNG with extra chunks inserted after IHDR (pHYs must precede IDAT; text may go anywhere). */
export function withChunks(png: Uint8Array, extra: Uint8Array[]): Uint8Array {
  // Signature (8) + IHDR chunk (4 + 4 + 13 + 4).
  const at = 8 + 25;
  const size = extra.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, at), 0);
  let p = at;
  for (const c of extra) {
    out.set(c, p);
    p += c.length;
  }
  out.set(png.subarray(at), p);
  return out;
}

/** Width and height from IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
