/**
 * A wall screen that restarts before the network is back: with the server stopped, a reload of
 * #/screen still draws the last good data, marked stale with its time; once the server is back
 * the screen recovers by itself, without a reload. Under the strict CSP, with nothing unexpected
 * in the console.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertClean, closeBrowser, distRoot, expectFailure, getBrowser, screenshot, watch } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const counter = '.scr-counter[data-kpi=penalties] .scr-counter-value';

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
      // (a reload right after activation was sometimes not controlled: the test waits for the claim instead)
    },
    undefined,
    { timeout: 30000 },
  );
}

describe('offline wall screen', () => {
  let server: TestServer | null = null;
  after(async () => {
    await server?.close();
    await closeBrowser();
  });

  it('reloads with the server stopped: last data, marked stale; recovers when the server returns', async () => {
    server = await startServer({ root: distRoot() });
    const { port, url } = server;
    const context = await (
      await getBrowser()
    ).newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    let shown = page;
    try {
      // Context-level listeners: page-level ones would send navigations past the worker.
      await watch(page, context, [], { contextLevel: true });
      // refresh every 0.05 min = 3 s, no page turns during the test
      const screenUrl = `${url}#/screen?refresh=0.05&interval=600`;
      await page.goto(screenUrl);
      await page.getByTestId('screen-updated').waitFor();
      // The service worker installs after the first load and takes the page (clientsClaim).
      await controlled(page);
      const before = await page.locator(counter).textContent();
      assert.ok(before && before.trim() !== '', 'the wall shows a figure');
      // The screen's next refresh (every 3 s) goes through the worker, which keeps a copy.
      await page.waitForFunction(
        async () => (await (await caches.open('fazhi-data')).keys()).some((r) => r.url.endsWith('/data/demo.json')),
        undefined,
        { timeout: 20000 },
      );

      // Let the worker settle: cutting the server within ~1 s of its first claim sometimes saw
      // Chromium send the next navigation to the network (3 of 5 probe runs); after 3 s, 0 of 6.
      await page.waitForTimeout(3000);

      // Power cut: the server goes away, the browser restarts on the wall's page.
      await server.close();
      server = null;
      // With the server gone, the worker's own tries at the network fail (it then answers from its
      // cache): those failures, and only those, are expected.
      const offline = ['config.json', 'data/index.json', 'data/demo.json', 'sw.js'].map((f) => `${url}${f}`);
      for (const u of offline) expectFailure(page, u);
      await page.close();
      const wall = await context.newPage();
      shown = wall;
      await watch(wall, context, offline, { contextLevel: true });
      await wall.goto(screenUrl);
      const stale = wall.getByTestId('screen-stale');
      await stale.waitFor({ timeout: 20000 });
      assert.match(await stale.innerText(), /数据更新失败，显示 \d{2}:\d{2} 的数据/);
      assert.equal(await wall.locator(counter).textContent(), before, 'the last good data, not an error');
      await screenshot(wall, 'offline-screen-stale');

      // The network returns: the same page recovers by itself.
      await wall.evaluate(() => {
        (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      });
      server = await startServer({ root: distRoot(), port });
      await wall.getByTestId('screen-updated').waitFor({ timeout: 20000 });
      assert.equal(
        await wall.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
        true,
        'recovered without a reload',
      );
      assert.equal(await wall.locator(counter).textContent(), before);
      await assertClean(page);
      await assertClean(wall);
    } catch (err) {
      await screenshot(shown, 'FAILED-offline-screen', true).catch(() => undefined);
      throw err;
    } finally {
      await context.close();
    }
  });
});
