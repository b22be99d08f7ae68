/**
 * A wall screen that restarts before the network is back: with the server stopped, a reload of
 * #/screen still draws the last good data, marked stale with its time; once the server is back
 * the screen recovers by itself, without a reload. Under the strict CSP, with nothing unexpected
 * in the console.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
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

/**
 * After the power cut (the server gone), the browser opens `path` again. The worker's own tries at
 * the network fail (it then answers from its cache): those failures, and only those, are expected.
 */
async function reopenOffline(page: Page, context: BrowserContext, url: string, path: string): Promise<Page> {
  const offline = ['config.json', 'data/index.json', 'data/demo.json', 'sw.js'].map((f) => `${url}${f}`);
  for (const u of offline) expectFailure(page, u);
  await page.close();
  const again = await context.newPage();
  await watch(again, context, offline, { contextLevel: true });
  await again.goto(`${url}${path}`);
  return again;
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
      const wall = await reopenOffline(page, context, url, screenUrl.slice(url.length));
      shown = wall;
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

  it('exports the Word briefing and the slides offline: the writers were kept just after the install', async () => {
    await server?.close();
    server = await startServer({ root: distRoot() });
    const { url } = server;
    const context = await (
      await getBrowser()
    ).newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    const page = await context.newPage();
    let shown = page;
    try {
      await watch(page, context, [], { contextLevel: true });
      await page.goto(`${url}#/overview`);
      await page.locator('article.kpi[data-kpi=penalties] .kpi-value').waitFor();
      await controlled(page);
      // As above: the worker settles; nothing here asks for the export writers before the cut.
      await page.waitForTimeout(3000);
      await server.close();
      server = null;
      const again = await reopenOffline(page, context, url, '#/overview');
      shown = again;
      await again.getByTestId('data-stale').waitFor({ timeout: 20000 });
      await again.waitForFunction(() => document.querySelectorAll('.echart-host [data-testid^="export-"]').length >= 6, undefined, {
        timeout: 30000,
      });
      for (const item of ['docx-all', 'pptx']) {
        await again.click('[data-testid="export-screen"]');
        const [dl] = await Promise.all([
          again.waitForEvent('download', { timeout: 90000 }),
          again.click(`[data-testid="export-screen-${item}"]`),
        ]);
        const bytes = readFileSync(await dl.path());
        assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', `${item}: an Office file (a zip), offline`);
        assert.ok(bytes.length > 10_000, `${item}: ${bytes.length} bytes`);
      }
      await assertClean(again);
    } catch (err) {
      await screenshot(shown, 'FAILED-offline-exports', true).catch(() => undefined);
      throw err;
    } finally {
      await context.close();
    }
  });
});
