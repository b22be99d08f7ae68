/**
 * The tile map: on the overview of the demo dataset (河南) 157 tiles, hover shows a tooltip,
 * a click opens the unit; the league's rows and tiles highlight each other; the wall screen's
 * map page. Screenshots at 1080p and 4K, light and dark, zh and en; hostile names stay text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appUnderTest, assertClean, screenshot, waitForCharts, withPage } from './browser.ts';

const app = appUnderTest();

/** The centre of the map's canvas, in page coordinates, after scrolling it into view. */
async function mapBox(page: Page, id: string) {
  const chart = page.locator(`.echart[data-chart="${id}"]`);
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  assert.ok(box, 'map drawn');
  return box;
}

/** Moves over the map until a tooltip shows, returning its text. */
async function hoverUntilTooltip(page: Page, id: string): Promise<string> {
  const box = await mapBox(page, id);
  for (const fy of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    for (const fx of [0.5, 0.45, 0.55, 0.4, 0.6]) {
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
      const tip = page.locator('.fz-tooltip .tt-title');
      if (await tip.first().isVisible().catch(() => false)) return tip.first().innerText();
    }
  }
  return '';
}

describe('tile map', () => {
  for (const v of [
    { w: 1920, h: 1080, dpr: 1, theme: 'light', lang: 'zh' },
    { w: 1920, h: 1080, dpr: 1, theme: 'dark', lang: 'en' },
    { w: 3840, h: 2160, dpr: 2, theme: 'dark', lang: 'zh' },
    { w: 3840, h: 2160, dpr: 2, theme: 'light', lang: 'en' },
  ]) {
    it(`overview of 河南: 157 tiles, hover and click (${v.w}×${v.h} ${v.theme} ${v.lang})`, async () => {
      const url = `${app.base}#/overview?scope=410000&theme=${v.theme}&lang=${v.lang}`;
      await withPage(url, { name: `map-overview-${v.w}-${v.theme}-${v.lang}`, viewport: { width: v.w / v.dpr, height: v.h / v.dpr }, deviceScaleFactor: v.dpr }, async (page) => {
        const map = page.getByTestId('tilemap-overview-map');
        await map.waitFor();
        assert.equal(await map.getAttribute('data-tiles'), '157');
        await waitForCharts(page, 1);
        await (await page.locator('.echart[data-chart="overview-map"]').elementHandle())?.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await screenshot(page, `map-overview-${v.w}x${v.h}-${v.theme}-${v.lang}`);
        const title = await hoverUntilTooltip(page, 'overview-map');
        assert.ok(title.length > 0, 'a tooltip names the tile');
        await screenshot(page, `map-overview-hover-${v.w}x${v.h}-${v.theme}-${v.lang}`);
        const box = await mapBox(page, 'overview-map');
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForFunction(() => location.hash.startsWith('#/units/'));
        await assertClean(page);
      });
    });
  }

  it('the table alternative lists every tile and its links reach the unit pages by keyboard', async () => {
    await withPage(`${app.base}#/overview?scope=410700`, { name: 'map-table', viewport: { width: 1600, height: 1000 } }, async (page) => {
      const map = page.getByTestId('tilemap-overview-map');
      await map.waitFor();
      assert.equal(await map.getAttribute('data-tiles'), '12'); // 新乡: 4 districts, 6 counties, 2 county-level cities (长垣 and 卫辉, 辉县)
      await map.locator('summary').click();
      assert.equal(await map.locator('tbody tr').count(), 12);
      await map.locator('tbody a').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.startsWith('#/units/'));
      await assertClean(page);
    });
  });

  it('league rows and tiles highlight each other', async () => {
    await withPage(`${app.base}#/league?scope=410000`, { name: 'map-league', viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.getByTestId('tilemap-league-map').waitFor();
      await waitForCharts(page, 1);
      const row = page.locator('tr[data-row-id]').first();
      await row.hover();
      const code = await row.getAttribute('data-row-id');
      assert.ok(code);
      await page.waitForFunction((c) => document.querySelector(`[data-testid="tilemap-league-map"]`)?.getAttribute('data-lit') === c, code);
      const title = await hoverUntilTooltip(page, 'league-map');
      assert.ok(title.length > 0);
      await page.waitForSelector('tr[data-row-id].is-lit');
      await screenshot(page, 'map-league-1920x1080');
      await assertClean(page);
    });
  });

  it('the wall screen has a map page, legible at 1080p and 4K', async () => {
    for (const s of [
      { w: 1920, h: 1080, dpr: 1 },
      { w: 3840, h: 2160, dpr: 2 },
    ]) {
      await withPage(`${app.base}#/screen?pages=map&interval=60`, { name: `map-screen-${s.w}`, viewport: { width: s.w / s.dpr, height: s.h / s.dpr }, deviceScaleFactor: s.dpr }, async (page) => {
        await page.getByTestId('tilemap-screen-map').waitFor();
        await waitForCharts(page, 1);
        await page.waitForTimeout(300);
        await screenshot(page, `map-screen-${s.w}x${s.h}`);
        const title = await hoverUntilTooltip(page, 'screen-map');
        assert.ok(title.length > 0);
        await assertClean(page);
      });
    }
  });

  it('hostile names are text in the map tooltip and table', async () => {
    await withPage(`${app.base}?data=fixtures/hostile.json#/overview`, { name: 'map-hostile', viewport: { width: 1600, height: 1000 } }, async (page) => {
      const map = page.getByTestId('tilemap-overview-map');
      await map.waitFor();
      await waitForCharts(page, 1);
      await map.locator('summary').click();
      const text = await map.locator('tbody').innerText();
      assert.match(text, /<img src=x onerror=/);
      await hoverUntilTooltip(page, 'overview-map');
      const inert = await page.evaluate(() => ({ xss: (window as unknown as { __xss?: unknown }).__xss, imgs: document.querySelectorAll('img[src="x"]').length }));
      assert.deepEqual(inert, { xss: undefined, imgs: 0 });
      await assertClean(page);
    });
  });
});
