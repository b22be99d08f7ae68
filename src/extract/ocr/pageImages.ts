/**
 * Page images in the browser, for OCR and for the crops the review shows beside a scanned figure:
 * a PDF's pages rendered by the pdf.js the app already has, or photos and scans dropped as images.
 * Each page is kept as a JPEG Blob (a few hundred kB), not a canvas (36 MB at 9 megapixels), while
 * the report is read; crops are cut from it afterwards.
 */
import { documentParams, loadPdfjs } from '../pdf.ts';
import type { Box } from './layout.ts';
import { imageScale, renderScale } from './render.ts';

export interface PageImage {
  /** 1-based place in the report. */
  page: number;
  blob: Blob;
  width: number;
  height: number;
}

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function jpegOf(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the page image could not be encoded'))), 'image/jpeg', quality);
  });
}

export interface ScanPdf {
  count: number;
  /** Nothing drawn on the page (no image, no path): a blank page, nothing to read. */
  isBlank(page: number): Promise<boolean>;
  render(page: number): Promise<PageImage>;
  close(): Promise<void>;
}

/** A PDF opened for its pages to be rendered (pdf.js in its worker, painting on a canvas here). */
export async function openScanPdf(bytes: Uint8Array): Promise<ScanPdf> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentParams(bytes)).promise;
  const drawing = new Set<number>([
    pdfjs.OPS.paintImageXObject,
    pdfjs.OPS.paintInlineImageXObject,
    pdfjs.OPS.paintImageMaskXObject,
    pdfjs.OPS.paintImageXObjectRepeat,
    pdfjs.OPS.constructPath,
    pdfjs.OPS.showText,
  ]);
  return {
    count: doc.numPages,
    async isBlank(n) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      return !ops.fnArray.some((op) => drawing.has(op));
    },
    async render(n) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: renderScale(base.width, base.height) });
      const canvas = canvasOf(Math.round(viewport.width), Math.round(viewport.height));
      try {
        await page.render({ canvas, viewport, background: '#ffffff' }).promise;
        return { page: n, blob: await jpegOf(canvas, 0.92), width: canvas.width, height: canvas.height };
      } finally {
        page.cleanup();
        // Let the canvas's memory go at once rather than at the next collection.
        canvas.width = 0;
        canvas.height = 0;
      }
    },
    async close() {
      await doc.destroy();
    },
  };
}

/** A dropped photo or scan as a page: turned upright by its EXIF orientation, at most 3,000 px long. */
export async function imagePage(file: Blob, page: number): Promise<PageImage> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = imageScale(bitmap.width, bitmap.height);
    const canvas = canvasOf(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await jpegOf(canvas, 0.92);
    const out = { page, blob, width: canvas.width, height: canvas.height };
    canvas.width = 0;
    canvas.height = 0;
    return out;
  } finally {
    bitmap.close();
  }
}

/**
 * The quote's rows of a page image, stacked as they are read, as a JPEG data: URL (kept with the
 * figure, shown beside its quote). Each row is shown `rowHeight` CSS pixels tall (characters about
 * as large as the text around them) and drawn at twice that for sharp high-density screens.
 */
export function cropOf(page: ImageBitmap, rows: readonly Box[], rowHeight = 34): { image: string; width: number; height: number } {
  const parts = rows.map((b) => ({
    x: Math.round(b.x0),
    y: Math.round(b.y0),
    w: Math.max(1, Math.round(b.x1 - b.x0)),
    h: Math.max(1, Math.round(b.y1 - b.y0)),
  }));
  const tallest = Math.max(1, ...parts.map((p) => p.h));
  // Never larger than the page image itself.
  const scale = Math.min(1, (2 * rowHeight) / tallest);
  const width = Math.max(1, ...parts.map((p) => Math.round(p.w * scale)));
  const height = Math.max(
    1,
    parts.reduce((n, p) => n + Math.round(p.h * scale), 0),
  );
  const canvas = canvasOf(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  let y = 0;
  for (const p of parts) {
    const h = Math.round(p.h * scale);
    ctx.drawImage(page, p.x, p.y, p.w, p.h, 0, y, Math.round(p.w * scale), h);
    y += h;
  }
  const image = canvas.toDataURL('image/jpeg', 0.85);
  canvas.width = 0;
  canvas.height = 0;
  return { image, width: Math.round(width / 2), height: Math.round(height / 2) };
}
