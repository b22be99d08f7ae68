/**
 * The last good data for every kind of source (issue 24): a `?data=` link reloaded with the
 * server gone (the service worker's copy), and an `apiBase` deployment whose API fails while its
 * static site is up, with the service worker turned off (the copy the app keeps in IndexedDB).
 * Each shows its data marked stale, says why, and recovers by itself without a reload.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertClean, closeBrowser, distRoot, expectFailure, getBrowser, screenshot, watch } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const card = 'article.kpi[data-kpi=penalties] .kpi-value';

async function markSameDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

describe('the last good data, whatever the source', () => {
  let server: TestServer | null = null;
  after(async () => {
    await server?.close();
    await closeBrowser();
  });

  it('a ?data= link reloaded with the server gone: the kept copy, stale, then recovery', async () => {
    server = await startServer({ root: distRoot(), caching: 'deploy' });
    const { url, port } = server;
    const context = await (await getBrowser()).newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    try {
      await watch(page, context, [], { contextLevel: true });
      await page.goto(`${url}?data=data/seeds.json#/overview?year=2025&scope=410703`);
      await page.locator(card).waitFor();
      const before = await page.locator(card).textContent();
      assert.equal(before, '14 件', 'the seeds dataset, 卫滨区 2025');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10000 });
      await server.close();
      server = null;
      // index.html preloads the default dataset on every page, a ?data= link's too: offline it fails.
      for (const f of ['config.json', 'data/index.json', 'data/seeds.json', 'data/demo.json', 'sw.js']) expectFailure(page, `${url}${f}`);
      await page.reload();
      const stale = page.getByTestId('data-stale');
      await stale.waitFor({ timeout: 30000 });
      assert.match(await stale.innerText(), /数据更新失败（无法连接服务器）/);
      assert.equal(await page.locator(card).textContent(), before);
      await markSameDocument(page);
      server = await startServer({ root: distRoot(), port, caching: 'deploy' });
      await stale.waitFor({ state: 'detached', timeout: 45000 });
      assert.equal(await sameDocument(page), true);
      await assertClean(page);
    } catch (err) {
      await screenshot(page, 'FAILED-offline-data-link').catch(() => undefined);
      throw err;
    } finally {
      await context.close();
      await server?.close();
      server = null;
    }
  });

  it('an apiBase deployment whose API fails (no service worker): the copy kept in IndexedDB, stale, then recovery', async () => {
    const demo = readFileSync(join(distRoot(), 'data/demo.json'));
    server = await startServer({
      root: distRoot(),
      extraRoutes: {
        '/config.json': { body: JSON.stringify({ apiBase: 'api', allowedDataOrigins: [], serviceWorker: false }) },
        '/api/dataset': { body: demo, contentType: 'application/json; charset=utf-8' },
      },
    });
    const { url } = server;
    const context = await (await getBrowser()).newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    try {
      await watch(page, context, [], { contextLevel: true });
      await page.goto(`${url}#/overview`);
      await page.locator(card).waitFor();
      const before = await page.locator(card).textContent();
      assert.equal(server.hits('/api/dataset') > 0, true, 'the data came from the API');
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null, 'no service worker');
      // The kept copy is written after the load; give it a moment.
      await page.waitForTimeout(1500);

      server.setRoute('/api/dataset', { status: 503, body: 'Service Unavailable' });
      expectFailure(page, `${url}api/dataset`);
      await page.reload();
      const stale = page.getByTestId('data-stale');
      await stale.waitFor({ timeout: 30000 });
      assert.match(await stale.innerText(), /数据更新失败（服务器返回 503），正在显示 .* 取得的数据（数据截至 \d{4}-\d{2}-\d{2}）/);
      assert.equal(await page.locator(card).textContent(), before, 'the last good data, not the embedded default');
      await page.getByTestId('retry-countdown').waitFor();
      await screenshot(page, 'offline-api-stale');
      await markSameDocument(page);

      server.setRoute('/api/dataset', { body: demo, contentType: 'application/json; charset=utf-8' });
      await stale.waitFor({ state: 'detached', timeout: 45000 });
      assert.equal(await sameDocument(page), true);
      await assertClean(page);
    } catch (err) {
      await screenshot(page, 'FAILED-offline-api').catch(() => undefined);
      throw err;
    } finally {
      await context.close();
      await server.close();
      server = null;
    }
  });
});
