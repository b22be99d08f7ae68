/**
 * An add into a national-scale dataset (all of China's 3,211 units × 5 years, SYNTHETIC, generated
 * here as `npm run gen:national` does): the version snapshot (7 MB of text) is deflated in a worker
 * before the write, not inside the IndexedDB transaction on the page's thread, and what it keeps
 * is the dataset as it was: downloaded from the version list, it equals the uploaded file. The
 * upload itself (7 MB) is checked against the contract in a worker (decodeOffThread.ts).
 *
 * The page's long tasks during the add are printed for the record (the bench holds timing goals).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { assertClean, baseUrl, closeBrowser, closeSharedServer, withPage } from './browser.ts';
import { buildNational } from '../../src/node/scripts/demo.ts';
import { toJsonLines } from '../../src/node/scripts/json-out.ts';

const REPORT = readFileSync(new URL('./fixtures/zibo-linzi-2025.txt', import.meta.url), 'utf8');

let base = '';
before(async () => {
  base = await baseUrl();
});
after(async () => {
  await closeBrowser();
  await closeSharedServer();
});

describe('an add into a national-scale dataset', () => {
  it('deflates the version snapshot in a worker, and the snapshot is the dataset as uploaded', async () => {
    // 临淄区 2025 left out, so the report's figures are new rather than conflicts with synthetic ones.
    const full = buildNational();
    const national = toJsonLines({ ...full, records: full.records.filter((r) => !(r.unit === '370305' && r.year === 2025)) });
    await withPage(`${base}#/import`, { name: 'national-add', viewport: { width: 1440, height: 900 } }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await page
        .locator('[data-testid=dataset-file]')
        .setInputFiles({ name: 'national.json', mimeType: 'application/json', buffer: Buffer.from(national) });
      await page.locator('[data-testid=upload-ok]').waitFor({ timeout: 60000 });
      // 7 MB: checked against the contract in a worker, not on the page's thread.
      assert.ok(
        workers.some((u) => /\/decodeWorker[-.][^/]*\.js$/.test(u)),
        `the upload was checked in a worker (workers: ${workers.join(', ') || 'none'})`,
      );
      workers.length = 0;

      await page.locator('[data-testid=report-files]').setInputFiles({
        name: '临淄区2025年法治政府建设情况报告.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(REPORT),
      });
      const item = page.locator('[data-testid=review-item][data-file="临淄区2025年法治政府建设情况报告.txt"]');
      await item.waitFor({ timeout: 60000 });
      await item.click();
      assert.equal(await page.locator('[data-testid=unit-code]').inputValue(), '370305');
      await page.click('[data-testid=accept-all]');

      await page.evaluate(() => {
        const w = window as unknown as { __tasks: number[] };
        w.__tasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__tasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask' });
      });
      await page.click('[data-testid=add-to-dataset]');
      await page.locator('[data-testid=merge-ok]', { hasText: '已加入 1 份文件' }).waitFor({ timeout: 120000 });
      const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
      console.log(`[national add] long tasks (ms): ${[...tasks].sort((a, b) => b - a).join(', ') || 'none'}`);
      assert.ok(
        workers.some((u) => u.startsWith('blob:')),
        `the snapshot was deflated in a worker (workers started: ${workers.join(', ') || 'none'})`,
      );

      // The version list: the upload and the add; the upload's snapshot is the file as uploaded.
      await page.click('[data-testid=datasets-open]');
      const row = page.locator('[data-testid=user-dataset]', { hasText: '全国演示数据' });
      await row.locator('[data-testid=user-versions]').click();
      const versions = page.locator('[data-testid=version]');
      await versions.nth(1).waitFor();
      assert.deepEqual(await versions.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))), ['import', 'created']);
      const [dl] = await Promise.all([page.waitForEvent('download'), versions.nth(1).locator('[data-testid=version-download]').click()]);
      assert.deepEqual(JSON.parse(readFileSync(await dl.path(), 'utf8')), JSON.parse(national), 'the first version is the upload');
      const [dl2] = await Promise.all([page.waitForEvent('download'), versions.nth(0).locator('[data-testid=version-download]').click()]);
      const added = JSON.parse(readFileSync(await dl2.path(), 'utf8')) as { records: { unit: string; year: number }[] };
      assert.ok(
        added.records.some((r) => r.unit === '370305' && r.year === 2025),
        'the add’s version holds 临淄区 2025',
      );
      await assertClean(page);
    });
  });
});
