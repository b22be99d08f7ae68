/**
 * Scanned reports read in the browser, as an office behind an intranet would: the scans are made
 * here from corpus texts (typeset, printed, rasterised, wrapped as image-only PDFs; tests/ocr),
 * dropped on #/import with every request outside the app's origin blocked, and read by OCR page
 * by page. What is checked is what the user sees: the figures the reader finds in the .txt, with
 * their quotes as read and the crop of the page beside each; a mixed PDF read from its text layer
 * where it has one; photos dropped together as one report; a scan stopped halfway; and a request
 * log with nothing leaving the origin (the OCR engine and its model come from dist/).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { corpusDir } from '../../src/extract/cli/reportSets.ts';
import { extractReport, type Figure } from '../../src/extract/extract.ts';
import { makeScan, pageHtml, printable, printedPdf } from '../ocr/makeScans.ts';
import { assertClean, baseUrl, closeBrowser, closeSharedServer, getBrowser, screenshot, watch } from './browser.ts';

let base = '';
let dir = '';
before(async () => {
  base = await baseUrl();
  dir = mkdtempSync(join(tmpdir(), 'fazhi-scan-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
  await closeSharedServer();
});

const corpusText = (id: string): string => readFileSync(join(corpusDir(), 'reports', `${id}.txt`), 'utf8');

interface Offline {
  context: BrowserContext;
  page: Page;
  /** Every request the pages and their workers made. */
  requests: string[];
  /** Requests outside the origin, refused. */
  blocked: string[];
}

/** A page on #/import in a context where nothing outside the app's origin can be reached. */
async function offlinePage(): Promise<Offline> {
  const origin = new URL(base).origin;
  const context = await (await getBrowser()).newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const requests: string[] = [];
  const blocked: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  await watch(page, context);
  await page.goto(`${base}#/import`);
  await page.locator('[data-testid=report-files]').waitFor();
  page.on('close', () => void context.close().catch(() => undefined));
  return { context, page, requests, blocked };
}

function assertStayedHome(o: Offline): void {
  const origin = new URL(base).origin;
  assert.deepEqual(o.blocked, [], 'no request left the origin');
  const outside = o.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  assert.deepEqual(outside, []);
}

/** The review's figure rows: indicator, value as shown, quote, whether a crop of the page is beside it and drawn. */
async function figureRows(page: Page) {
  return page.locator('[data-testid=figure-row]').evaluateAll((rows) =>
    rows.map((r) => {
      const img = r.querySelector<HTMLImageElement>('[data-testid=scan-crop] img');
      return {
        indicator: r.getAttribute('data-indicator') ?? '',
        value: Number(r.querySelector<HTMLInputElement>('[data-testid=figure-value]')?.value),
        quote: r.querySelector('[data-testid=figure-quote]')?.textContent ?? '',
        crop: img ? { drawn: img.complete && img.naturalWidth > 0, page: Number(img.closest('figure')?.getAttribute('data-page')) } : null,
      };
    }),
  );
}

/** Figures of the .txt found among the rows (indicator and value, each once), and rows the .txt does not hold. */
function against(fromText: readonly Figure[], rows: Array<{ indicator: string; value: number }>) {
  const pool = fromText.map((f) => `${f.indicator}|${f.value}`);
  const extra: string[] = [];
  for (const r of rows) {
    const k = pool.indexOf(`${r.indicator}|${r.value}`);
    if (k >= 0) pool.splice(k, 1);
    else extra.push(`${r.indicator}|${r.value}`);
  }
  return { found: fromText.length - pool.length, missed: pool, extra };
}

