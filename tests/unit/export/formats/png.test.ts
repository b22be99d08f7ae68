import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, itxt, phys, pngSize, withChunks } from '../../../../src/export/formats/png.ts';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

function chunks(png: Uint8Array): Array<{ type: string; data: Uint8Array; crcOk: boolean }> {
  const out = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let p = 8; p < png.length;) {
    const len = view.getUint32(p);
    const type = String.fromCharCode(...png.subarray(p + 4, p + 8));
    const data = png.subarray(p + 8, p + 8 + len);
    out.push({ type, data, crcOk: view.getUint32(p + 8 + len) === crc32(png, p + 4, p + 8 + len) });
    p += 12 + len;
  }
  return out;
}

describe('PNG chunks', () => {
  it('computes the PNG CRC-32', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('inserts text and physical-size chunks after IHDR, keeping the image valid', () => {
    const out = withChunks(PNG, [phys(192), itxt('Title', '监督检查 · 双随机\n<script>'), itxt('Comment', '{"sha256":"ab"}')]);
    const list = chunks(out);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    expect(pngSize(out)).toEqual({ width: 1, height: 1 });
    const title = list[2]?.data ?? new Uint8Array();
    const zero = title.indexOf(0);
    expect(new TextDecoder().decode(title.subarray(0, zero))).toBe('Title');
    expect(new TextDecoder().decode(title.subarray(zero + 5))).toBe('监督检查 · 双随机\n<script>');
    const ppm = new DataView(list[1]?.data.buffer ?? new ArrayBuffer(9), list[1]?.data.byteOffset).getUint32(0);
    expect(Math.round(ppm * 0.0254)).toBe(192);
    const idat = list.find((c) => c.type === 'IDAT')?.data ?? new Uint8Array();
    expect(inflateSync(idat).length).toBe(5);
  });
});
