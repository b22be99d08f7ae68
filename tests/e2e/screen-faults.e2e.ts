/**
 * A wall screen whose first load fails (issue 24): a 500, an HTML error page, a truncated file,
 * an empty file, a server that never answers. Each time the wall says so in words (what failed,
 * where, when it tries again) instead of staying dark and empty, and once the server answers
 * properly it shows its data by itself, without a reload. Real build, strict CSP, first visit.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { assertClean, closeBrowser, distRoot, expectFailure, getBrowser, screenshot, watch } from './browser.ts';
import { startServer, type RouteHandler, type TestServer } from './server.ts';

const counter = '.scr-counter[data-kpi=penalties] .scr-counter-value';

const faults: { name: string; route: RouteHandler; kind: string; says: RegExp; failedRequest?: boolean }[] = [
  { name: '500', route: { status: 500, body: 'Internal Server Error' }, kind: 'http', says: /服务器返回 500/, failedRequest: true },
  {
    name: 'html',
    route: { body: '<!doctype html><title>502</title><p>Bad gateway</p>', contentType: 'text/html; charset=utf-8' },
    kind: 'html',
    says: /收到的是网页（HTML），不是数据 JSON/,
  },
  {
    name: 'truncated',
    route: { body: '{"schemaVersion":1,"meta":{"id":"demo","name":{"zh":"河南' },
    kind: 'not_json',
    says: /文件不是 JSON/,
  },
  { name: 'empty', route: { body: '' }, kind: 'empty', says: /文件为空/ },
  // Headers never come: the page gives up after 15 s and says so.
  {
    name: 'hanging',
    route: () => new Promise<never>(() => undefined),
    kind: 'timeout',
    says: /服务器 15 秒内没有应答/,
    failedRequest: true,
  },
];

describe('a wall screen whose first load fails', () => {
  let server: TestServer | null = null;
  after(async () => {
    await server?.close();
    await closeBrowser();
  });

  for (const fault of faults) {
    it(`${fault.name}: says so on the wall, then recovers by itself`, async () => {
      server = await startServer({ root: distRoot() });
      server.setRoute('/data/demo.json', fault.route);
      const context = await (
        await getBrowser()
      ).newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      try {
        await watch(page, context, [], { contextLevel: true });
        if (fault.failedRequest) expectFailure(page, `${server.url}data/demo.json`);
        await page.goto(`${server.url}#/screen?refresh=1`);
        const notice = page.getByTestId('no-data');
        await notice.waitFor({ timeout: 30000 });
        assert.equal(await notice.locator('.load-error').getAttribute('data-failure'), fault.kind);
        const text = await notice.innerText();
        assert.match(text, fault.says);
        assert.match(text, /来源：data\/demo\.json/, 'says where');
        assert.match(text, /数据未能载入/);
        await page.getByTestId('retry-countdown').waitFor();
        await screenshot(page, `screen-fault-${fault.name}`);
        await page.evaluate(() => {
          (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
        });

        // The server is fixed: the wall shows its data at its next try, without a reload.
        server.setRoute('/data/demo.json', null);
        await page.locator(counter).waitFor({ timeout: 45000 });
        assert.match((await page.locator(counter).textContent()) ?? '', /\d/);
        assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true);
        assert.equal(await page.getByTestId('no-data').count(), 0);
        await assertClean(page);
      } catch (err) {
        await screenshot(page, `FAILED-screen-fault-${fault.name}`).catch(() => undefined);
        throw err;
      } finally {
        await context.close();
        await server.close();
        server = null;
      }
    });
  }
});
