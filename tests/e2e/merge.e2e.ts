/**
 * An office's year, as issue 23 found it losing figures: a new dataset for 杭州市, the fill-in
 * template for 7 of its 13 county-level units (上城区 with 16 figures, 行政处罚案件 270), then a
 * two-line report on 上城区 2024 (行政处罚案件 275, 执法培训 12). The review shows the conflict
 * (270 from the template's cell, 275 from the report's words) before anything is added; after the
 * add all 16 figures are there; the same report as .docx is flagged, not doubled; a report with no
 * figures is kept as a document; the dataset manager lists each add as a version, shows what it
 * changed, and restoring the template's version brings 270 back.
 *
 * And two tabs adding at once: both adds survive, even when neither tab has heard of the other's.
 *
 * The reports here are synthetic test texts (written for this test, not published reports).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/contract/schema.ts';
import { assertClean, baseUrl, closeBrowser, closeSharedServer, getBrowser, screenshot, watch, withPage } from './browser.ts';

let base = '';
let dir = '';
before(async () => {
  base = await baseUrl();
  dir = mkdtempSync(join(tmpdir(), 'fazhi-merge-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
  await closeSharedServer();
});

/** 上城区's 16 template figures (synthetic). */
const SHANGCHENG: Record<string, number> = {
  random_tasks_assigned: 96,
  random_tasks_completed: 96,
  random_sampled_entities: 410,
  random_completion_rate: 100,
  inspections: 388,
  site_visits: 512,
  supervised_entities: 2600,
  penalty_cases: 270,
  fines_yuan: 412000,
  collective_discussion_cases: 9,
  complaints_received: 340,
  complaints_handled_rate: 100,
  training_sessions: 12,
  trained_person_times: 420,
  publicity_events: 31,
  service_items: 5200,
};
const OTHERS: Record<string, Record<string, number>> = {
  '330105': { penalty_cases: 180, publicity_events: 20 },
  '330106': { penalty_cases: 210, training_sessions: 9 },
  '330108': { penalty_cases: 120 },
  '330109': { penalty_cases: 330, inspections: 600 },
  '330110': { penalty_cases: 290 },
  '330122': { penalty_cases: 45, publicity_events: 8 },
};
const REPORT =
  '杭州市上城区卫生健康局2024年法治政府建设情况报告（测试用合成文本）\n2024年，我局全年办理行政处罚案件275件，开展执法培训12次。\n';
const NO_FIGURES =
  '杭州市拱墅区卫生健康局2024年法治政府建设情况报告（测试用合成文本）\n2024年，我局认真学习贯彻习近平法治思想，推进依法行政。\n存在的不足：执法力量不足。\n';

const xmlEscape = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
function docxOf(text: string): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = text
    .split('\n')
    .map((line) => (line ? `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>` : '<w:p/>'))
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
  });
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

