/**
 * The tile map beyond the overview (map.e2e.ts): its table alternative by keyboard, the league's
 * rows and tiles lighting each other, the wall screen's map page at 1080p and 4K, hostile names.
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

describe('tile map on every screen', () => {
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
      // A hovered tile lights the league's state (its row, when the row is on screen).
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="tilemap-league-map"]')?.getAttribute('data-lit') ?? '') !== '',
      );
      await screenshot(page, 'map-league-1920x1080');
      await assertClean(page);
    });
  });

  it('the wall screen has a map page, legible at 1080p and 4K', async () => {
    for (const s of [
      { w: 1920, h: 1080, dpr: 1 },
      { w: 3840, h: 2160, dpr: 2 },
    ]) {
      await withPage(
        `${app.base}#/screen?pages=map&interval=60`,
        { name: `map-screen-${s.w}`, viewport: { width: s.w / s.dpr, height: s.h / s.dpr }, deviceScaleFactor: s.dpr },
        async (page) => {
          await page.getByTestId('tilemap-screen-map').waitFor();
          await waitForCharts(page, 1);
          await page.waitForTimeout(300);
          await screenshot(page, `map-screen-${s.w}x${s.h}`);
          const title = await hoverUntilTooltip(page, 'screen-map');
          assert.ok(title.length > 0);
          await assertClean(page);
        },
      );
    }
  });

  it('hostile names are text in the map tooltip and table', async () => {
    await withPage(
      `${app.base}?data=fixtures/hostile.json#/overview`,
      { name: 'map-hostile', viewport: { width: 1600, height: 1000 } },
      async (page) => {
        const map = page.getByTestId('tilemap-overview-map');
        await map.waitFor();
        await waitForCharts(page, 1);
        await map.locator('summary').click();
        const text = await map.locator('tbody').innerText();
        assert.match(text, /卫滨区<script>/); // the payload as text, not an element
        assert.match(text, /=HYPERLINK\(/);
        await hoverUntilTooltip(page, 'overview-map');
        const inert = await page.evaluate(() => ({
          xss: (window as unknown as { __xss?: unknown }).__xss,
          imgs: document.querySelectorAll('img[src="x"]').length,
        }));
        assert.deepEqual(inert, { xss: undefined, imgs: 0 });
        await assertClean(page);
      },
    );
  });
});
