/**
 * A scanned report read in the browser as an office behind an intranet would: an image-only PDF of
 * a corpus report (typeset, printed, rasterised and wrapped here at run time, tests/ocr) dropped on
 * #/import with every request outside the app's origin blocked, read by OCR page by page. Checked:
 * progress per page with the screen in use, the figures the reader finds in the .txt with their
 * quotes as read and a crop of the page beside each, and a request log with nothing leaving the
 * origin (the OCR engine and its model come from dist/).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractReport } from '../../src/extract/extract.ts';
import { makeScan, printable } from '../ocr/makeScans.ts';
import { assertClean, getBrowser, screenshot } from './browser.ts';
import { against, assertStayedHome, corpusText, figureRows, offlinePage, scanSuite } from './scan-helpers.ts';

const suite = scanSuite();

describe('scanned reports on #/import', () => {
  it('an image-only PDF is read by OCR page by page, offline, each figure quoted as read beside its crop of the page', async () => {
    const id = '21_qinhuangdao_2025';
    const browser = await getBrowser();
    const scan = await makeScan(browser, printable(corpusText(id)), join(suite.dir, 'pdf'), 'clean');
    assert.ok(scan.pages.length >= 2, `a scan of several pages (${scan.pages.length})`);
    const path = join(suite.dir, '秦皇岛-扫描件.pdf');
    writeFileSync(path, scan.pdf);
    const fromText = extractReport(corpusText(id)).figures;

    const o = await offlinePage(suite.base);
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
      assertStayedHome(o, suite.base);
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
});