async function fillWithExcelJs(bytes: Buffer, values: Record<string, Record<string, number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('填报');
  assert.ok(ws);
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

/** The dataset on screen, as the import screen's download gives it. */
async function datasetOnScreen(page: Page): Promise<Dataset> {
  await page.goto(`${base}#/import`);
  await page.locator('[data-testid=import-target]').waitFor();
  const { bytes } = await download(page, 'download-dataset');
  return JSON.parse(bytes.toString('utf8')) as Dataset;
}

function figuresOf(ds: Dataset, unit: string, year: number): Record<string, number> {
  const r = ds.records.find((x) => x.unit === unit && x.year === year);
  const out: Record<string, number> = {};
  ds.indicators.forEach((ind, i) => {
    const v = r?.values[i];
    if (v !== null && v !== undefined) out[ind.id] = v;
  });
  return out;
}

async function createDataset(page: Page, name: string): Promise<void> {
  await page.click('[data-testid=datasets-open]');
  await page.click('[data-testid=new-dataset-open]');
  await page.locator('[data-testid=new-province]').waitFor();
  await page.selectOption('[data-testid=new-province]', '330000');
  await page.selectOption('[data-testid=new-city]', '330100');
  await page.fill('[data-testid=new-name]', name);
  await page.click('[data-testid=new-create]');
  await page.locator('[data-testid=new-created]', { hasText: name }).waitFor();
  await page.click('[data-testid=datasets-close]');
}

async function dropFiles(page: Page, files: Record<string, string | Uint8Array | Buffer>): Promise<void> {
  const d = mkdtempSync(join(dir, 'files-'));
  const paths = Object.entries(files).map(([name, body]) => {
    const p = join(d, name);
    writeFileSync(p, body);
    return p;
  });
  await page.locator('[data-testid=report-files]').setInputFiles(paths);
}

describe('merge, never replace: the 杭州市 workflow', () => {
  it('keeps every template figure, shows the conflict before adding, flags a duplicate, keeps a report with no figures, and undoes an add by a version', async () => {
    await withPage(`${base}#/overview`, { name: 'merge-hangzhou', viewport: { width: 1440, height: 900 } }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      // On the demo the import screen says where imports go and points to 新建数据集.
      await page.goto(`${base}#/import`);
      const target = page.locator('[data-testid=import-target]');
      await target.waitFor();
      assert.match(await target.innerText(), /导入到：[\s\S]*演示数据集/);
      await page.click('[data-testid=import-new-dataset]');
      await page.locator('[data-testid=new-province]').waitFor();
      await page.click('[data-testid=datasets-close]');

      await createDataset(page, '杭州市2024年法治建设');
      await page.goto(`${base}#/import`);
      assert.match(await page.locator('[data-testid=import-target]').innerText(), /导入到：杭州市2024年法治建设/);
      assert.equal(await page.locator('[data-testid=import-target-note]').count(), 0, 'no copy note on the own dataset');

      // The template of 杭州市, filled for 7 of its 13 county-level units.
      await page.locator('[data-testid=template-year]').fill('2024');
      const tpl = await download(page, 'template-download');
      assert.match(tpl.name, /杭州市2024年法治建设_2024\.xlsx$/);
      const filled = await fillWithExcelJs(tpl.bytes, { '330102': SHANGCHENG, ...OTHERS });
      await dropFiles(page, { '杭州填报2024.xlsx': filled });
      await page.locator('[data-testid=review-item]').nth(6).waitFor({ timeout: 60000 });
      assert.equal(await page.locator('[data-testid=review-item]').count(), 7);
      await page.click('[data-testid=accept-file]');
      const summary = page.locator('[data-testid=merge-summary]');
      assert.match(await summary.innerText(), /新增 26 项，确认 0 项（与已有数字一致，补充来源），不一致 0 项/);
      await page.click('[data-testid=add-to-dataset]');
      await page.locator('[data-testid=merge-ok]').waitFor();
      let ds = await datasetOnScreen(page);
      assert.deepEqual(figuresOf(ds, '330102', 2024), SHANGCHENG, 'the template’s 16 figures of 上城区');
      await page.click('[data-testid=clear-added]');

      // The two-line report on 上城区 2024, its .docx twin, and a report with no figures.
      await dropFiles(page, {
        '上城区2024年报告.txt': REPORT,
        '上城区2024年报告.docx': docxOf(REPORT),
        '拱墅区2024年报告.txt': NO_FIGURES,
      });
      await page.locator('[data-testid=review-item]').nth(2).waitFor({ timeout: 60000 });
      const status = async (file: string) => page.locator(`[data-testid=review-item][data-file="${file}"]`).getAttribute('data-status');
      assert.equal(await status('上城区2024年报告.docx'), 'duplicate');
      await page.click('[data-testid=review-item][data-file="上城区2024年报告.docx"]');
      assert.match(await page.locator('[data-testid=duplicate-note]').innerText(), /与“上城区2024年报告\.txt”内容相同/);

      await page.click('[data-testid=review-item][data-file="上城区2024年报告.txt"]');
      assert.equal(await page.locator('[data-testid=unit-code]').inputValue(), '330102');
      await page.click('[data-testid=accept-all]');
      // The conflict is shown before anything is added: both values, both sources.
      const conflict = page.locator('[data-testid=conflict]');
      await conflict.waitFor();
      assert.equal(await conflict.count(), 1);
      const text = await conflict.innerText();
      assert.match(text, /上城区 · 2024 年 · 行政处罚案件/);
      assert.match(text, /保留 270 件[\s\S]*杭州填报2024\.xlsx[\s\S]*单元格 [A-Z]+8/);
      assert.match(text, /保留 275 件[\s\S]*上城区2024年报告\.txt[\s\S]*办理行政处罚案件275件/);
      assert.ok(await page.locator('[data-testid=add-to-dataset]').isDisabled(), 'no add before a choice');
      assert.match(await summary.innerText(), /新增 0 项，确认 1 项（与已有数字一致，补充来源），不一致 1 项/);
      assert.match(await page.locator('[data-testid=merge-unresolved]').innerText(), /还有 1 处不一致未选择/);
      assert.equal(await page.locator('[data-testid=merge-tag][data-status=conflict]').count(), 1);
      assert.equal(await page.locator('[data-testid=merge-tag][data-status=confirmed]').count(), 1);
      await page.click('[data-testid=review-item][data-file="拱墅区2024年报告.txt"]');
      await page.locator('[data-testid=weakness-row] [data-testid=accept]').click();
      await page.click('[data-testid=review-item][data-file="上城区2024年报告.txt"]');

      // Screens of the review with its conflict, as a user would see them.
      await page.locator('[data-testid=conflicts]').scrollIntoViewIfNeeded();
      await screenshot(page, 'merge-review-zh', true);
      for (const [q, name] of [
        ['theme=dark', 'merge-review-zh-dark'],
        ['lang=en', 'merge-review-en'],
        ['lang=en&theme=dark', 'merge-review-en-dark'],
      ] as const) {
        await page.goto(`${base}#/import?${q}`);
        await page.locator('[data-testid=conflict]').waitFor();
        await screenshot(page, name, true);
      }
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}#/import`);
      await page.locator('[data-testid=conflict]').waitFor();
      await screenshot(page, 'merge-review-phone', true);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${base}#/import`);

      // Keep the report's 275.
      await page.click('[data-testid=conflict-keep][data-value="275"]');
      assert.ok(await page.locator('[data-testid=add-to-dataset]').isEnabled());
      await page.click('[data-testid=add-to-dataset]');
      const ok = page.locator('[data-testid=merge-ok]');
      await ok.waitFor();
      assert.match(await ok.innerText(), /已加入 2 份文件：新增 0 项数字，确认 1 项，不一致 1 项已按您的选择处理；1 份仅存档/);

      ds = await datasetOnScreen(page);
      const after = figuresOf(ds, '330102', 2024);
      assert.equal(Object.keys(after).length, 16, `上城区 keeps all 16 figures: ${JSON.stringify(after)}`);
      assert.deepEqual(after, { ...SHANGCHENG, penalty_cases: 275 });
      const rec = ds.records.find((r) => r.unit === '330102' && r.year === 2024);
      const training = rec?.evidence?.filter((e) => e.indicator === 'training_sessions') ?? [];
      assert.ok(
        training.some((e) => e.quote.startsWith('模板 杭州填报2024.xlsx')),
        'the template cell stays as evidence',
      );
      assert.ok(
        training.some((e) => e.quote === '培训12次'),
        'the report confirms it with its words',
      );
      assert.deepEqual(
        rec?.evidence?.filter((e) => e.indicator === 'penalty_cases').map((e) => e.quote),
        ['办理行政处罚案件275件'],
      );
      // The report with no figures is a document of 拱墅区 2024, with its weakness; the .docx twin was not added.
      const docs = ds.documents ?? [];
      assert.ok(
        docs.some(
          (d) => d.id === '拱墅区2024年报告.txt' && d.unit === '330105' && d.year === 2024 && /^[0-9a-f]{64}$/.test(d.contentHash ?? ''),
        ),
      );
      assert.equal(docs.filter((d) => d.id.startsWith('上城区2024年报告')).length, 1);
      assert.deepEqual(ds.records.find((r) => r.unit === '330105' && r.year === 2024)?.weaknesses, ['understaffed']);

      // The dataset manager: three versions, what the last changed, restore the template's.
      await page.click('[data-testid=datasets-open]');
      const row = page.locator('[data-testid=user-dataset]', { hasText: '杭州市2024年法治建设' });
      await row.locator('[data-testid=user-versions]').click();
      const versions = page.locator('[data-testid=version]');
      await versions.nth(2).waitFor();
      assert.deepEqual(await versions.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))), ['import', 'import', 'created']);
      assert.match(
        await versions.nth(0).innerText(),
        /上城区2024年报告\.txt、拱墅区2024年报告\.txt[\s\S]*新增 0、确认 1、不一致 1 项；仅存档 1 份/,
      );
      await versions.nth(0).locator('[data-testid=version-show]').click();
      assert.match(await versions.nth(0).locator('[data-testid=version-changes]').innerText(), /上城区 2024 年 行政处罚案件：270 → 275/);
      assert.match(
        await versions.nth(0).locator('[data-testid=version-changes]').innerText(),
        /保留 275，未采用 270（模板 杭州填报2024\.xlsx/,
      );
      await screenshot(page, 'merge-versions-zh');
      await versions.nth(1).locator('[data-testid=version-restore]').click();
      await page.locator('[data-testid=version-status]', { hasText: '已恢复到' }).waitFor();
      await versions.nth(3).waitFor();
      assert.equal(await versions.nth(0).getAttribute('data-kind'), 'restore');
      await screenshot(page, 'merge-versions-restored-zh');
      await page.click('[data-testid=datasets-close]');
      ds = await datasetOnScreen(page);
      assert.deepEqual(figuresOf(ds, '330102', 2024), SHANGCHENG, 'the template’s version is back: 270');

      for (const [q, name, w] of [
        ['theme=dark', 'merge-versions-zh-dark', 1440],
        ['lang=en', 'merge-versions-en', 1440],
        ['lang=en&theme=dark', 'merge-versions-en-dark', 1440],
        ['', 'merge-versions-phone', 390],
      ] as const) {
        await page.setViewportSize({ width: w, height: w === 390 ? 844 : 900 });
        await page.goto(`${base}#/import${q ? `?${q}` : ''}`);
        await page.locator('[data-testid=import-target]').waitFor();
        // A phone folds the header's tools behind its menu.
        if (w === 390) await page.click('button.menu-toggle');
        await page.click('[data-testid=datasets-open]');
        await page
          .locator('[data-testid=user-dataset]', { hasText: '杭州市2024年法治建设' })
          .locator('[data-testid=user-versions]')
          .click();
        await page.locator('[data-testid=version]').nth(3).waitFor();
        await page.locator('[data-testid=version-show]').first().click();
        await screenshot(page, name, w === 390);
        await page.click('[data-testid=datasets-close]');
      }
      await assertClean(page);
    });
  });
});

