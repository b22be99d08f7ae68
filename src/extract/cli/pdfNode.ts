/**
 * A PDF's text layer for the CLI (Node): pdf.js's legacy build with its own CMaps from
 * node_modules, each page's positioned items as lines and table rows (tables/positioned.ts), as
 * the import screen reads them. A PDF with (next to) no text is refused, as there: it needs OCR.
 */
import { fileURLToPath } from 'node:url';
import { positionedLines, type PositionedItem } from '../tables/positioned.ts';

const CMAPS = fileURLToPath(new URL('../../../node_modules/pdfjs-dist/cmaps/', import.meta.url));

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function positioned(items: readonly unknown[]): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (const it of items) {
    if (typeof it !== 'object' || it === null || !('str' in it) || typeof it.str !== 'string') continue;
    const matrix: unknown = 'transform' in it ? it.transform : [];
    const m = Array.isArray(matrix) ? (matrix as unknown[]) : [];
    const height = 'height' in it ? num(it.height) : 0;
    out.push({
      str: it.str,
      x: num(m[4]),
      y: num(m[5]),
      width: 'width' in it ? num(it.width) : 0,
      height: Math.abs(height || num(m[3]) || 10),
      hasEOL: 'hasEOL' in it && it.hasEOL === true,
    });
  }
  return out;
}

export async function pdfFileText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: CMAPS,
    cMapPacked: true,
    verbosity: 0,
  }).promise;
  try {
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      text += `${positionedLines(positioned((await page.getTextContent()).items))}\n`;
      page.cleanup();
    }
    if (text.replace(/\s/g, '').length < 20) throw new Error('no text layer (a scan or pictures): it needs OCR');
    return text;
  } finally {
    await doc.destroy();
  }
}
