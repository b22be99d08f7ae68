/**
 * Targets as a user sees them on the demo dataset: met counts on the overview's cards and the
 * list of units below target, the league's 未达标 column and filter, the unit page's marks, the
 * wall's targets page, a refused target file that keeps the previous targets, a custom target
 * set used everywhere, and exports whose bytes carry the target columns.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { parseDataset } from '../../src/contract/validate.ts';
import { buildModel, unitsInScope } from '../../src/domain/model.ts';
import { targetCounts } from '../../src/domain/targets.ts';
import { xlsxBlob } from '../../src/export/formats/xlsx.ts';
import { appUnderTest, assertClean, screenshot, withPage } from './browser.ts';

const app = appUnderTest();
const parsed = parseDataset(JSON.parse(readFileSync('public/data/demo.json', 'utf8')));
if (!parsed.ok) throw new Error('demo dataset refused');
const demo = parsed.dataset;
const model = buildModel(demo);
const counts = targetCounts(model, demo.targets ?? [], unitsInScope(model, '410000'), 2025);
const rate = counts.find((c) => c.indicator === 'random_completion_rate');
if (!rate || rate.below.length === 0) throw new Error('demo has no unit below the completion-rate target');

async function download(page: Page, testId: string): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click(`[data-testid=${testId}]`)]);
  const path = await dl.path();
  return readFileSync(path);
}

describe('targets', () => {
  it('overview: cards say how many units meet the target, the list names those below (missing never counted as missed)', async () => {
    await withPage(`${app.base}#/overview`, { name: 'targets-overview', viewport: { width: 1920, height: 1080 } }, async (page) => {
      const card = page.getByTestId('kpi-target-random_completion_rate');
      await card.waitFor();
      assert.equal(await card.locator('.target-count').innerText(), `达标 ${rate.met}/${rate.met + rate.notMet}`);
      assert.equal(await card.getAttribute('data-missing'), String(rate.missing));
      for (const c of counts) {
        const item = page.locator(`[data-testid=below-target] .below-item[data-indicator=${c.indicator}]`);
        assert.equal(await item.getAttribute('data-below'), String(c.notMet), c.indicator);
        const listed = await item.locator('.below-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
        assert.deepEqual(
          listed,
          c.below.slice(0, 12).map((b) => b.unit.code),
          `${c.indicator}: the units below, furthest first`,
        );
        for (const u of c.notReported) assert.ok(!listed.includes(u.code), `${u.name} did not report ${c.indicator}: not listed as below`);
      }
      await page.getByTestId('below-target').scrollIntoViewIfNeeded();
      await screenshot(page, 'targets-overview-1920', true);
      await assertClean(page);
    });
    await withPage(`${app.base}#/overview?lang=en&theme=dark`, { name: 'targets-overview-en' }, async (page) => {
      await page.getByTestId('kpi-target-random_completion_rate').waitFor();
      assert.match(await page.getByTestId('kpi-target-random_completion_rate').innerText(), /Meet target \d+\/\d+/);
      await screenshot(page, 'targets-overview-en-dark', true);
    });
  });

  it('league: a 未达标 column, target lines in the indicator headers, a filter to units below a target', async () => {
    await withPage(
      `${app.base}#/league?level=county`,
      { name: 'targets-league', viewport: { width: 1920, height: 1080 } },
      async (page) => {
        await page.locator('.data-table, table').first().waitFor();
        await page.getByTestId('target-head-random_completion_rate').waitFor();
        assert.equal(await page.getByTestId('target-head-random_completion_rate').innerText(), '≥ 100%');
        const before = await page.getByTestId('league-count').innerText();
        await page.getByTestId('league-below-target').check();
        await page.waitForFunction((b) => document.querySelector('[data-testid=league-count]')?.textContent !== b, before);
        const missed = await page.locator('[data-missed]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-missed'))));
        assert.ok(missed.length > 0 && missed.every((n) => n > 0), `every row shown misses a target: ${missed.join(',')}`);
        assert.match(page.url(), /below=1/);
        await screenshot(page, 'targets-league-1920');
        // The export carries the targets: CSV and XLSX opened.
        const csv = (await download(page, 'export-csv')).toString('utf8');
        assert.match(csv, /未达标项数/);
        assert.match(csv, /双随机任务完成率·目标/);
        assert.match(csv, /双随机任务完成率·达标/);
        assert.match(csv, /目标依据/);
        const xlsx = unzipSync(new Uint8Array(await download(page, 'export-xlsx')));
        const strings =
          strFromU8(xlsx['xl/sharedStrings.xml'] ?? new Uint8Array()) + strFromU8(xlsx['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
        assert.match(strings, /未达标项数/);
        assert.match(strings, /双随机任务完成率·目标/);
        assert.match(strings, /未达标/);
        await assertClean(page);
      },
    );
  });

  it('unit page: every target marked met / not met / not reported, with the target and its source', async () => {
    const below = rate.below[0];
    if (!below) throw new Error('unreachable');
    await withPage(
      `${app.base}#/units/${below.unit.code}?year=2025`,
      { name: 'targets-unit', viewport: { width: 1920, height: 1080 } },
      async (page) => {
        const row = page.locator('[data-testid=unit-targets] tr[data-indicator=random_completion_rate]');
        await row.waitFor();
        assert.equal(await row.getAttribute('data-status'), 'not_met');
        assert.match(await row.innerText(), /≥ 100%/);
        assert.match(await row.innerText(), /演示/);
        const marks = await page
          .locator('[data-testid=indicator-table] tr[data-indicator=random_completion_rate] [data-status]')
          .getAttribute('data-status');
        assert.equal(marks, 'not_met');
        await screenshot(page, 'targets-unit-1920', true);
        await assertClean(page);
      },
    );
  });

  for (const size of [
    { w: 1920, h: 1080 },
    { w: 3840, h: 2160 },
  ]) {
    it(`wall screen ${size.w}×${size.h}: a page of units below target that fits`, async () => {
      await withPage(
        `${app.base}#/screen?pages=targets&theme=dark`,
        { name: `targets-screen-${size.w}`, viewport: { width: size.w, height: size.h } },
        async (page) => {
          const card = page.locator('[data-testid=screen-targets] .scr-tgt-card[data-indicator=random_completion_rate]');
          await card.waitFor();
          assert.equal(await card.getAttribute('data-below'), String(rate.notMet));
          const clipped = await page.evaluate(
            () =>
              [...document.querySelectorAll('.scr-tgt-names li')].filter((li) => {
                const box = li.getBoundingClientRect();
                const card = li.closest('.scr-tgt-card')?.getBoundingClientRect();
                return card ? box.bottom > card.bottom + 1 : false;
              }).length,
          );
          assert.equal(clipped, 0, 'no name cut off at the bottom of its card');
          await screenshot(page, `targets-screen-${size.w}`);
          await assertClean(page);
        },
      );
    });
  }

  it('a bad target file is refused with its path or cell and the previous targets stay; a good one is used as custom targets', async () => {
    await withPage(`${app.base}#/overview`, { name: 'targets-file' }, async (page) => {
      await page.getByTestId('kpi-target-random_completion_rate').waitFor();
      const inUse = await page.getByTestId('targets-in-use').innerText();
      const source = '测试考核细则';
      const bad = {
        targets: [
          { indicator: 'random_completion_rate', comparison: '>=', value: 90, source },
          { indicator: 'no_such_indicator', comparison: '>=', value: 1, source },
        ],
      };
      await page
        .getByTestId('targets-file')
        .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      await page.getByTestId('targets-refused').waitFor();
      assert.match(await page.getByTestId('targets-refused').innerText(), /targets\[1\]\.indicator/);
      assert.equal(await page.getByTestId('targets-in-use').innerText(), inUse, 'the previous targets stay in use');
      assert.equal(
        await page.getByTestId('kpi-target-random_completion_rate').locator('.target-count').innerText(),
        `达标 ${rate.met}/${rate.met + rate.notMet}`,
      );

      const comparison = { targets: [{ indicator: 'random_completion_rate', comparison: '>', value: 90, source }] };
      await page
        .getByTestId('targets-file')
        .setInputFiles({ name: 'cmp.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(comparison)) });
      await page.waitForFunction(() =>
        /targets\[0\]\.comparison/.test(document.querySelector('[data-testid=targets-refused]')?.textContent ?? ''),
      );

      const sheet = (value: number) =>
        xlsxBlob({
          title: 'targets',
          meta: [],
          columns: ['indicator', 'level', 'comparison', 'value', 'source'].map((h) => ({
            id: h,
            header: h,
            kind: h === 'value' ? 'decimal' : 'text',
          })),
          rows: [['random_completion_rate', 'county', '≥', value, source]],
        }).arrayBuffer();
      await page.getByTestId('targets-file').setInputFiles({
        name: 'over.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await sheet(120)),
      });
      await page.waitForFunction(
        () =>
          /![A-Z]+\d+/.test(document.querySelector('[data-testid=targets-refused]')?.textContent ?? '') &&
          /100/.test(document.querySelector('[data-testid=targets-refused]')?.textContent ?? ''),
      );
      assert.equal(await page.getByTestId('targets-in-use').innerText(), inUse);
      await screenshot(page, 'targets-file-refused', true);

      await page.getByTestId('targets-file').setInputFiles({
        name: 'ok.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await sheet(90)),
      });
      await page.waitForFunction(() => /自定义目标/.test(document.querySelector('[data-testid=targets-in-use]')?.textContent ?? ''));
      assert.match(await page.getByTestId('kpi-target-random_completion_rate').innerText(), /自定义目标/);
      // Kept in this browser: a reload still uses them.
      await page.reload();
      await page.waitForFunction(() => /ok\.xlsx/.test(document.querySelector('[data-testid=targets-in-use]')?.textContent ?? ''));
      await page.locator('[data-testid=targets-panel] summary').click();
      await page.getByTestId('targets-remove').click();
      await page.waitForFunction(() => !/自定义目标/.test(document.querySelector('[data-testid=targets-in-use]')?.textContent ?? ''));
      await assertClean(page);
    });
  });
});