describe('two tabs adding at once', () => {
  it('both adds survive, even when neither tab has heard of the other', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    // The review's messages between tabs are held back, as when a tab is slow: each tab then adds
    // only its own report, and the serialised write alone must keep both.
    await context.addInitScript(`(() => {
      const Native = window.BroadcastChannel;
      window.BroadcastChannel = class extends Native {
        postMessage(m) { if (this.name !== 'fazhi-import-review') super.postMessage(m); }
      };
    })();`);
    try {
      const p1 = await context.newPage();
      await watch(p1, context);
      await p1.goto(`${base}#/overview`);
      await p1.locator('header.app-header .dataset-badge').waitFor();
      await createDataset(p1, '杭州市两个标签页');
      const p2 = await context.newPage();
      await watch(p2, context);
      for (const p of [p1, p2]) {
        await p.goto(`${base}#/import`);
        await p.locator('[data-testid=import-target]', { hasText: '杭州市两个标签页' }).waitFor();
      }
      await dropFiles(p1, { '上城区.txt': REPORT });
      await dropFiles(p2, {
        '西湖区.txt':
          '杭州市西湖区卫生健康局2024年法治政府建设情况报告（测试用合成文本）\n2024年，我局开展普法宣传活动18场，受理投诉举报案件40件。\n',
      });
      for (const [p, file] of [
        [p1, '上城区.txt'],
        [p2, '西湖区.txt'],
      ] as const) {
        await p.locator(`[data-testid=review-item][data-file="${file}"]`).waitFor({ timeout: 60000 });
        assert.equal(await p.locator('[data-testid=review-item]').count(), 1, 'each tab knows only its own report');
        await p.click('[data-testid=accept-all]');
      }
      // Both clicks at once.
      await Promise.all([p1.click('[data-testid=add-to-dataset]'), p2.click('[data-testid=add-to-dataset]')]);
      await Promise.all([p1.locator('[data-testid=merge-ok]').waitFor(), p2.locator('[data-testid=merge-ok]').waitFor()]);
      await p1.reload();
      const ds = await datasetOnScreen(p1);
      assert.deepEqual(figuresOf(ds, '330102', 2024), { penalty_cases: 275, training_sessions: 12 });
      assert.deepEqual(figuresOf(ds, '330106', 2024), { publicity_events: 18, complaints_received: 40 });
      // Each add is its own version.
      await p1.click('[data-testid=datasets-open]');
      await p1.locator('[data-testid=user-dataset]', { hasText: '杭州市两个标签页' }).locator('[data-testid=user-versions]').click();
      await p1.locator('[data-testid=version]').nth(2).waitFor();
      assert.deepEqual(await p1.locator('[data-testid=version]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))), [
        'import',
        'import',
        'created',
      ]);
      // After a reload each tab's review holds both reports, each marked added.
      await p1.goto(`${base}#/import`);
      await p1.locator('[data-testid=review-item]').nth(1).waitFor();
      assert.deepEqual(
        await p1
          .locator('[data-testid=review-item]')
          .evaluateAll((els) => els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-status')])),
        [
          ['上城区.txt', 'added'],
          ['西湖区.txt', 'added'],
        ],
      );
      await assertClean(p1);
      await assertClean(p2);
    } finally {
      await context.close();
    }
  });

  it('a review made in one tab appears in the other, and a change to the item shown there is told', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const p1 = await context.newPage();
      await watch(p1, context);
      const p2 = await context.newPage();
      await watch(p2, context);
      for (const p of [p1, p2]) {
        await p.goto(`${base}#/import`);
        await p.locator('[data-testid=import-target]').waitFor();
      }
      await dropFiles(p1, { '上城区.txt': REPORT });
      await p2.locator('[data-testid=review-item][data-file="上城区.txt"]').waitFor({ timeout: 60000 });
      await p2.click('[data-testid=review-item][data-file="上城区.txt"]');
      await p1.click('[data-testid=accept-all]');
      await p2.locator('[data-testid=changed-elsewhere]').waitFor();
      assert.deepEqual(await p2.locator('[data-testid=figure-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-decision'))), [
        'accepted',
        'accepted',
      ]);
      await assertClean(p1);
      await assertClean(p2);
    } finally {
      await context.close();
    }
  });
});

