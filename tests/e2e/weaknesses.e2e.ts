/**
 * The weakness heatmap and the unit page as a user sees them: real figures and weaknesses of the
 * seeds with their quotes, recurring markers and the category × year view on the demo, the
 * evidence panel from a click on a heatmap cell, drill-down from a city row.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appUnderTest, assertClean, waitForCharts, withPage } from './browser.ts';

// The heatmap's fixed geometry (src/charts/options/heatmap.ts): rows 26 px under a 60 px header.
const ROW = 26;
const TOP = 60;

const app = appUnderTest();

/** Opens the heatmap's table view (it stays open across scope changes). */
async function openTable(page: Page): Promise<void> {
  if (!(await page.locator('details.wk-details').evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.locator('.wk-details summary').click();
  await page.locator('table.wk-table').waitFor();
}

/** The text of a heatmap table cell: row by unit name, column by category id. */
async function tableCell(page: Page, name: string, category: string): Promise<string> {
  const row = page.locator('table.wk-table tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${name}$`) }) });
  return (await row.locator(`td[data-category=${category}]`).innerText()).trim();
}

/** Clicks the heatmap canvas at a row (by data-row code) and a column index. */
async function clickCell(page: Page, code: string, col: number): Promise<void> {
  const labels = await page.locator('.wk-rowlabels > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
  const index = labels.indexOf(code);
  assert.ok(index >= 0, `row ${code} in the heatmap`);
  const chart = page.locator('[data-chart=weakness-heatmap]');
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  assert.ok(box);
  const columns = 12;
  const width = (box.width - 4) / columns;
  await page.mouse.click(box.x + width * (col + 0.5), box.y + TOP + ROW * (index + 0.5));
}

describe('unit page', () => {
  it('seeds, 卫滨区 2025: 14 penalty cases with the quote, and its three weaknesses with theirs', async () => {
    await withPage(
      `${app.base}?data=data/seeds.json#/units/410703?year=2025`,
      { name: 'unit-seeds-410703', viewport: { width: 1920, height: 1080 } },
      async (page) => {
        await page.locator('main h1', { hasText: '卫滨区' }).waitFor();
        const penalties = page.locator('[data-testid=indicator-table] tr[data-indicator=penalty_cases]');
        assert.match(await penalties.locator('.unit-value').innerText(), /^14 件$/);
        const figures = page.locator('[data-testid=unit-figures]');
        await figures.getByText('2025年共办理行政处罚案件 14件', { exact: true }).waitFor();
        assert.match(await figures.locator('[data-indicator=penalty_cases] .evidence-doc').first().innerText(), /卫滨区卫生健康委员会/);

        const weaknesses = page.locator('[data-testid=unit-weaknesses] > ul > li');
        assert.deepEqual((await weaknesses.evaluateAll((els) => els.map((e) => e.getAttribute('data-weakness')))).sort(), [
          'aging_team',
          'publicity_monotonous',
          'understaffed',
        ]);
        const quotes: Record<string, string> = {
          understaffed: '卫生监督执法力量不足，工作成效有待提高',
          aging_team: '执法人员年纪均在 50岁以上',
          publicity_monotonous: '宣传工作形式比较单一，创新性不高',
        };
        for (const [id, quote] of Object.entries(quotes)) {
          await page.locator(`[data-weakness=${id}]`).getByText(quote, { exact: true }).waitFor();
        }
        // Real data: no synthetic tag on its quotes.
        assert.equal(await page.locator('[data-testid=unit-weaknesses] .tag-synthetic').count(), 0);
        await waitForCharts(page, 2);
        await assertClean(page);
      },
    );
  });

  it('a code not in the dataset shows a clear message', async () => {
    await withPage(`${app.base}#/units/999999`, { name: 'unit-missing' }, async (page) => {
      const box = page.locator('[data-testid=unit-not-found]');
      await box.waitFor();
      assert.match(await box.innerText(), /找不到该单位[\s\S]*999999/);
      await assertClean(page);
    });
  });
});

describe('weakness heatmap', () => {
  it('seeds: understaffing reported by 卫滨区, 许昌市 and 湖滨区; a cell click opens its quotes, Esc closes them', async () => {
    await withPage(
      `${app.base}?data=data/seeds.json#/weaknesses`,
      { name: 'weaknesses-seeds', viewport: { width: 1920, height: 1080 } },
      async (page) => {
        await page.locator('main h1', { hasText: '短板热力图' }).waitFor();
        await waitForCharts(page, 2);
        await openTable(page);
        for (const name of ['卫滨区', '许昌市', '湖滨区'])
          assert.equal(await tableCell(page, name, 'understaffed'), '1', `${name} reported understaffing`);
        for (const name of ['新县', '黎城县']) assert.equal(await tableCell(page, name, 'understaffed'), '', `${name} did not`);
        const signals = page.locator('[data-testid=signals]');
        await signals.locator('input[type=checkbox]').setChecked(false);
        for (const code of ['410703', '411000', '411202']) {
          assert.equal(await signals.locator(`tr[data-unit="${code}"] td[data-reported]`).first().getAttribute('data-reported'), 'true');
        }

        await clickCell(page, '410703', 0);
        const panel = page.locator('[data-testid=evidence-panel]');
        await panel.waitFor();
        assert.match(await panel.locator('h2').innerText(), /卫滨区 · 执法力量不足/);
        await panel.getByText('卫生监督执法力量不足，工作成效有待提高', { exact: true }).waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), '关闭（Esc）');
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
        await assertClean(page);
      },
    );
  });

  it('demo: recurring markers, rows by city with drill-down, the category × year view', async () => {
    await withPage(`${app.base}#/weaknesses`, { name: 'weaknesses-demo', viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.locator('main h1', { hasText: '河南省' }).waitFor();
      await waitForCharts(page, 2);
      // 174 units: rows are cities.
      await page.locator('.wk-note', { hasText: '已按市汇总' }).waitFor();
      assert.ok((await page.locator('.wk-rowlabels .wk-group').count()) >= 17);
      const trend = page.locator('[data-testid=category-year]');
      await trend.locator('.echart[data-ready=true] canvas').first().waitFor();
      assert.match(await trend.locator('[data-testid=rising]').innerText(), /上升的短板|没有明显上升/);
      await openTable(page);
      assert.ok((await page.locator('table.wk-table button.wk-cell', { hasText: '↻' }).count()) > 0, 'recurring cells are marked ↻');

      // Drill down to 郑州市: its units, grouped, each linked to its page.
      await page.locator('.wk-rowlabels .wk-group button', { hasText: '郑州市' }).click();
      await page.locator('main h1', { hasText: '郑州市' }).waitFor();
      assert.match(page.url(), /scope=410100/);
      await page.locator('.wk-rowlabels a', { hasText: '中原区' }).waitFor();
      await openTable(page);
      assert.ok((await page.locator('table.wk-table button.wk-cell', { hasText: /^\d↻$/ }).count()) > 0, 'unit rows show years and ↻');
      await page.locator('.wk-rowlabels a', { hasText: '中原区' }).click();
      await page.locator('main h1', { hasText: '中原区' }).waitFor();
      assert.match(page.url(), /#\/units\/410102/);
      await waitForCharts(page, 3);
      await assertClean(page);
    });
  });
});
