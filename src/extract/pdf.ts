/**
 * The text layer of a PDF report, through pdf.js. Loaded only by the import screen (dynamic
 * import), never in the initial bundle. Works under the production CSP: no eval
 * (`isEvalSupported: false`), pdf.js's own worker is a file served from dist, and the Chinese
 * CMaps a PDF without embedded fonts may name (UniGB-UCS2-H …) are files from dist as well.
 *
 * A scanned PDF has no text layer (or only a few stray characters): that is reported as such
 * rather than passed on as an empty report, and so are the pages without one in a PDF that has
 * some (`textless`): the import screen reads those by OCR (ocr/).
 */
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import { countChars, needsOcr, pageText } from './pdfLines.ts';

export { pageText };

export type PdfFailure = 'encrypted' | 'corrupt' | 'no_text_layer' | 'garbled' | 'too_many_pages' | 'timeout' | 'cancelled';

/**
 * Pages read at most: an annual report runs to a few dozen; a PDF of hundreds of pages is a
 * compendium (or one report printed over and over), refused before its pages are read.
 */
export const MAX_PDF_PAGES = 200;

export interface PdfReadOptions {
  signal?: AbortSignal;
  /** Give up at this time (ms since epoch). */
  deadline?: number;
}

export class PdfReadError extends Error {
  readonly code: PdfFailure;
  constructor(code: PdfFailure, detail = '') {
    super(detail || code);
    this.name = 'PdfReadError';
    this.code = code;
  }
}

export interface PdfText {
  text: string;
  pages: number;
  /** Each page's text, in order (text is these joined). */
  pageTexts: string[];
  /** Pages (1-based) with next to no text layer: scanned pages among typeset ones, for OCR. */
  textless: number[];
}

/** The simplified-Chinese predefined CMaps, as URLs of files in dist (fetched only when named). */
const CMAPS: Record<string, string> = import.meta.glob<string>(
  [
    '/node_modules/pdfjs-dist/cmaps/Adobe-GB1-*.bcmap',
    '/node_modules/pdfjs-dist/cmaps/GB*.bcmap',
    '/node_modules/pdfjs-dist/cmaps/UniGB-*.bcmap',
  ],
  { query: '?url', import: 'default', eager: true },
);

const cmapUrl = (filename: string): string | undefined => CMAPS[`/node_modules/pdfjs-dist/cmaps/${filename}`];

/**
 * pdf.js's WebAssembly image decoders, fetched only when a page has such an image: scans are often
 * JPEG 2000 (openjpeg, no other decoder) or JBIG2 (pdf.js has a slower JS one to fall back on).
 */
const WASM: Record<string, string> = import.meta.glob<string>(['/node_modules/pdfjs-dist/wasm/{openjpeg,jbig2}.wasm'], {
  query: '?url',
  import: 'default',
  eager: true,
});

const bundledUrl = (kind: string, filename: string): string | undefined =>
  kind === 'cMapUrl' ? cmapUrl(filename) : kind === 'wasmUrl' ? WASM[`/node_modules/pdfjs-dist/wasm/${filename}`] : undefined;

/** The bytes of a base64 data: URL, decoded in place (no fetch). */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (!meta.endsWith(';base64')) return new TextEncoder().encode(decodeURIComponent(body));
  const bin = atob(body);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** pdf.js's BinaryDataFactory contract: fetch({ kind, filename }) → bytes. */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = bundledUrl(kind, filename);
    if (!url) throw new Error(`${kind} ${filename} is not bundled`);
    // Small CMaps are inlined by the build as data: URLs, which connect-src 'self' would refuse to fetch.
    if (url.startsWith('data:')) return dataUrlBytes(url);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

function failureOf(err: unknown): PdfReadError {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  const message = typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
  if (name === 'PasswordException') return new PdfReadError('encrypted', message);
  return new PdfReadError('corrupt', message);
}

/**
 * How the app opens a PDF with pdf.js (no eval, no system fonts, CMaps from the build): shared by
 * the text reader here and the scan reader (ocr/pdfPages.ts), which renders pages for OCR.
 */
export function documentParams(bytes: Uint8Array): DocumentInitParameters {
  return {
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    cMapUrl: 'bundled/',
    cMapPacked: true,
    BinaryDataFactory: BundledDataFactory,
    stopAtErrors: false,
    verbosity: 0,
  };
}

/** pdf.js itself and its worker, configured (loaded on first use). */
export async function loadPdfjs(): Promise<typeof import('pdfjs-dist')> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** The text of a PDF's bytes, page by page. Throws PdfReadError. */
export async function pdfToText(bytes: Uint8Array, opts: PdfReadOptions = {}): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const params = documentParams(bytes);
  const task = pdfjs.getDocument(params);
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw failureOf(err);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new PdfReadError('too_many_pages', String(doc.numPages));
    const parts: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      if (opts.signal?.aborted) throw new PdfReadError('cancelled');
      if (opts.deadline !== undefined && Date.now() > opts.deadline) throw new PdfReadError('timeout', `page ${p} of ${doc.numPages}`);
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      parts.push(pageText(content.items));
      page.cleanup();
    }
    const text = parts.join('\n');
    const { visible, readable } = countChars(text);
    if (visible < 20 || (doc.numPages >= 3 && visible / doc.numPages < 10))
      throw new PdfReadError('no_text_layer', `${visible} characters on ${doc.numPages} pages`);
    if (readable / visible < 0.5) throw new PdfReadError('garbled', `${readable} of ${visible} characters readable`);
    const textless = parts.flatMap((t, i) => (needsOcr(t) ? [i + 1] : []));
    return { text, pages: doc.numPages, pageTexts: parts, textless };
  } catch (err) {
    throw err instanceof PdfReadError ? err : failureOf(err);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
