/**
 * Page images of one report (a scanner's JPEGs) dropped together, in reverse order: one report,
 * read page 1 first, its figures those of the .txt. Nothing leaves the origin.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractReport } from '../../src/extract/extract.ts';
import { makeScan, printable, printedPdf } from '../ocr/makeScans.ts';
import { assertClean, getBrowser } from './browser.ts';
import { against, assertStayedHome, corpusText, figureRows, offlinePage, scanSuite } from './scan-helpers.ts';

const suite = scanSuite();

describe('scanned reports on #/import', () => {
  it('page images of one report dropped together are read as one report, pages in file-name order', async () => {
    const id = '01_haining_2024';
    const browser = await getBrowser();
    const printed = await printedPdf(browser, printable(corpusText(id)));
    const scan = await makeScan(browser, printable(corpusText(id)), join(suite.dir, 'photos'), 'clean', printed);
    const names = scan.pages.map((p, k) => {
      const name = join(suite.dir, `海宁_第${k + 1}页.jpg`);
      writeFileSync(name, readFileSync(p));
      return name;
    });
    const fromText = extractReport(corpusText(id)).figures;
    const o = await offlinePage(suite.base);
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
      assertStayedHome(o, suite.base);
      await assertClean(page);
    } finally {
      await page.close();
    }
  });
});
