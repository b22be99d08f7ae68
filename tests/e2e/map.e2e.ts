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
      if (
        await tip
          .first()
          .isVisible()
          .catch(() => false)
      )
        return tip.first().innerText();
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
      await withPage(
        url,
        {
          name: `map-overview-${v.w}-${v.theme}-${v.lang}`,
          viewport: { width: v.w / v.dpr, height: v.h / v.dpr },
          deviceScaleFactor: v.dpr,
        },
        async (page) => {
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
        },
      );
    });
  }
});
