/**
 * An office's own region, as a health commission in 山东 would start: from a fresh browser create
 * a dataset for 淄博市, download its fill-in template (淄博's units), fill it with a spreadsheet
 * library that is not the project's own (exceljs, as Excel or WPS would write the file), upload
 * it, import a report of one of its districts, and find the figures with their quotes on the
 * overview, the league and the unit page; reload; switch to the demo and back.
 *
 * And nothing is lost: an uploaded dataset and an import review survive a reload, a second tab
 * and a browser restart (a new Chromium on the same --user-data-dir).
 *
 * The district report (fixtures/zibo-linzi-2025.txt) is a synthetic test text, marked as such.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  assertClean,
  baseUrl,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  closeBrowser,
  closeSharedServer,
  screenshot,
  watch,
  withPage,
} from './browser.ts';

const REPORT = readFileSync(new URL('./fixtures/zibo-linzi-2025.txt', import.meta.url), 'utf8');
const ZIBO_UNITS = ['370300', '370302', '370303', '370304', '370305', '370306', '370321', '370322', '370323'];

let base = '';
let dir = '';
before(async () => {
  base = await baseUrl();
  dir = mkdtempSync(join(tmpdir(), 'fazhi-datasets-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
  await closeSharedServer();
});

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/** The template filled as a person would in a spreadsheet program: exceljs reads and rewrites the whole workbook. */
async function fillWithExcelJs(bytes: Buffer, values: Record<string, Record<string, number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('填报');
  assert.ok(ws, 'the template has its sheet 填报');
  const col = new Map<string, number>();
  ws.getRow(6).eachCell((cell, n) => col.set(String(cell.value), n));
  for (let r = 7; r <= ws.rowCount; r++) {
    const code = String(ws.getRow(r).getCell(1).value);
    for (const [indicator, v] of Object.entries(values[code] ?? {})) {
      const c = col.get(indicator);
      assert.ok(c, `column ${indicator}`);
      ws.getRow(r).getCell(c).value = v;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const pickerValue = (page: Page) => page.locator('select[data-testid=dataset-picker]').inputValue();

describe('a dataset of an office’s own region', () => {
  it('淄博市: created, its template filled by a spreadsheet writer, a district report imported, shown everywhere, kept over a reload and a switch', async () => {
    await withPage(`${base}#/overview`, { name: 'datasets-zibo', viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      assert.equal(await pickerValue(page), 'embedded:demo', 'a fresh browser opens on the demo');

      // New dataset: 山东省 → 淄博市, named by default as the office would.
      await page.click('[data-testid=datasets-open]');
      await page.click('[data-testid=new-dataset-open]');
      await page.locator('[data-testid=new-province]').waitFor();
      await page.selectOption('[data-testid=new-province]', '370000');
      await page.selectOption('[data-testid=new-city]', '370300');
      assert.equal(await page.locator('[data-testid=new-name]').inputValue(), `淄博市${new Date().getFullYear() - 1}年法治建设`);
      await page.fill('[data-testid=new-name]', '淄博市2025年法治建设');
      assert.match(await page.locator('[data-testid=new-preview]').innerText(), /10 个单位：1 个市级、8 个县级单位/);
      await page.click('[data-testid=new-create]');
      await page.locator('[data-testid=new-created]', { hasText: '淄博市2025年法治建设' }).waitFor();
      const row = page.locator('[data-testid=user-dataset]', { hasText: '淄博市2025年法治建设' });
      assert.match(await row.innerText(), /淄博市[\s\S]*尚无数字[\s\S]*真实数据/);
      await screenshot(page, 'datasets-manager-zh');
      await page.click('[data-testid=datasets-close]');
      assert.match(await pickerValue(page), /^upload:/);
      assert.equal(await page.locator('header.app-header .dataset-badge').getAttribute('data-synthetic'), 'false');

      // No figures yet: every screen says what is missing and what to do.
      await page.locator('[data-testid=no-figures]', { hasText: '“淄博市2025年法治建设”还没有数字' }).waitFor();
      await page.locator('[data-testid=no-figures-template]').waitFor();
      await screenshot(page, 'datasets-empty-overview');
      await page.goto(`${base}#/league`);
      await page.locator('[data-testid=no-figures]', { hasText: '排行榜按年度数字' }).waitFor();
      await page.goto(`${base}#/weaknesses`);
      await page.locator('[data-testid=no-figures]', { hasText: '存在的不足' }).waitFor();
      await page.goto(`${base}#/screen`);
      await page.locator('.scr-empty', { hasText: '尚无数据' }).waitFor();

      // The template lists exactly 淄博's city and county-level units.
      await page.goto(`${base}#/import`);
      await page.locator('[data-testid=template-year]').fill('2025');
      const tpl = await download(page, 'template-download');
      assert.match(tpl.name, /^填报模板_淄博市2025年法治建设_2025\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(tpl.bytes as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet('填报');
      assert.ok(ws);
      const codes: string[] = [];
      for (let r = 7; r <= ws.rowCount; r++) codes.push(String(ws.getRow(r).getCell(1).value));
      assert.deepEqual(codes.sort(), ZIBO_UNITS);

      // Filled by exceljs (not the project's writer), uploaded, accepted, added.
      const filled = await fillWithExcelJs(tpl.bytes, {
        '370303': { penalty_cases: 9, publicity_events: 12 },
        '370302': { penalty_cases: 12, publicity_events: 7 },
      });
      const xlsxPath = join(dir, '淄博填报.xlsx');
      writeFileSync(xlsxPath, filled);
      await page.locator('[data-testid=report-files]').setInputFiles(xlsxPath);
      await page.locator('[data-testid=review-item]').nth(1).waitFor({ timeout: 60000 });
      assert.equal(await page.locator('[data-testid=review-item]').count(), 2);
      await page.click('[data-testid=accept-file]');
      await page.click('[data-testid=add-to-dataset]');
      await page.locator('[data-testid=merge-ok]').waitFor();

      // A district's report: placed by the region table at 临淄区, a unit of this dataset.
      const reportPath = join(dir, '临淄区2025年法治政府建设情况报告.txt');
      writeFileSync(reportPath, REPORT);
      await page.locator('[data-testid=report-files]').setInputFiles(reportPath);
      const item = page.locator('[data-testid=review-item][data-file="临淄区2025年法治政府建设情况报告.txt"]');
      await item.waitFor({ timeout: 60000 });
      await item.click();
      assert.equal(await page.locator('[data-testid=unit-code]').inputValue(), '370305');
      await page.click('[data-testid=accept-all]');
      await page.click('[data-testid=add-to-dataset]');
      await page.locator('[data-testid=merge-ok]', { hasText: '已加入 1 份文件' }).waitFor();
      assert.match(await pickerValue(page), /^upload:/);

      const checkFigures = async () => {
        // Overview of 淄博 2025: the template's and the report's penalty cases together, with the report's words.
        await page.goto(`${base}#/overview?scope=370300&year=2025`);
        const penalties = page.locator('article.kpi[data-kpi=penalties]');
        await penalties.locator('.kpi-value', { hasText: '44 件' }).waitFor();
        await penalties.locator('.kpi-evidence summary').click();
        const quotes = await penalties.locator('.evidence-item blockquote').allInnerTexts();
        assert.ok(
          quotes.some((q) => q.includes('办理行政处罚案件23件')),
          quotes.join(' | '),
        );
        // The league ranks the three units that have figures.
        await page.goto(`${base}#/league?year=2025`);
        for (const name of ['张店区', '淄川区', '临淄区']) await page.locator('main tbody tr', { hasText: name }).first().waitFor();
        // The unit page keeps the quotes.
        await page.goto(`${base}#/units/370305?year=2025`);
        await page.locator('h1', { hasText: '临淄区' }).waitFor();
        await page.locator('blockquote', { hasText: '办理行政处罚案件23件' }).first().waitFor();
      };
      await checkFigures();
      await screenshot(page, 'datasets-zibo-unit');

      // Reload: all of it still there.
      await page.reload();
      await page.locator('header.app-header .dataset-badge').waitFor();
      assert.match(await pickerValue(page), /^upload:/);
      await checkFigures();

      // To the demo and back.
      await page.selectOption('select[data-testid=dataset-picker]', 'embedded:demo');
      await page.waitForFunction(
        () => document.querySelector('header.app-header .dataset-badge')?.getAttribute('data-synthetic') === 'true',
      );
      const own = await page
        .locator('select[data-testid=dataset-picker] option', { hasText: '淄博市2025年法治建设' })
        .getAttribute('value');
      assert.ok(own);
      await page.selectOption('select[data-testid=dataset-picker]', own);
      await page.waitForFunction(
        () => document.querySelector('header.app-header .dataset-badge')?.getAttribute('data-synthetic') === 'false',
      );
      await checkFigures();
      await assertClean(page);
    });
  });
});

async function persistentPage(userDataDir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await watch(page, context);
  return { context, page };
}

describe('nothing the user loaded is lost', () => {
  it('an uploaded dataset and an import review survive a reload, a second tab and a browser restart', async () => {
    const profile = mkdtempSync(join(dir, 'profile-'));
    const seeds = readFileSync('public/data/seeds.json');
    const reportPath = join(dir, '临淄区报告.txt');
    writeFileSync(reportPath, REPORT);

    const expectKept = async (page: Page, when: string) => {
      await page.goto(`${base}#/import`);
      await page.locator('header.app-header .dataset-badge').waitFor();
      assert.match(await pickerValue(page), /^upload:/, `${when}: the uploaded dataset is on screen`);
      assert.equal(await page.locator('header.app-header .dataset-badge').getAttribute('data-synthetic'), 'false', when);
      await page.locator('[data-testid=remove-upload]', { hasText: 'my-seeds.json' }).waitFor();
      await page.locator('[data-testid=review-item][data-file="临淄区报告.txt"]').waitFor();
      assert.equal(
        await page.locator('[data-testid=review-item]').getAttribute('data-status'),
        'confirm_unit',
        `${when}: the review is kept as it was`,
      );
    };

    let { context, page } = await persistentPage(profile);
    try {
      await page.goto(`${base}#/import`);
      await page.locator('header.app-header .dataset-badge').waitFor();
      await page
        .locator('[data-testid=dataset-file]')
        .setInputFiles({ name: 'my-seeds.json', mimeType: 'application/json', buffer: seeds });
      await page.locator('[data-testid=upload-ok]').waitFor();
      // A report of 临淄区 (山东) against the seeds (河南, 山西): placed, flagged, not added.
      await page.locator('[data-testid=report-files]').setInputFiles(reportPath);
      await page.locator('[data-testid=review-item][data-file="临淄区报告.txt"]').waitFor({ timeout: 60000 });
      const placement = page.locator('[data-testid=placement]');
      await placement.waitFor();
      assert.equal(await placement.getAttribute('data-other-province'), 'true');
      assert.match(await placement.innerText(), /山东省 淄博市 临淄区（370305），与当前数据集不是同一个省/);
      assert.equal(await page.locator('[data-testid=unit-code]').inputValue(), '', 'not silently added');
      await screenshot(page, 'datasets-placement-other-province');

      await page.reload();
      await expectKept(page, 'after a reload');

      const second = await context.newPage();
      await watch(second, context);
      await expectKept(second, 'in a second tab');
      await assertClean(second);
      await second.close();
      await assertClean(page);
    } finally {
      await context.close();
    }

    ({ context, page } = await persistentPage(profile));
    try {
      await expectKept(page, 'after a browser restart');
      // One click adds it with its city and province; the figures go in.
      await page.click('[data-testid=placement-add]');
      assert.equal(await page.locator('[data-testid=unit-code]').inputValue(), '370305');
      await page.click('[data-testid=accept-all]');
      await page.click('[data-testid=add-to-dataset]');
      await page.locator('[data-testid=merge-ok]').waitFor();
      await page.goto(`${base}#/units/370305?year=2025`);
      await page.locator('h1', { hasText: '临淄区' }).waitFor();

      // Removing is confirmed, with a last download offered.
      await page.goto(`${base}#/import`);
      await page.click('[data-testid=remove-upload]');
      const confirm = page.locator('[data-testid=remove-confirm]');
      assert.match(await confirm.innerText(), /删除后不能恢复/);
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=remove-download]')]);
      const { parseDataset } = await import('../../src/contract/validate.ts');
      const parsed = parseDataset(JSON.parse(readFileSync(await dl.path(), 'utf8')));
      assert.ok(parsed.ok && parsed.dataset.units.some((u) => u.code === '370305'), 'the last download holds what was added');
      await page.click('[data-testid=remove-yes]');
      await page.waitForFunction(
        () => (document.querySelector('select[data-testid=dataset-picker]') as HTMLSelectElement | null)?.value === 'embedded:demo',
      );
      await assertClean(page);
    } finally {
      await context.close();
    }
  });
});
