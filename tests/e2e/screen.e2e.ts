/**
 * The wall screen: the whole layout fits at 1920×1080, 3840×2160 (dpr 2) and 2560×1080 with
 * nothing cut off (checked in the page, not only by eye), in zh and en; configured by URL,
 * paused and stepped by keyboard; a failed refresh is marked stale and then recovers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appUnderTest, assertClean, expectFailure, screenshot, waitForCharts, withPage } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const app = appUnderTest();

/** Everything in the canvas inside the viewport, no element's text clipped, no scrollbars. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const doc = document.documentElement;
    if (doc.scrollWidth > vw || doc.scrollHeight > vh) problems.push(`page scrolls: ${doc.scrollWidth}×${doc.scrollHeight} in ${vw}×${vh}`);
    const canvas = document.querySelector('.scr-canvas');
    if (!canvas) return ['no canvas'];
    const c = canvas.getBoundingClientRect();
    if (c.left < -0.5 || c.top < -0.5 || c.right > vw + 0.5 || c.bottom > vh + 0.5)
      problems.push(`canvas ${JSON.stringify(c)} outside ${vw}×${vh}`);
    const active = document.querySelector('.scr-page.active');
    const scope = [canvas.querySelector('.scr-head'), canvas.querySelector('.scr-foot'), active].filter((e): e is Element => e !== null);
    for (const root of scope) {
      for (const el of root.querySelectorAll<HTMLElement>('h1, h3, span, td, th, li, .scr-counter-value, .scr-counter-label')) {
        if (el.closest('.scr-scroll-window')) continue; // the long ranking scrolls by design
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
          problems.push(`clipped text: ${el.className || el.tagName} "${el.innerText.slice(0, 30)}"`);
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.right > c.right + 1 || r.bottom > c.bottom + 1 || r.left < c.left - 1)
          problems.push(`outside canvas: ${el.className || el.tagName} "${el.innerText.slice(0, 30)}"`);
      }
    }
    const small = [...canvas.querySelectorAll<HTMLElement>('*')].filter(
      (el) => el.childElementCount === 0 && el.innerText?.trim() && parseFloat(getComputedStyle(el).fontSize) < 14,
    );
    if (small.length)
      problems.push(
        `text under 14 design px: ${small
          .slice(0, 3)
          .map((e) => e.innerText.slice(0, 20))
          .join(' | ')}`,
      );
    return problems;
  });
}

describe('big screen layout', () => {
  const sizes = [
    { w: 1920, h: 1080, dpr: 1 },
    { w: 3840, h: 2160, dpr: 2 },
    { w: 2560, h: 1080, dpr: 1 },
  ];
  for (const lang of ['zh', 'en'] as const) {
    for (const s of sizes) {
      it(`${s.w}×${s.h} (dpr ${s.dpr}) ${lang}: every page fits, nothing cut off`, async () => {
        const url = `${app.base}#/screen?lang=${lang}&interval=600`;
        await withPage(
          url,
          { name: `screen-${s.w}x${s.h}-${lang}`, viewport: { width: s.w, height: s.h }, deviceScaleFactor: s.dpr },
          async (page) => {
            await page.locator('.scr-counter').first().waitFor();
            await waitForCharts(page, 3);
            for (const p of ['kpi', 'league', 'weaknesses']) {
              await page.waitForFunction((id) => document.querySelector('[data-testid=screen-state]')?.getAttribute('data-page') === id, p);
              await page.waitForTimeout(700); // the cross-fade
              assert.deepEqual(await layoutProblems(page), [], `${p} page at ${s.w}×${s.h} ${lang}`);
              await screenshot(page, `screen-${p}-${s.w}x${s.h}-${lang}`);
              await page.keyboard.press('ArrowRight');
            }
            if (s.w === 2560) {
              // 64:27 letterboxes: the 16:9 canvas is centred with bands at the sides.
              const box = await page.locator('.scr-canvas').boundingBox();
              assert.ok(box && Math.abs(box.height - 1080) < 1 && box.x > 100, `letterboxed: ${JSON.stringify(box)}`);
            }
            await assertClean(page);
          },
        );
      });
    }
  }
});

describe('big screen behaviour', () => {
  it('is configured by its URL, pauses on space and steps with the arrows', async () => {
    await withPage(
      `${app.base}#/screen?pages=league,weaknesses&interval=1.5&theme=light`,
      { name: 'screen-keys', viewport: { width: 1920, height: 1080 } },
      async (page) => {
        const state = page.getByTestId('screen-state');
        await page.locator('.scr-board').first().waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
        assert.deepEqual(await page.locator('.scr-dot').allInnerTexts(), ['排行榜', '短板']);
        assert.equal(await state.getAttribute('data-page'), 'league');
        // It rotates by itself.
        await page.waitForFunction(
          () => document.querySelector('[data-testid=screen-state]')?.getAttribute('data-page') === 'weaknesses',
          null,
          { timeout: 5000 },
        );
        await page.keyboard.press('Space');
        assert.equal(await state.getAttribute('data-paused'), 'true');
        assert.match(await state.innerText(), /已暂停/);
        const paused = await state.getAttribute('data-page');
        await page.waitForTimeout(3200);
        assert.equal(await state.getAttribute('data-page'), paused, 'no rotation while paused');
        await page.keyboard.press('ArrowRight');
        assert.notEqual(await state.getAttribute('data-page'), paused, 'arrow steps');
        await page.keyboard.press('ArrowLeft');
        assert.equal(await state.getAttribute('data-page'), paused, 'arrow steps back');
        await page.keyboard.press('Space');
        assert.equal(await state.getAttribute('data-paused'), 'false');
        // The arrows held rotation for a while: it says so.
        assert.match(await state.innerText(), /秒后继续轮播/);
        // The clock ticks.
        const t1 = await page.getByTestId('screen-clock').innerText();
        await page.waitForTimeout(1100);
        assert.notEqual(await page.getByTestId('screen-clock').innerText(), t1);
        await assertClean(page);
      },
    );
  });

  describe('freshness', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ root: 'dist' });
    });
    after(async () => {
      await server.close();
    });

    it('marks a failed refresh stale, keeps the page and data, then recovers by itself', async () => {
      // refresh every 0.02 min = 1.2 s
      await withPage(
        `${server.url}#/screen?refresh=0.02&interval=600`,
        { name: 'screen-refresh', viewport: { width: 1920, height: 1080 } },
        async (page) => {
          await page.getByTestId('screen-updated').waitFor();
          const before = await page.locator('.scr-counter[data-kpi=penalties] .scr-counter-value').textContent();
          await page.keyboard.press('ArrowRight');
          const pageBefore = await page.getByTestId('screen-state').getAttribute('data-page');
          const hitsBefore = server.hits('/data/demo.json');
          expectFailure(page, `${server.url}data/demo.json`);
          server.setRoute('/data/demo.json', { status: 503, body: 'maintenance' });
          await page.getByTestId('screen-stale').waitFor({ timeout: 15000 });
          assert.ok(server.hits('/data/demo.json') > hitsBefore, 'it did try to refresh');
          assert.match(await page.getByTestId('screen-stale').innerText(), /数据更新失败，显示 \d{2}:\d{2} 的数据/);
          assert.equal(await page.locator('.scr-counter[data-kpi=penalties] .scr-counter-value').textContent(), before, 'last data kept');
          assert.equal(await page.getByTestId('screen-state').getAttribute('data-page'), pageBefore, 'same page');
          server.setRoute('/data/demo.json', null);
          await page.getByTestId('screen-updated').waitFor({ timeout: 15000 });
          assert.equal(await page.locator('.scr-counter[data-kpi=penalties] .scr-counter-value').textContent(), before);
          await assertClean(page);
        },
      );
    });
  });
});
