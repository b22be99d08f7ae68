/**
 * Scanned reports made at run time from the texts of ../shared (never stored in the repository):
 * each text is typeset on A4 in a CJK serif (Chromium prints it to PDF, the official-document
 * layout of 16 pt text), rasterised by poppler's pdftoppm at 200 dpi and wrapped back into an
 * image-only PDF, as a scanner would write it. The degraded set is the same pages as a tired office
 * scanner or a phone gives them: turned by about a degree, slightly out of focus, on grey paper,
 * saved as a lower-quality JPEG (ImageMagick).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { imagePdf } from './imagePdf.ts';

export type Condition = 'clean' | 'degraded';
export const SCAN_DPI = 200;

const escapeHtml = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The text as a printed page. Blank lines are left out: in the seeds they are the line breaks of
 * the PDF the text was copied from, not space on the paper. Leading spaces stay (indents).
 */
export function pageHtml(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 30mm 24mm 28mm 26mm; }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 15.5pt; line-height: 1.7; margin: 0; color: #000; }
p { margin: 0; white-space: pre-wrap; text-align: justify; }
</style></head><body>${lines}</body></html>`;
}

/** The report as printed: a corpus file's first line is where it was found, not part of it. */
export const printable = (source: string): string => (/^https?:\/\//.test(source) ? source.slice(source.indexOf('\n') + 1) : source);

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} (poppler-utils and imagemagick are needed: .ci/run installs them)`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}: ${r.stderr}`);
}

/** The text printed to a (text-layer) PDF by Chromium. */
export async function printedPdf(browser: Browser, text: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(pageHtml(text), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

/** A page image as the degraded scanner gives it: a turn of 0.6–1.4°, blur, grey paper, JPEG 70. */
function degrade(png: string, out: string, k: number): void {
  const angle = ((k % 2 === 0 ? 1 : -1) * (0.6 + ((k * 37) % 9) / 10)).toFixed(1);
  run('convert', [png, '-background', 'white', '-rotate', angle, '+level', '8%,82%', '-blur', '0x1.1', '-quality', '70', out]);
}

export interface Scan {
  /** Image-only PDF. */
  pdf: Uint8Array;
  /** The page images (JPEG), in order. */
  pages: string[];
}

/**
 * `text` scanned under `condition` into `dir` (page images and `scan.pdf`). The printed PDF is
 * made once per text and shared by both conditions when `printed` is given.
 */
export async function makeScan(browser: Browser, text: string, dir: string, condition: Condition, printed?: Buffer): Promise<Scan> {
  mkdirSync(dir, { recursive: true });
  const pdfPath = join(dir, 'printed.pdf');
  writeFileSync(pdfPath, printed ?? (await printedPdf(browser, text)));
  run('pdftoppm', ['-r', String(SCAN_DPI), '-gray', '-png', pdfPath, join(dir, 'p')]);
  const pngs = readdirSync(dir)
    .filter((f) => /^p-\d+\.png$/.test(f))
    .sort();
  const pages = pngs.map((png, k) => {
    const out = join(dir, png.replace(/\.png$/, '.jpg'));
    if (condition === 'clean') run('convert', [join(dir, png), '-quality', '90', out]);
    else degrade(join(dir, png), out, k);
    return out;
  });
  const pdf = imagePdf(pages.map((p) => ({ jpeg: new Uint8Array(readFileSync(p)), dpi: SCAN_DPI })));
  writeFileSync(join(dir, 'scan.pdf'), pdf);
  return { pdf, pages };
}