describe('storage full', () => {
  it('a dataset that could not be saved is never listed as saved, and the warning names every one', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    // The browser's quota is exhausted for datasets: IndexedDB refuses their text as a full disk does.
    await context.addInitScript(`(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        if (typeof key === 'string' && key.startsWith('user-dataset-v1:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    })();`);
    try {
      const page = await context.newPage();
      await watch(page, context);
      await page.goto(`${base}#/overview`);
      await page.locator('header.app-header .dataset-badge').waitFor();
      await createDataset(page, '杭州市甲');
      await createDataset(page, '杭州市乙');
      const warning = page.locator('[data-testid=storage-warning]');
      await warning.waitFor();
      const text = await warning.innerText();
      assert.match(text, /存储空间已满/);
      assert.match(text, /杭州市甲/, `names the earlier one too: ${text}`);
      assert.match(text, /杭州市乙/);
      await page.click('[data-testid=datasets-open]');
      for (const name of ['杭州市甲', '杭州市乙']) {
        const row = page.locator('[data-testid=user-dataset]', { hasText: name });
        assert.equal(await row.getAttribute('data-unsaved'), 'true', `${name} is listed as not saved`);
        await row.locator('[data-testid=user-dataset-unsaved]', { hasText: '未保存 · 仅本次会话' }).waitFor();
      }
      await screenshot(page, 'storage-full-manager');
      await page.click('[data-testid=datasets-close]');
      assert.match(
        await page.locator('select[data-testid=dataset-picker] option', { hasText: '杭州市甲' }).innerText(),
        /未保存，刷新后会丢失/,
      );
      // A reload: neither is there, as the warning said; nothing claims otherwise.
      await page.reload();
      await page.locator('header.app-header .dataset-badge').waitFor();
      assert.equal(await page.locator('select[data-testid=dataset-picker] option', { hasText: '杭州市' }).count(), 0);
      await assertClean(page);
    } finally {
      await context.close();
    }
  });
});
