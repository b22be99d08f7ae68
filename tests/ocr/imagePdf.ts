/**
 * An image-only PDF from JPEG pages: what a scanner or a "scan to PDF" phone app writes, one
 * DCTDecode image drawn over each whole page and no text at all. Enough PDF for pdf.js, poppler
 * and LibreOffice (ImageMagick's PDF writer is disabled by Debian's policy).
 */

export interface JpegPage {
  jpeg: Uint8Array;
  /** Resolution the page was scanned at: the page is width × 72 / dpi points wide. */
  dpi: number;
}

/** Width, height and colour components of a baseline or progressive JPEG (its SOF marker). */
export function jpegInfo(b: Uint8Array): { width: number; height: number; components: number } {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error('not a JPEG');
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) throw new Error(`JPEG marker expected at ${i}`);
    const marker = b[i + 1] ?? 0;
    const len = ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((b[i + 5] ?? 0) << 8) | (b[i + 6] ?? 0);
      const width = ((b[i + 7] ?? 0) << 8) | (b[i + 8] ?? 0);
      return { width, height, components: b[i + 9] ?? 3 };
    }
    i += 2 + len;
  }
  throw new Error('JPEG without a frame header');
}

export function imagePdf(pages: readonly JpegPage[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (c: Uint8Array | string) => {
    const bytes = typeof c === 'string' ? enc.encode(c) : c;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: string | Array<Uint8Array | string>) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    for (const part of typeof body === 'string' ? [body] : body) push(part);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  // 1: catalog, 2: page tree, then per page: page, image, content stream.
  const kids = pages.map((_, k) => `${3 + k * 3} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((p, k) => {
    const { width, height, components } = jpegInfo(p.jpeg);
    const w = (width * 72) / p.dpi;
    const h = (height * 72) / p.dpi;
    const page = 3 + k * 3;
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    object(
      page,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`,
    );
    const space = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
    object(page + 1, [
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`,
      p.jpeg,
      '\nendstream',
    ]);
    object(page + 2, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  const xref = length;
  const count = 3 + pages.length * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) push(`${String(offsets[n] ?? 0).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
