/**
 * A PDF with a typeset part and a scanned page: the text layer read where there is one, OCR only
 * for the scan, crops only beside the scanned page's figures; and a scan stopped on its first page,
 * listed as cancelled while the page goes on. Nothing leaves the origin.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractReport } from '../../src/extract/extract.ts';
import { makeScan, pageHtml, printable } from '../ocr/makeScans.ts';
import { assertClean, getBrowser } from './browser.ts';
import { against, assertStayedHome, corpusText, figureRows, offlinePage, scanSuite } from './scan-helpers.ts';

const suite = scanSuite();

describe('scanned reports on #/import', () => {
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
    const scanned = await makeScan(browser, lines.slice(half).join('\n'), join(suite.dir, 'mixed'), 'clean');
    const imgPath = scanned.pages[0] ?? '';
    const html = pageHtml(lines.slice(0, half).join('\n')).replace(
      '</body>',
      `<div style="break-before: page"><img src="data:image/jpeg;base64,${readFileSync(imgPath).toString('base64')}" style="width:100%"></div></body>`,
    );
    const tab = await browser.newPage();
    await tab.setContent(html);
    const mixed = await tab.pdf({ format: 'A4', margin: { top: '0', bottom: '0', left: '0', right: '0' } });
    await tab.close();
    const mixedPath = join(suite.dir, '开州-混合.pdf');
    writeFileSync(mixedPath, mixed);

    const long = await makeScan(browser, printable(corpusText('08_putuo_2025')), join(suite.dir, 'long'), 'clean');
    const longPath = join(suite.dir, '普陀-扫描件.pdf');
    writeFileSync(longPath, long.pdf);

    const o = await offlinePage(suite.base);
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
      const failure = page.locator('[data-testid=import-failure][data-code=ocr_cancelled]');
      await failure.waitFor({ timeout: 10000 });
      assert.match(await failure.innerText(), /普陀-扫描件\.pdf：已取消文字识别/);
      assert.equal(await page.locator('[data-testid=review-item]').count(), 1);
      assert.equal(await page.locator('[data-testid=scan-status]').count(), 0);
      assertStayedHome(o, suite.base);
      await assertClean(page);
    } finally {
      await page.close();
    }
  });
});
