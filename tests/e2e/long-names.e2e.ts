/**
 * A unit named in 10,000 characters (issue 24): shown as text, it never carries a control off the
 * page or runs over the wall's header. The 范围 selector stays within the window on a desktop and
 * a phone; the wall's title keeps its year and stays clear of the page dots and the status.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertClean, closeBrowser, distRoot, getBrowser, screenshot, watch } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const LONG = '很长的单位名称'.repeat(1430);

describe('a 10,000-character unit name', () => {
  let server: TestServer | null = null;
  after(async () => {
    await server?.close();
    await closeBrowser();
  });

  it('keeps the 范围 selector in the window and the wall header in order', async () => {
    const demo = JSON.parse(readFileSync(join(distRoot(), 'data/demo.json'), 'utf8')) as { units: Array<{ code: string; name: string }> };
    for (const u of demo.units) if (u.code === '410700' || u.code === '410703') u.name = `${LONG}${u.code}`;
    server = await startServer({
      root: distRoot(),
      extraRoutes: { '/data/long.json': { body: JSON.stringify(demo), contentType: 'application/json' } },
    });
    const browser = await getBrowser();
    for (const vp of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport: vp, locale: 'zh-CN', serviceWorkers: 'block' });
      const page = await context.newPage();
      try {
        await watch(page, context);
        await page.goto(`${server.url}?data=data/long.json#/overview?scope=410700`);
        await page.locator('article.kpi').first().waitFor();
        const m = await page.evaluate(() => {
          const sel = document.querySelector('[data-testid=filter-scope]');
          return { doc: document.documentElement.scrollWidth, win: window.innerWidth, sel: sel ? sel.getBoundingClientRect().right : 0 };
        });
        assert.ok(m.doc <= m.win, `${vp.width}px: the page is no wider than the window (${m.doc} > ${m.win})`);
        assert.ok(m.sel <= m.win, `${vp.width}px: the 范围 selector ends inside the window (${m.sel})`);
        await screenshot(page, `long-name-overview-${vp.width}`);
        await assertClean(page);
      } finally {
        await context.close();
      }
    }
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    try {
      await watch(page, context);
      await page.goto(`${server.url}?data=data/long.json#/screen?scope=410700&interval=600`);
      await page.locator('.scr-counter').first().waitFor();
      const box = await page.evaluate(() => ({
        title: document.querySelector('.scr-title')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
        dots: document.querySelector('.scr-dots')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
        status: document.querySelector('.scr-status')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
        h1: document.querySelector('.scr-title h1')?.textContent ?? '',
      }));
      assert.ok(box.title && box.dots && box.status);
      assert.ok(box.title.right <= box.dots.left, 'the title ends before the page dots');
      assert.ok(box.dots.right <= box.status.left, 'the dots end before the status');
      assert.match(box.h1, /^很长的单位名称很长的单… · 2025年/, 'the name cut, the year kept');
      await screenshot(page, 'long-name-screen');
      await assertClean(page);
    } finally {
      await context.close();
    }
  });
});
