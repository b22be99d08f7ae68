/**
 * A city office's first year, told as it is, in the built app: a fresh browser creates a dataset
 * for 杭州市 (新建数据集), fills its template for the city's own row and 7 of its 13 county-level
 * units (exceljs, as a spreadsheet program would), uploads and adds it. Then every screen opens on
 * 杭州市 (not 浙江省), counts coverage against all 14 units and names the 6 that did not report,
 * ranks districts and counties each among their own and leaves the lone city unranked, shows the
 * one year as a labelled value, and the Word briefing (opened by LibreOffice) says the same, with
 * its figures' true source. Screenshots: overview, unit page and wall screen in zh/en, light/dark,
 * phone, 1080p and 4K (tests/e2e/artifacts/city-*).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { assertClean, baseUrl, closeBrowser, closeSharedServer, screenshot, withPage } from './browser.ts';
import { ensureOffice } from './ensure-office.ts';

/** The city's own row (本级) and five districts and two counties, as in the issue. */
const FILLED: Record<string, Record<string, number>> = {
  '330100': { penalty_cases: 12, training_sessions: 8, publicity_events: 15 },
  '330102': { penalty_cases: 270, random_tasks_completed: 130, random_completion_rate: 100, training_sessions: 12, publicity_events: 20 },
  '330105': { penalty_cases: 310, random_tasks_completed: 150, random_completion_rate: 98.5, training_sessions: 9, publicity_events: 14 },
  '330106': { penalty_cases: 295, random_tasks_completed: 141, random_completion_rate: 100, training_sessions: 10, publicity_events: 18 },
  '330108': { penalty_cases: 180, random_tasks_completed: 96, random_completion_rate: 97, training_sessions: 6, publicity_events: 9 },
  '330109': { penalty_cases: 330, random_tasks_completed: 170, random_completion_rate: 99, training_sessions: 11, publicity_events: 22 },
  '330122': { penalty_cases: 62, random_tasks_completed: 58, random_completion_rate: 100, training_sessions: 7, publicity_events: 11 },
  '330127': { penalty_cases: 52, random_tasks_completed: 49, random_completion_rate: 95, training_sessions: 5, publicity_events: 8 },
};
const MISSING = ['余杭区', '富阳区', '临安区', '临平区', '钱塘区', '建德市'];

let base = '';
let dir = '';
before(async () => {
  ensureOffice();
  base = await baseUrl();
  dir = mkdtempSync(join(tmpdir(), 'fazhi-city-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
  await closeSharedServer();
});

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 90000 }), click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

