/**
 * What a thumb does on a 390×844 phone (zh, light): the header's one menu, the filters folded
 * behind what they select, a chart's tooltip on tap, a league row opened and re-sorted, the heatmap
 * scrolled inside its panel with the unit column held, a cell's quotes as a full-width sheet.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { appUnderTest, assertClean, getBrowser, screenshot, watch } from './browser.ts';

const app = appUnderTest();

async function phonePage(): Promise<Page> {
  const context = await (
    await getBrowser()
  ).newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await watch(page, context);
  return page;
}

async function tapCenter(page: Page, selector: string, dx = 0.5, dy = 0.5): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} is on screen`);
  await page.touchscreen.tap(box.x + box.width * dx, box.y + box.height * dy);
}

async function run(name: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const page = await phonePage();
  try {
    await fn(page);
    await assertClean(page);
  } catch (err) {
    await screenshot(page, `FAILED-phone-touch-${name}`).catch(() => undefined);
    throw err;
  } finally {
    await page.close();
  }
}

it('header: short title, badge and one menu; the menu holds the tools and the other screens, and closes on navigation', async () => {
  await run('menu', async (page) => {
    await page.goto(`${app.base}#/overview`);
    await page.locator('article.kpi').first().waitFor();
    assert.equal(await page.locator('.brand-short').innerText(), '法治监督看板');
    assert.ok(await page.locator('header .tag-synthetic').isVisible(), 'the synthetic label stays in the compact header');
    assert.equal(await page.locator('[data-testid=dataset-picker]').isVisible(), false, 'the dataset picker is in the closed menu');
    assert.equal(await page.locator('.app-nav a[data-route=import]').isVisible(), false);
    const header = await page.locator('header.app-header').boundingBox();
    assert.ok(header && header.height <= 130, `the header takes at most 130 px of the first screen, took ${header?.height}`);
    await tapCenter(page, '.menu-toggle');
    assert.equal(await page.locator('.menu-toggle').getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('[data-testid=dataset-picker]').isVisible(), 'the open menu shows the dataset picker');
    assert.ok(await page.locator('[data-testid=export-screen]').isVisible(), 'and the page export');
    await screenshot(page, 'phone-touch-menu-open');
    await tapCenter(page, '.app-nav a[data-route=import]');
    await page.waitForFunction(() => location.hash.startsWith('#/import'));
    await page.locator('header.app-header[data-menu=closed]').waitFor();
  });
});

it('filters fold behind one button that says what is selected; a chart answers a tap with its tooltip', async () => {
  await run('filters', async (page) => {
    await page.goto(`${app.base}#/overview`);
    const toggle = page.locator('.filters-fold .fold-toggle');
    // Shown (the first screen comes whole, once its charts in view are drawn), not only attached.
    await toggle.waitFor();
    assert.match(await toggle.innerText(), /2025 · 河南省/);
    assert.equal(await page.locator('[data-testid=filter-year]').isVisible(), false);
    await tapCenter(page, '.filters-fold .fold-toggle');
    await page.locator('[data-testid=filter-year]').selectOption('2024');
    await page.waitForFunction(() => document.querySelector('.filters-fold .fold-summary')?.textContent?.startsWith('2024'));
    await page.locator('.trend .echart[data-ready="true"] canvas').first().waitFor();
    await page.locator('.trend .echart').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await tapCenter(page, '.trend .echart');
    // The tapped chart's own tooltip (the tile map above it has one too, hidden).
    const tip = page.locator('.trend .echart').first().locator('.fz-tooltip');
    await tip.waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await tip.innerText(), /20\d\d/);
    await screenshot(page, 'phone-touch-tooltip');
  });
});

it('league: rank, unit, composite and one picked figure a line; a tap opens the rest of the row; sorting by thumb', async () => {
  await run('league', async (page) => {
    await page.goto(`${app.base}#/league`);
    const first = page.locator('.ll-row').first();
    await first.waitFor();
    assert.match(await first.locator('.ll-c-rank').innerText(), /^1\s*\/\d+/);
    assert.ok((await first.locator('.ll-name').innerText()).length > 0);
    await tapCenter(page, '.ll-row >> nth=0 >> .ll-summary');
    assert.equal(await first.locator('.ll-summary').getAttribute('aria-expanded'), 'true');
    const detail = first.locator('.ll-detail');
    await detail.waitFor();
    assert.ok((await detail.locator('.ll-field').count()) >= 8, 'every other column is in the opened row');
    assert.match((await detail.locator('a.ll-open').getAttribute('href')) ?? '', /#\/units\/\d{6}/);
    await screenshot(page, 'phone-touch-league-row');
    await page.locator('[data-testid=league-pick]').selectOption('g.penalties');
    await page.waitForFunction(() => location.hash.includes('pick=g.penalties'));
    await tapCenter(page, '.ll-sort.ll-c-composite');
    await page.waitForFunction(() => location.hash.includes('sort=composite'));
    const scores = await page
      .locator('.ll-c-composite .score-text')
      .evaluateAll((els) => els.slice(0, 10).map((e) => Number((e.textContent ?? '').replace(/,/g, ''))));
    const sorted = [...scores].sort((a, b) => a - b);
    assert.ok(
      JSON.stringify(scores) === JSON.stringify(sorted) || JSON.stringify(scores) === JSON.stringify([...sorted].reverse()),
      `sorted by composite: ${scores.join(' ')}`,
    );
  });
});

it('weaknesses: the heatmap scrolls inside its panel with the unit column held; a tapped cell opens its quotes full width', async () => {
  await run('heatmap', async (page) => {
    await page.goto(`${app.base}#/weaknesses`);
    await page.locator('.wk-heatmap .echart[data-ready="true"] canvas').first().waitFor();
    const scroller = page.locator('.wk-scroll');
    const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(sizes.scroll > sizes.client, `the heatmap is wider than its panel and scrolls in it (${sizes.scroll} > ${sizes.client})`);
    const before = await page.locator('.wk-rowlabels').boundingBox();
    await scroller.evaluate((el) => el.scrollBy(300, 0));
    await page.waitForTimeout(200);
    const after = await page.locator('.wk-rowlabels').boundingBox();
    assert.ok(before && after && Math.abs(before.x - after.x) < 2, `the unit column stays put (${before?.x} → ${after?.x})`);
    await screenshot(page, 'phone-touch-heatmap-scrolled');
    // Back to the first column, the chart's top on screen (scrolling the page only, not the panel).
    await scroller.evaluate((el) => {
      el.scrollTo(0, 0);
      window.scrollBy(0, el.getBoundingClientRect().top - 120);
    });
    await page.waitForTimeout(200);
    const labels = await page.locator('.wk-rowlabels').boundingBox();
    const box = await page.locator('.wk-chart').boundingBox();
    assert.ok(box && labels);
    // First row (below the 60 px of column labels), first column, right of the held unit column.
    await page.touchscreen.tap(labels.x + labels.width + 40, box.y + 60 + 22);
    const sheet = page.locator('[data-testid=evidence-panel]');
    await sheet.waitFor({ timeout: 5000 });
    const sheetBox = await sheet.boundingBox();
    assert.ok(sheetBox && Math.abs(sheetBox.width - 390) < 1, `the quotes sheet is full width, was ${sheetBox?.width}`);
    await screenshot(page, 'phone-touch-evidence-sheet');
    await sheet.getByRole('button', { name: /关闭/ }).tap();
    await sheet.waitFor({ state: 'detached' });
  });
});
