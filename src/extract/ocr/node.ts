/**
 * Scanned reports in Node (the CLI, the OCR evaluation): tesseract.js's Node build (a worker
 * thread running the same WebAssembly core as the browser), the model read from
 * node_modules/@tesseract.js-data/chi_sim, nothing fetched and nothing cached beside the files
 * read. PDF pages are rendered by pdf.js's legacy build onto @napi-rs/canvas (pdf.js's own choice
 * in Node); pages with a text layer are read from it, as in the browser.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { createWorker } from 'tesseract.js';
import { needsOcr, pageText as layerText } from '../pdfLines.ts';
import { LSTM_ONLY, MODEL, PAGE_PARAMETERS, readPage, type OcrImage, type PageSize, type Recognizer } from './engine.ts';
import type { ScanPage } from './scan.ts';
import { renderScale } from './render.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

export async function nodeRecognizer(): Promise<Recognizer> {
  let onPage: ((f: number) => void) | undefined;
  const worker = await createWorker(MODEL, LSTM_ONLY, {
    langPath: join(packageDir('@tesseract.js-data/chi_sim'), '4.0.0_best_int'),
    // Not 'write': tesseract.js would leave chi_sim.traineddata in the working directory.
    cacheMethod: 'none',
    gzip: true,
    logger: (m) => {
      if (m.status === 'recognizing text') onPage?.(m.progress);
    },
  });
  await worker.setParameters(PAGE_PARAMETERS);
  return {
    async read(image: OcrImage, size: PageSize, onProgress?: (f: number) => void) {
      onPage = onProgress;
      try {
        return await readPage(worker, image, size);
      } finally {
        onPage = undefined;
      }
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

/** pdf.js types the context as the DOM's; @napi-rs/canvas's has the same drawing API. */
const isContext2D = (x: unknown): x is CanvasRenderingContext2D =>
  typeof x === 'object' && x !== null && 'drawImage' in x && 'putImageData' in x && 'fillText' in x;

export interface NodePdfPages {
  count: number;
  /** Each page's text layer. */
  texts: string[];
  /** Page n (1-based) rendered as a PNG for OCR. */
  render(n: number): Promise<{ png: Buffer; width: number; height: number }>;
  close(): Promise<void>;
}

export async function openPdfNode(bytes: Uint8Array): Promise<NodePdfPages> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dist = pathToFileURL(`${packageDir('pdfjs-dist')}/`).pathname;
  const doc = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    useSystemFonts: false,
    cMapUrl: `${dist}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${dist}standard_fonts/`,
    wasmUrl: `${dist}wasm/`,
    verbosity: 0,
  }).promise;
  const texts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    texts.push(layerText((await page.getTextContent()).items));
    page.cleanup();
  }
  return {
    count: doc.numPages,
    texts,
    async render(n) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: renderScale(base.width, base.height) });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      const canvas = createCanvas(width, height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, height);
      if (!isContext2D(ctx)) throw new Error('@napi-rs/canvas gave no 2D context');
      await page.render({ canvas: null, canvasContext: ctx, viewport }).promise;
      page.cleanup();
      return { png: canvas.toBuffer('image/png'), width, height };
    },
    async close() {
      await doc.destroy();
    },
  };
}

/** The pages of a PDF: its text layer where it has one, OCR where it has none. */
export async function readPdfPages(
  bytes: Uint8Array,
  ocr: () => Promise<Recognizer>,
  onPage?: (done: number, total: number) => void,
): Promise<ScanPage[]> {
  const pdf = await openPdfNode(bytes);
  try {
    const out: ScanPage[] = [];
    for (let n = 1; n <= pdf.count; n++) {
      const text = pdf.texts[n - 1] ?? '';
      if (!needsOcr(text)) {
        out.push({ page: n, source: 'text', text });
        continue;
      }
      const img = await pdf.render(n);
      out.push({ page: n, source: 'ocr', read: await (await ocr()).read(img.png, img), width: img.width, height: img.height });
      onPage?.(n, pdf.count);
    }
    return out;
  } finally {
    await pdf.close();
  }
}