async function fill(bytes: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('填报');
  assert.ok(ws);
  const col = new Map<string, number>();
  ws.getRow(6).eachCell((cell, n) => col.set(String(cell.value), n));
  for (let r = 7; r <= ws.rowCount; r++) {
    const code = String(ws.getRow(r).getCell(1).value);
    if (code === '330100') assert.equal(String(ws.getRow(r).getCell(2).value), '杭州市（本级）', 'the city’s row says 本级');
    for (const [id, v] of Object.entries(FILLED[code] ?? {})) ws.getRow(r).getCell(col.get(id) ?? 0).value = v;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function pdfText(docx: Buffer): string {
  const out = mkdtempSync(join(tmpdir(), 'city-docx-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  writeFileSync(join(out, 'b.docx'), docx);
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(out, 'b.docx')],
    {
      encoding: 'utf8',
      timeout: 180000,
    },
  );
  assert.equal(r.status, 0, `soffice: ${r.stderr}`);
  return spawnSync('pdftotext', [join(out, 'b.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
}

describe('杭州市 with a partial template, in the built app', () => {
  it('opens on 杭州市, counts 8 of 14 and names the rest, ranks each level, and the briefing says so', async () => {
    await withPage(`${base}#/overview`, { name: 'city-truth', viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      await page.click('[data-testid=datasets-open]');
      await page.click('[data-testid=new-dataset-open]');
      await page.selectOption('[data-testid=new-province]', '330000');
      await page.selectOption('[data-testid=new-city]', '330100');
      await page.fill('[data-testid=new-name]', '杭州市2024年法治建设');
      assert.match(await page.locator('[data-testid=new-preview]').innerText(), /1 个市级、13 个县级单位/);
      await page.click('[data-testid=new-create]');
      await page.locator('[data-testid=new-created]', { hasText: '杭州市2024年法治建设' }).waitFor();
      await page.click('[data-testid=datasets-close]');

      await page.goto(`${base}#/import`);
      await page.locator('[data-testid=template-year]').fill('2024');
      const tpl = await download(page, () => page.click('[data-testid=template-download]'));
      const path = join(dir, '杭州市2024年填报.xlsx');
      writeFileSync(path, await fill(tpl.bytes));
      await page.locator('[data-testid=report-files]').setInputFiles(path);
      await page.locator('[data-testid=review-item]').nth(7).waitFor({ timeout: 60000 });
      await page.click('[data-testid=accept-file]');
      await page.click('[data-testid=add-to-dataset]');
      await page.locator('[data-testid=merge-ok]').waitFor();

      // The overview opens on the region the dataset is for.
      await page.goto(`${base}#/overview`);
      await page.locator('h1', { hasText: '杭州市 · 2024年' }).waitFor();
      assert.equal(await page.locator('[data-testid=filter-scope]').inputValue(), '330100');
      const coverage = page.locator('[data-testid=coverage]');
      assert.deepEqual([await coverage.getAttribute('data-reported'), await coverage.getAttribute('data-of')], ['8', '14']);
      assert.match(await coverage.innerText(), /14个单位中8个报送了2024年度数据[\s\S]*市 1\/1 · 区 5\/10 · 县\(市\) 2\/3/);
      await coverage.locator('summary').click();
      assert.deepEqual(await coverage.locator('li a').allInnerTexts(), MISSING);
      const penalties = page.locator('article.kpi[data-kpi=penalties]');
      assert.equal((await penalties.locator('.kpi-value').innerText()).replace(/\s+/g, ' '), '1,511 件');
      assert.match(await penalties.locator('.kpi-reported').innerText(), /8\/14/);
      // One year of figures: the trend says so instead of a dot in a corner.
      await page.locator('[data-testid=trend-first-year]', { hasText: '2024年是本数据集的第一年' }).first().waitFor();
      // Only 杭州市's 13 tiles: the map's table lists them and no unit outside.
      await page.locator('[data-testid=overview-map]').scrollIntoViewIfNeeded();
      await screenshot(page, 'city-overview-1080p-zh-light', true);

      // The Word briefing of the whole scope, as LibreOffice reads it.
      await page.click('[data-testid="export-screen"]');
      const docx = await download(page, () => page.click('[data-testid="export-screen-docx-all"]'));
      const text = pdfText(docx.bytes);
      for (const s of [
        '杭州市共有14个单位应报送2024年度数据（市1个、区10个、县(市)3个），已报送8个（市1个、区5个、县(市)2个），未报送6个（名单见“未报送单位”）。',
        '未报送单位（6个）',
        '区（5个）：余杭区、富阳区、临安区、临平区、钱塘区',
        '县(市)（1个）：建德市',
        '本文所用2024年数字共38项，均取自填报模板（杭州市2024年填报.xlsx）。',
        '区共10个，5个报送，5个参与排名',
        '县(市)共3个，2个报送，2个参与排名',
        '市共1个，只有杭州市报送，同级没有可比较的单位，不排名。',
        '行政处罚案件1,511件（14个单位中8个报送，上年无可比数据）。',
      ])
        assert.ok(text.includes(s), `the briefing says ${s}`);
      assert.ok(!text.includes('公开的年度报告'), 'no fixed claim of a source');

      // The deck: its title slide says who reported, its slides where the figures came from, and a
      // ranking slide ranks each level among its own.
      await page.click('[data-testid="export-screen"]');
      const deck = await download(page, () => page.click('[data-testid="export-screen-pptx"]'));
      const parts = unzipSync(new Uint8Array(deck.bytes));
      const slides = Object.keys(parts)
        .filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
        .map((k) => strFromU8(parts[k] ?? new Uint8Array()))
        .join('');
      for (const s of [
        '14个单位中8个报送了2024年度数据；未报送：余杭区、富阳区、临安区、临平区、钱塘区、建德市',
        '数据来源：填报模板（杭州市2024年填报.xlsx）',
        '区共10个，5个报送，5个参与排名',
        '市共1个，只有杭州市报送，同级没有可比较的单位，不排名。',
      ])
        assert.ok(slides.includes(s), `the deck says ${s}`);

      // The city's page: alone among cities, not ranked; its units' coverage named.
      await page.goto(`${base}#/units/330100`);
      await page.locator('[data-testid=unit-alone]').waitFor();
      assert.ok(!(await page.locator('main').innerText()).includes('第 1 名，共 1 个'));
      assert.equal(await page.locator('[data-testid=unit-coverage]').getAttribute('data-of'), '13');
      await screenshot(page, 'city-unit-1080p-zh-light', true);

      // The wall's league: each level ranked among its own, the city said to be alone.
      await page.goto(`${base}#/screen?pages=league&interval=3600`);
      await page.locator('.scr-board[data-peer=district]').waitFor();
      await page.locator('.scr-board[data-peer=county]').waitFor();
      assert.equal(await page.locator('.scr-board[data-peer=district] li').count(), 5);
      assert.equal(await page.locator('.scr-board[data-peer=county] li').count(), 2);
      assert.match(await page.locator('[data-testid=screen-league-notes]').innerText(), /只有杭州市报送/);
      assert.match(await page.locator('[data-testid=screen-coverage]').innerText(), /14个单位中8个报送 · 未报送：余杭区/);
      await screenshot(page, 'city-screen-league-1080p-zh-dark');
      await page.goto(`${base}#/screen?pages=kpi&interval=3600`);
      // A new page list on the same screen cross-fades: a reload shows the page as a wall would start it.
      await page.reload();
      await page.locator('[data-testid=screen-trend-note]').first().waitFor();
      await page.waitForTimeout(800);
      await screenshot(page, 'city-screen-kpi-1080p-zh-dark');

      // The same screens in English and light/dark, on a phone and a 4K wall.
      const shots: Array<[string, string, { width: number; height: number }]> = [
        ['city-overview-1080p-en-dark', '#/overview?lang=en&theme=dark', { width: 1920, height: 1080 }],
        ['city-overview-phone-zh-light', '#/overview', { width: 390, height: 844 }],
        ['city-unit-phone-zh-light', '#/units/330102', { width: 390, height: 844 }],
        ['city-unit-1080p-en-dark', '#/units/330100?lang=en&theme=dark', { width: 1920, height: 1080 }],
        ['city-screen-kpi-4k-en-light', '#/screen?pages=kpi&interval=3600&lang=en&theme=light', { width: 3840, height: 2160 }],
        ['city-screen-league-4k-zh-dark', '#/screen?pages=league&interval=3600', { width: 3840, height: 2160 }],
      ];
      for (const [name, hash, size] of shots) {
        await page.setViewportSize(size);
        await page.goto(`${base}${hash}`);
        await page.reload();
        await page
          .locator(hash.startsWith('#/screen') ? '.scr-canvas' : 'main h1')
          .first()
          .waitFor();
        await page.waitForTimeout(800);
        await screenshot(page, name, !hash.startsWith('#/screen'));
      }
      await assertClean(page);
    });
  });
});
