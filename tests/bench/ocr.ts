/**
 * Scanned reports: what the OCR engine costs to fetch, and how long a page takes to read, in
 * Chromium on the import screen (engine start, then each page) and in Node (the CLI's path). The
 * scan is made here from a seed report's text (four full A4 pages, tests/ocr/makeScans.ts).
 * `npm run eval:ocr` measures the accuracy; this measures the time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { seedsDir } from '../../src/node/extract-cli/reportSets.ts';
import { nodeRecognizer, openPdfNode } from '../../src/extract/ocr/node.ts';
import { makeScan, printable } from '../ocr/makeScans.ts';
import { median, section, type Row } from './frame.ts';

const REPORT = '004_7c599ebba73ae197';
const mb = (n: number): string => `${(n / 1048576).toFixed(2)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function ocrFiles(dist: string): Array<{ name: string; raw: number; gzip: number }> {
  const dir = join(dist, 'assets/ocr');
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir).map((f) => ({
    name: f.slice(dir.length + 1),
    raw: statSync(f).size,
    gzip: f.endsWith('.gz') ? statSync(f).size : gzipSync(readFileSync(f), { level: 9 }).length,
  }));
}

section('Scanned reports (OCR)', async ({ dist, app, browser, tmp }) => {
  const rows: Row[] = [];
  const files = ocrFiles(dist);
  const core = files.find((f) => /^tesseract-core-relaxedsimd\.wasm-/.test(f.name));
  const model = files.find((f) => f.name.endsWith('chi_sim.traineddata.gz'));
  const worker = files.find((f) => f.name.startsWith('worker.min-'));
  if (core && model && worker) {
    rows.push({
      measure: 'fetched once for a scan (Chromium: relaxed-SIMD core + model + worker), raw / gzip',
      value: `${mb(core.raw + model.raw + worker.raw)} / ${mb(core.gzip + model.gzip + worker.gzip)}`,
    });
  }
  rows.push({ measure: `dist/assets/ocr (${files.length} files, all core builds), raw`, value: mb(files.reduce((n, f) => n + f.raw, 0)) });

  const dir = mkdtempSync(join(tmp, 'ocr-bench-'));
  try {
    const text = printable(readFileSync(join(seedsDir(), `${REPORT}.txt`), 'utf8'));
    const scan = await makeScan(browser, text, join(dir, 'scan'), 'clean');
    const pdfPath = join(dir, '扫描件.pdf');
    writeFileSync(pdfPath, scan.pdf);

    // Chromium, the import screen: drop → engine loaded → each page read → review shown.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(`${app.url}#/import`);
      await page.locator('[data-testid=report-files]').waitFor({ timeout: 60000 });
      const t0 = Date.now();
      await page.locator('[data-testid=report-files]').setInputFiles(pdfPath);
      // When OCR of each page began: the first time the status names it in its 'page' stage.
      const began = new Map<number, number>();
      while ((await page.locator('[data-testid=review-item]').count()) === 0) {
        const at = await page.evaluate(() => {
          const el = document.querySelector('[data-testid=scan-status]');
          return el?.getAttribute('data-stage') === 'page' ? Number(el.getAttribute('data-page')) : 0;
        });
        if (at > 0 && !began.has(at)) began.set(at, Date.now() - t0);
        if (Date.now() - t0 > 600000) throw new Error('the scan was not read in 10 minutes');
        await page.waitForTimeout(100);
      }
      const total = Date.now() - t0;
      const pageStarts = [...began.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
      const perPage = pageStarts.map((t, k) => (pageStarts[k + 1] ?? total) - t);
      rows.push({
        measure: `Chromium: drop → OCR of page 1 begins (engine fetched and started, page drawn)`,
        value: s(pageStarts[0] ?? NaN),
      });
      rows.push({
        measure: `Chromium: time per page (${perPage.length} pages; the last includes reading the text and the crops)`,
        value: `median ${s(median(perPage))} (${perPage.map(s).join(', ')})`,
      });
      rows.push({ measure: 'Chromium: drop → review shown', value: s(total) });
    } finally {
      await page.close();
    }

    // Node, the CLI's path: engine start, then render + OCR per page.
    const t1 = performance.now();
    const ocr = await nodeRecognizer();
    const started = performance.now() - t1;
    const pdf = await openPdfNode(scan.pdf);
    const times: number[] = [];
    try {
      for (let n = 1; n <= pdf.count; n++) {
        const t = performance.now();
        const img = await pdf.render(n);
        await ocr.read(img.png, img);
        times.push(performance.now() - t);
      }
    } finally {
      await pdf.close();
      await ocr.terminate();
    }
    rows.push({ measure: 'Node (npm run extract): engine start', value: s(started) });
    rows.push({ measure: `Node: render at 200 dpi + OCR, per page (${times.length} pages)`, value: `median ${s(median(times))}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
});