describe('scanned reports on #/import', () => {
  it('an image-only PDF is read by OCR page by page, offline, each figure quoted as read beside its crop of the page', async () => {
    const id = '21_qinhuangdao_2025';
    const browser = await getBrowser();
    const scan = await makeScan(browser, printable(corpusText(id)), join(dir, 'pdf'), 'clean');
    assert.ok(scan.pages.length >= 2, `a scan of several pages (${scan.pages.length})`);
    const path = join(dir, '秦皇岛-扫描件.pdf');
    writeFileSync(path, scan.pdf);
    const fromText = extractReport(corpusText(id)).figures;

    const o = await offlinePage();
    const { page } = o;
    try {
      await page.locator('[data-testid=report-files]').setInputFiles(path);
      // Progress names each page as it is read, and the screen stays in use meanwhile.
      const status = page.locator('[data-testid=scan-status]');
      await status.waitFor({ timeout: 60000 });
      const seen = new Set<string>();
      while ((await status.count()) > 0) {
        const text = await status
          .locator('[role=status]')
          .innerText({ timeout: 1000 })
          .catch(() => '');
        const m = /第 (\d+)\/(\d+) 页/.exec(text);
        if (m) seen.add(`${m[1]}/${m[2]}`);
        if (seen.size === 1) assert.equal(await page.locator('[data-testid=template-download]').isEnabled(), true);
        await page.waitForTimeout(250);
      }
      assert.deepEqual(
        [...seen].sort(),
        Array.from({ length: scan.pages.length }, (_, k) => `${k + 1}/${scan.pages.length}`),
      );

      await page.locator('[data-testid=review-item]').waitFor({ timeout: 30000 });
      assert.match(
        await page.locator('[data-testid=scan-note]').innerText(),
        new RegExp(`共 ${scan.pages.length} 页，其中 ${scan.pages.length} 页为 OCR`),
      );
      const rows = await figureRows(page);
      const cmp = against(fromText, rows);
      assert.deepEqual(cmp.extra, [], 'no figure the .txt does not hold');
      assert.ok(
        cmp.found >= fromText.length - 1 && fromText.length >= 4,
        `found ${cmp.found} of ${fromText.length}; missed ${cmp.missed.join(', ')}`,
      );
      // Every figure: its quote is the review text as read, its crop drawn from a page of the scan.
      const text = await page.locator('[data-testid=report-text]').innerText();
      for (const r of rows) {
        assert.ok(text.includes(r.quote), `quote «${r.quote}» is in the text as read`);
        assert.ok(r.crop?.drawn, `a crop beside «${r.quote}»`);
        assert.ok(r.crop.page >= 1 && r.crop.page <= scan.pages.length);
      }
      await page.locator('[data-testid=figure-row]').first().scrollIntoViewIfNeeded();
      await screenshot(page, 'scan-review');
      assertStayedHome(o);
      assert.ok(
        o.requests.some((u) => /\/assets\/ocr\/tessdata-[^/]+\/chi_sim\.traineddata\.gz$/.test(u)),
        'the model came from this origin',
      );
      assert.ok(
        o.requests.some((u) => /\/assets\/ocr\/tesseract-core(-[a-z]+)?\.wasm-[^/]+\.js$/.test(u)),
        'the core came from this origin',
      );
      await assertClean(page);
    } finally {
      await page.close();
    }
  });

  it('a mixed PDF: the typeset page from its text layer, the scanned page by OCR; a stopped scan says so and the page goes on', async () => {
    const browser = await getBrowser();
    const source = printable(corpusText('03_kaizhou_2022'));
    const fromText = extractReport(source).figures;
    // First typeset (a text layer), then a scan (an image): split after the first line that holds
    // a figure, so that each part holds some.
    const lines = source.split('\n');
    const ends = lines.map((_, k) => lines.slice(0, k + 1).join('\n').length);
    const half = ends.findIndex((end) => fromText.some((f) => f.end <= end)) + 1;
    const cut = ends[half - 1] ?? 0;
    assert.ok(
      fromText.some((f) => f.start > cut),
      'figures on both sides of the cut',
    );
    const scanned = await makeScan(browser, lines.slice(half).join('\n'), join(dir, 'mixed'), 'clean');
    const imgPath = scanned.pages[0] ?? '';
    const html = pageHtml(lines.slice(0, half).join('\n')).replace(
      '</body>',
      `<div style="break-before: page"><img src="data:image/jpeg;base64,${readFileSync(imgPath).toString('base64')}" style="width:100%"></div></body>`,
    );
    const tab = await browser.newPage();
    await tab.setContent(html);
    const mixed = await tab.pdf({ format: 'A4', margin: { top: '0', bottom: '0', left: '0', right: '0' } });
    await tab.close();
    const mixedPath = join(dir, '开州-混合.pdf');
    writeFileSync(mixedPath, mixed);

    const long = await makeScan(browser, printable(corpusText('08_putuo_2025')), join(dir, 'long'), 'clean');
    const longPath = join(dir, '普陀-扫描件.pdf');
    writeFileSync(longPath, long.pdf);

    const o = await offlinePage();
    const { page } = o;
    try {
      await page.locator('[data-testid=report-files]').setInputFiles(mixedPath);
      await page.locator('[data-testid=review-item]').waitFor({ timeout: 120000 });
      // The typeset half takes a page or two; the scanned page comes last and is the only one OCR read.
      const note = /共 (\d+) 页，其中 1 页为 OCR/.exec(await page.locator('[data-testid=scan-note]').innerText());
      const last = Number(note?.[1]);
      assert.ok(last >= 2, `a typeset page and a scanned one: ${note?.[0]}`);
      const rows = await figureRows(page);
      const cmp = against(fromText, rows);
      assert.deepEqual(cmp.extra, []);
      assert.ok(cmp.found >= fromText.length - 1, `found ${cmp.found} of ${fromText.length}; missed ${cmp.missed.join(', ')}`);
      // Figures of the typeset page carry no crop; those of the scanned page do, from that page.
      const seen = JSON.stringify(rows.map((r) => [r.quote, r.crop]));
      assert.ok(
        rows.some((r) => r.crop === null),
        `a figure from the text layer: ${seen}`,
      );
      assert.ok(
        rows.some((r) => r.crop !== null),
        `a figure from the scanned page: ${seen}`,
      );
      assert.ok(
        rows.every((r) => r.crop === null || (r.crop.drawn && r.crop.page === last)),
        seen,
      );

      // A scan stopped on its first page: said so by name; nothing half-read enters the review.
      await page.locator('[data-testid=report-files]').setInputFiles(longPath);
      await page.locator('[data-testid=scan-status][data-stage=page]').waitFor({ timeout: 60000 });
      await page.locator('[data-testid=scan-cancel]').click();
      const failure = page.locator('[data-testid=import-failure][data-code=cancelled]');
      await failure.waitFor({ timeout: 10000 });
      assert.match(await failure.innerText(), /普陀-扫描件\.pdf：已取消文字识别/);
      assert.equal(await page.locator('[data-testid=review-item]').count(), 1);
      assert.equal(await page.locator('[data-testid=scan-status]').count(), 0);
      assertStayedHome(o);
      await assertClean(page);
    } finally {
      await page.close();
    }
  });

  it('page images of one report dropped together are read as one report, pages in file-name order', async () => {
    const id = '01_haining_2024';
    const browser = await getBrowser();
    const printed = await printedPdf(browser, printable(corpusText(id)));
    const scan = await makeScan(browser, printable(corpusText(id)), join(dir, 'photos'), 'clean', printed);
    const names = scan.pages.map((p, k) => {
      const name = join(dir, `海宁_第${k + 1}页.jpg`);
      writeFileSync(name, readFileSync(p));
      return name;
    });
    const fromText = extractReport(corpusText(id)).figures;
    const o = await offlinePage();
    const { page } = o;
    try {
      // Dropped in reverse: the review still reads page 1 first.
      await page.locator('[data-testid=report-files]').setInputFiles([...names].reverse());
      await page.locator('[data-testid=review-item]').waitFor({ timeout: 120000 });
      assert.equal(await page.locator('[data-testid=review-item]').count(), 1);
      const text = await page.locator('[data-testid=report-text]').innerText();
      assert.ok(text.indexOf('海宁') >= 0 && text.indexOf('海宁') < 40, 'the first page comes first');
      const cmp = against(fromText, await figureRows(page));
      assert.deepEqual(cmp.extra, []);
      assert.ok(cmp.found >= fromText.length - 1, `found ${cmp.found} of ${fromText.length}; missed ${cmp.missed.join(', ')}`);
      assertStayedHome(o);
      await assertClean(page);
    } finally {
      await page.close();
    }
  });
});
