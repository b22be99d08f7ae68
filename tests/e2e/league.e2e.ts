/**
 * The league as a meeting uses it: sort, filter, change a weight, reload from the URL and get
 * the same view; export CSV and XLSX and check the files' bytes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { appUnderTest, assertClean, withPage } from './browser.ts';

const app = appUnderTest();

const rowIds = (page: Page) =>
  page.locator('table.data-table tbody tr[data-row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id') ?? ''));
const cellTexts = (page: Page, col: number) =>
  page
    .locator('table.data-table tbody tr[data-row-id]')
    .evaluateAll((rows, c) => rows.map((r) => (r.children[c] as HTMLElement | undefined)?.innerText ?? ''), col);
/** A column's index by its header's text (columns come and go: targets, say). */
async function columnOf(page: Page, header: string): Promise<number> {
  const heads = await page.locator('table.data-table thead th').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).innerText));
  const i = heads.findIndex((h) => h.replace(/[↕▲▼]/g, '').trim() === header);
  assert.ok(i >= 0, `a column headed ${header} in ${heads.join(' | ')}`);
  return i;
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

describe('league table', () => {
  it('sorts, filters, re-weights, and reloads from the URL to the same view', async () => {
    await withPage(
      `${app.base}#/league?year=2025&level=county`,
      { name: 'league-state', viewport: { width: 1920, height: 1080 } },
      async (page) => {
        await page.locator('table.data-table tbody tr[data-row-id]').first().waitFor();
        const count = await page.getByTestId('league-count').innerText();
        assert.match(count, /共 \d+ 个单位/);
        // Sort by the inspections group score, highest first.
        await page.getByRole('button', { name: '监督检查' }).click();
        assert.match(page.url(), /sort=g\.inspections%3Adesc|sort=g\.inspections:desc/);
        const scores = (await cellTexts(page, await columnOf(page, '监督检查')))
          .map((t) => Number.parseFloat(t))
          .filter((x) => !Number.isNaN(x));
        assert.ok(scores.length > 5);
        assert.deepEqual(
          scores,
          [...scores].sort((a, b) => b - a),
          'inspections scores descending',
        );
        // Filter by city, then give training all the weight.
        await page.getByTestId('league-city').selectOption({ label: '郑州市' });
        await page.getByTestId('weight-training').fill('50');
        await page.getByTestId('weight-inspections').fill('0');
        await page.waitForFunction(() => /w=25%2C20|w=0/.test(location.hash) || location.hash.includes('w='));
        const before = await rowIds(page);
        assert.ok(before.length > 0 && before.every((id) => id.startsWith('4101')), 'only 郑州 units');
        const url = page.url();
        assert.match(url, /city=410100/);
        assert.match(url, /w=0%2C20%2C15%2C50%2C15%2C10|w=0,20,15,50,15,10/);
        const ranksBefore = await cellTexts(page, 0);
        await page.reload();
        await page.locator('table.data-table tbody tr[data-row-id]').first().waitFor();
        assert.deepEqual(await rowIds(page), before, 'same rows in the same order after reload');
        assert.deepEqual(await cellTexts(page, 0), ranksBefore, 'same ranks after reload');
        assert.equal(await page.getByTestId('weight-training').inputValue(), '50');
        assert.equal(await page.getByTestId('league-city').inputValue(), '410100');
        // Keyboard: a row opens its unit page with Enter.
        await page.locator('table.data-table tbody tr[data-row-id]').first().focus();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.waitForFunction((id) => location.hash.startsWith(`#/units/${id}`), before[1]);
        await assertClean(page);
      },
    );
  });

  it('exports CSV and XLSX with exactly the rows on screen, BOM, neutralised formulas and real numbers', async () => {
    await withPage(
      `${app.base}?data=fixtures/formula-names.json#/league?year=2025&cols=penalty_cases,random_completion_rate`,
      { name: 'league-export' },
      async (page) => {
        await page.locator('table.data-table tbody tr[data-row-id]').first().waitFor();
        const ids = await rowIds(page);
        assert.equal(ids.length, 2);

        const csv = await download(page, 'export-csv');
        assert.match(csv.name, /\.csv$/);
        assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
        const text = csv.bytes.toString('utf8');
        assert.match(text, /'=HYPERLINK\(""http:\/\/x"",""卫滨区""\)/, 'formula name neutralised with a leading quote');
        assert.match(text, /'@SUM\(1\+1\)新乡县/);
        assert.doesNotMatch(text, /(^|,)=HYPERLINK/m);
        // The fixture holds 河南省 → 新乡市 only: the dataset is about 新乡市 and opens there.
        assert.match(text, /范围,新乡市/);
        assert.match(text, /年度,2025/);
        assert.match(text, /数据来源,测试用小数据集（合成）/);
        const header = text.split('\r\n').find((l) => l.startsWith('名次'));
        assert.ok(header?.includes('行政处罚案件（件）') && header.includes('双随机任务完成率（%）'), `header: ${header}`);
        assert.match(text, /,14,100(\r\n|,)/, 'penalty cases 14 and rate 100 as plain numbers');

        const xlsx = await download(page, 'export-xlsx');
        assert.match(xlsx.name, /\.xlsx$/);
        const files = unzipSync(new Uint8Array(xlsx.bytes));
        for (const part of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'])
          assert.ok(files[part], `has ${part}`);
        const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
        assert.doesNotMatch(sheet, /<f[ >]/, 'no formula elements');
        assert.match(sheet, /<t xml:space="preserve">=HYPERLINK\(&quot;http:\/\/x&quot;,&quot;卫滨区&quot;\)<\/t>/);
        assert.match(sheet, /<c r="[A-Z]+\d+" s="\d+"><v>14<\/v><\/c>/, 'penalty cases as a number cell');
        assert.match(sheet, /<c r="[A-Z]+\d+" s="\d+"><v>100<\/v><\/c>/, 'rate as a number cell');
        assert.doesNotMatch(sheet, /<t xml:space="preserve">14<\/t>/, 'no number stored as text');
        assert.match(sheet, /新乡市/);
        await assertClean(page);
      },
    );
  });
});
