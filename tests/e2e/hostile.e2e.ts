/**
 * Hostile data (mocks/fixtures/hostile.ts): unit names, document titles and quotes carrying HTML,
 * script and formula payloads. Every screen that shows them — overview, weakness heatmap, a unit
 * page — with every chart hovered and every evidence panel opened: nothing runs (no dialog,
 * `window.__xss` unset, no CSP violation), nothing from the data becomes an element.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appUnderTest, assertClean, getBrowser, screenshot, watch } from './browser.ts';

const app = appUnderTest();

/** Moves the mouse over every chart on a grid of points (tooltips render names and quotes). */
async function hoverCharts(page: Page): Promise<number> {
  const charts = page.locator('.echart');
  const n = await charts.count();
  for (let i = 0; i < n; i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) continue;
    for (const fy of [0.15, 0.35, 0.55, 0.75, 0.9]) {
      for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + (box.width * step) / 11, box.y + box.height * fy);
    }
  }
  await page.mouse.move(0, 0);
  return n;
}

/** Nothing from the data became an element, and nothing ran. */
async function assertInert(page: Page, dialogs: string[]): Promise<void> {
  const found = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__xss')).length,
    styles: [...document.querySelectorAll('style')].filter((s) => (s.textContent ?? '').includes('display:none')).length,
    bold: document.querySelectorAll('b[style]').length,
    hidden: getComputedStyle(document.body).display === 'none',
  }));
  assert.deepEqual(found, { xss: undefined, imgs: 0, svgs: 0, scripts: 0, styles: 0, bold: 0, hidden: false });
  assert.deepEqual(dialogs, [], 'no alert/confirm/prompt dialog opened');
  await assertClean(page);
}

describe('hostile data', () => {
  it('overview, heatmap and unit page show payloads as text; hovering charts and opening evidence runs nothing', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await watch(page, context);
    try {
      // Overview, on the province (a dataset of one city opens on that city since #23; the
      // province's name carries the <img> payload).
      await page.goto(`${app.base}?data=fixtures/hostile.json#/overview?scope=410000`);
      await page.locator('main h1', { hasText: '<img src=x onerror=' }).waitFor();
      await page.locator('.echart[data-ready=true] canvas').first().waitFor();
      for (const summary of await page.locator('details.kpi-evidence summary').all()) await summary.click();
      await page.locator('.kpi-evidence blockquote', { hasText: '<script>window.__xss=2;alert(2)</script>' }).first().waitFor();
      assert.ok((await hoverCharts(page)) >= 1);
      await assertInert(page, dialogs);

      // Weakness heatmap: hover, then open every cell's evidence from the table and from the canvas.
      await page.goto(`${app.base}?data=fixtures/hostile.json#/weaknesses`);
      await page.locator('main h1', { hasText: '短板热力图' }).waitFor();
      await page.locator('[data-chart=weakness-heatmap][data-ready=true] canvas').first().waitFor();
      assert.ok((await page.locator('.wk-rowlabels a', { hasText: '<script>window.__xss=2' }).count()) === 1);
      assert.ok((await page.locator('.wk-rowlabels a', { hasText: '=HYPERLINK("http://x","y")' }).count()) === 1);
      assert.ok((await hoverCharts(page)) >= 2);
      await page.locator('.wk-details summary').click();
      await page.locator('table.wk-table button.wk-cell').first().waitFor();
      const cells = page.locator('table.wk-table button.wk-cell');
      const n = await cells.count();
      assert.ok(n >= 3, `cells with evidence: ${n}`);
      for (let i = 0; i < n; i++) {
        await cells.nth(i).click();
        const panel = page.locator('[data-testid=evidence-panel]');
        await panel.waitFor();
        assert.ok((await panel.innerText()).includes('<'), 'the panel shows the payload text');
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
      }
      const heat = await page.locator('[data-chart=weakness-heatmap]').boundingBox();
      assert.ok(heat);
      await page.mouse.click(heat.x + 20, heat.y + 60 + 13);
      await page.locator('[data-testid=evidence-panel]').waitFor();
      await page.mouse.move(heat.x + 20, heat.y + 60 + 13);
      await page.waitForTimeout(300);
      await screenshot(page, 'hostile-weaknesses');
      await page.keyboard.press('Escape');
      await assertInert(page, dialogs);

      // A unit page: names, titles, quotes and other:* figures, charts hovered.
      await page.goto(`${app.base}?data=fixtures/hostile.json#/units/410703?year=2025`);
      await page.locator('main h1', { hasText: '卫滨区<script>' }).waitFor();
      await page
        .locator('[data-testid=unit-figures]')
        .getByText('</style><style>body{display:none}</style>', { exact: false })
        .first()
        .waitFor();
      await page.locator('.echart[data-ready=true] canvas').first().waitFor();
      assert.ok((await hoverCharts(page)) >= 2);
      await screenshot(page, 'hostile-unit');
      await assertInert(page, dialogs);
    } catch (err) {
      await screenshot(page, 'FAILED-hostile', true).catch(() => undefined);
      throw err;
    } finally {
      await context.close();
    }
  });
});
