/**
 * The CLI's side of scanned reports (`npm run extract -- scan.pdf photos/`): a PDF read from its
 * text layer where it has one and by OCR where it has none (the browser's path, in Node), and page
 * images (.png/.jpg) read as the pages of one report. One OCR engine serves the whole run, started
 * on the first page that needs it.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Recognizer } from '../../extract/ocr/engine.ts';
import { extractScan } from '../../extract/ocr/extractScan.ts';
import { nodeRecognizer, readPdfPages } from '../../extract/ocr/node.ts';
import { imageScale } from '../../extract/ocr/render.ts';
import type { ScanPage } from '../../extract/ocr/scan.ts';
import type { Extraction } from '../../extract/extract.ts';

export const IMAGE_EXTS = new Set(['.png', '.jpg', '.jpeg']);
export const isImage = (file: string): boolean => IMAGE_EXTS.has(extname(file).toLowerCase());

/** File-name order with numbers read as numbers (页2 before 页10), as the import screen orders pages. */
export const byName = (a: string, b: string): number => basename(a).localeCompare(basename(b), 'zh-CN', { numeric: true });

/**
 * What is read as one report: each file on its own, except page images, which are one report per
 * folder (or all those named on the command line together), in file-name order.
 */
export function reportsOf(files: readonly string[], named: ReadonlySet<string>): string[][] {
  const out: string[][] = [];
  const groups = new Map<string, string[]>();
  for (const f of files) {
    if (!isImage(f)) {
      out.push([f]);
      continue;
    }
    const key = named.has(f) ? '\0named' : dirname(f);
    let g = groups.get(key);
    if (!g) {
      g = [];
      groups.set(key, g);
      out.push(g);
    }
    g.push(f);
  }
  for (const g of groups.values()) g.sort(byName);
  return out;
}

let engine: Promise<Recognizer> | null = null;
const ocr = (): Promise<Recognizer> => (engine ??= nodeRecognizer());

export async function stopOcr(): Promise<void> {
  const e = engine;
  engine = null;
  if (e) await (await e).terminate();
}

export interface ScanRead {
  extraction: Extraction;
  text: string;
  pages: number;
  ocrPages: number;
}

function summary(pages: readonly ScanPage[], file: string): ScanRead {
  const { scan, extraction } = extractScan(pages, { fileName: basename(file) });
  return { extraction, text: scan.text, pages: pages.length, ocrPages: pages.filter((p) => p.source === 'ocr').length };
}

const progress = (file: string) => (page: number, total: number) => {
  process.stderr.write(`  … ${basename(file)}: page ${page}/${total} read by OCR\n`);
};

/** A PDF: text layer where there is one, OCR where there is none. */
export async function readPdf(file: string): Promise<ScanRead> {
  return summary(await readPdfPages(new Uint8Array(readFileSync(file)), ocr, progress(file)), file);
}

/** Page images of one report, in the order given: upright as stored, at most 3,000 px long, OCR'd. */
export async function readImages(files: readonly string[]): Promise<ScanRead> {
  const pages: ScanPage[] = [];
  for (const [k, file] of files.entries()) {
    const img = await loadImage(readFileSync(file));
    const scale = imageScale(img.width, img.height);
    const canvas = createCanvas(Math.round(img.width * scale), Math.round(img.height * scale));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const read = await (await ocr()).read(canvas.toBuffer('image/png'), canvas);
    pages.push({ page: k + 1, source: 'ocr', read, width: canvas.width, height: canvas.height });
    progress(file)(k + 1, files.length);
  }
  return summary(pages, files[0] ?? '');
}
