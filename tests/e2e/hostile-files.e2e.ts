/**
 * Hostile files on #/import and in the 考核目标 panel (issue 24), in one batch each, with the
 * tab's responsiveness measured throughout (the longest gap between 100 ms timer ticks): zip
 * bombs (.docx, .xlsx template, .xlsx target sheet), a 29 MB .txt, a report pasted sixty times,
 * UTF-16 without a byte-order mark, encrypted and legacy workbooks, a template with formulas, one
 * for 2030, one with malformed XML; a good report after all of them is still read. A reading can
 * be cancelled, and a reading the page never finished is said on the next visit and not repeated.
 *
 * The encrypted files are compound files with the header and the stream names Excel and Word
 * write (EncryptionInfo, EncryptedPackage), not encrypted by Office: the reader looks no further.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { buildTemplate } from '../../src/extract/template.ts';
import { parseDataset } from '../../src/contract/validate.ts';
import { fillTemplate } from '../unit/features/import/fill.ts';
import { assertClean, baseUrl, closeBrowser, closeSharedServer, getBrowser, screenshot, watch, withPage } from './browser.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');
const S000 = '000_8c6242150dbbe95b';
const S003 = '003_3bb6998b2e606b40';

let base = '';
let dir = '';
before(async () => {
  base = await baseUrl();
  dir = mkdtempSync(join(tmpdir(), 'fazhi-hostile-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
  await closeSharedServer();
});

function writeFiles(sub: string, files: Record<string, string | Uint8Array>): string[] {
  const d = mkdtempSync(join(dir, `${sub}-`));
  return Object.entries(files).map(([name, body]) => {
    const path = join(d, name);
    writeFileSync(path, body);
    return path;
  });
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** A compound file with the given stream names in its directory (UTF-16LE, as CFB writes them). */
function compoundFile(streams: string[]): Uint8Array {
  const out = new Uint8Array(8192);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) => out.set(utf16le(name), 1024 + i * 128));
  return out;
}

const demo = (() => {
  const r = parseDataset(JSON.parse(readFileSync('public/data/demo.json', 'utf8')) as unknown);
  if (!r.ok) throw new Error('demo dataset does not parse');
  return r.dataset;
})();
const template = buildTemplate(demo, { year: 2025 });
const SHEET = 'xl/worksheets/sheet1.xml';
const withSheet = (edit: (xml: string) => string): Uint8Array => {
  const files = unzipSync(template);
  files[SHEET] = strToU8(edit(strFromU8(files[SHEET] ?? new Uint8Array())));
  return zipSync(files);
};
/** The penalty-cases cell of 卫滨区's row. */
const penCell = (() => {
  const col = demo.indicators.findIndex((i) => i.id === 'penalty_cases') + 2;
  let n = col + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  const xml = strFromU8(unzipSync(template)[SHEET] ?? new Uint8Array());
  const row = /<c r="A(\d+)"[^>]*><is><t[^>]*>410703<\/t>/.exec(xml)?.[1];
  return `${name}${row ?? '0'}`;
})();

/** The longest gap between 100 ms ticks since `startLagProbe` (ms): the tab's worst answer time. */
async function startLagProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lag: number };
    w.__lag = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__lag = Math.max(w.__lag, now - last);
      last = now;
    }, 100);
  });
}
const lagOf = (page: Page) => page.evaluate(() => (window as unknown as { __lag: number }).__lag);

async function failures(page: Page): Promise<Map<string, { code: string; text: string }>> {
  const rows = await page
    .locator('[data-testid=import-failure]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-file') ?? '', e.getAttribute('data-code') ?? '', (e as HTMLElement).innerText]),
    );
  return new Map(rows.map(([f, code, text]) => [f ?? '', { code: code ?? '', text: text ?? '' }]));
}

describe('hostile files', () => {
  it('#/import: each is refused with its reason or read correctly, the tab answering throughout, the good report after them read', async () => {
    const paths = writeFiles('batch', {
      '大文本.txt': Buffer.alloc(29 * 1024 * 1024, '卫生健康法治建设。'),
      '炸弹.docx': zipSync({ 'word/document.xml': new Uint8Array(100 * 1048576).fill(0x20) }, { level: 1 }),
      '炸弹模板.xlsx': (() => {
        const files = unzipSync(template);
        files[SHEET] = new Uint8Array(100 * 1048576).fill(0x20);
        return zipSync(files, { level: 1 });
      })(),
      '加密模板.xlsx': compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
      '加密报告.docx': compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
      '旧版模板.xlsx': compoundFile(['Root Entry', 'Workbook']),
      '公式模板.xlsx': withSheet((xml) =>
        xml.replace(new RegExp(`<c r="${penCell}"( s="\\d+")?/>`), `<c r="${penCell}"$1><f>1+1</f><v>999</v></c>`),
      ),
      '2030模板.xlsx': fillTemplate(template, { B2: 2030, [penCell]: 4 }),
      '坏XML模板.xlsx': withSheet((xml) => xml.replace('</sheetData>', '<row><c r="A"').replace('</worksheet>', '')),
      '重复六十遍.txt': Array.from({ length: 60 }, () => seed(`${S000}.txt`)).join('\n'),
      'UTF16无BOM.txt': utf16le(seed(`${S003}.txt`)),
    });
    await withPage(`${base}#/import`, { name: 'hostile-files', viewport: { width: 1440, height: 900 } }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      await startLagProbe(page);
      await page.locator('[data-testid=report-files]').setInputFiles(paths);
      await page
        .locator('[data-testid=import-summary]', { hasText: '已读取 11 个文件：2 份待审核，6 个被拒收（内容不合要求），3 个未能读取' })
        .waitFor({ timeout: 170000 });
      const lag = await lagOf(page);
      assert.ok(lag < 2000, `the tab answered within 2 s throughout (longest gap ${Math.round(lag)} ms)`);
      const got = await failures(page);
      const want: Record<string, [string, RegExp]> = {
        '大文本.txt': ['too_large', /文件过大（29 MB），超过 8 MB 的上限/],
        '炸弹.docx': ['inflated_too_large', /解压后超过 32 MB/],
        '炸弹模板.xlsx': ['template', /解压后超过 32 MB/],
        '加密模板.xlsx': ['template', /设置了打开密码（已加密）.*用密码进行加密/],
        '加密报告.docx': ['encrypted_office', /Word 文件设置了打开密码（已加密）/],
        '旧版模板.xlsx': ['template', /旧版 Excel 97–2003 工作簿/],
        '公式模板.xlsx': ['template', new RegExp(`单元格 ${penCell}（卫滨区（410703），行政处罚案件）：是公式（=1\\+1）`)],
        '2030模板.xlsx': ['template', /单元格 B2：填报年度 2030 年尚未结束/],
        '坏XML模板.xlsx': ['template', /工作簿中的 xl\/worksheets\/sheet1\.xml 不是合格的 XML/],
      };
      for (const [file, [code, text]] of Object.entries(want)) {
        assert.equal(got.get(file)?.code, code, `${file}: ${got.get(file)?.text}`);
        assert.match(got.get(file)?.text ?? '', text, file);
      }
      // Read: the report pasted sixty times (its figures once), and the UTF-16 one.
      assert.deepEqual(await page.locator('[data-testid=review-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-file'))), [
        '重复六十遍.txt',
        'UTF16无BOM.txt',
      ]);
      assert.match(await page.getByTestId('import-summary').innerText(), /行重复的文字.*只读了一次/);
      await page.locator('[data-testid=review-item][data-file="重复六十遍.txt"]').click();
      const once = await page.locator('[data-testid=figure-row]').count();
      assert.ok(once > 10 && once < 60, `the figures of one report, not sixty (${once})`);
      await page.locator('[data-testid=review-item][data-file="UTF16无BOM.txt"]').click();
      assert.match(await page.locator('[data-testid=review-panel]').innerText(), /新县/);
      await screenshot(page, 'hostile-files-import', true);
      await assertClean(page);
    });
  });

  it('a reading can be cancelled; the next file is read; a reading the page never finished is said and not repeated', async () => {
    // Long enough to be still reading when cancelled: ~900,000 characters of distinct lines.
    const long = Array.from({ length: 30000 }, (_, i) => `第${i}段：本局全年开展执法检查${i % 97}次，办理案件${i % 13}件。`).join('\n');
    const [slow] = writeFiles('slow', { '很长的总结.txt': long });
    const [good] = writeFiles('good', { [`${S003}.txt`]: seed(`${S003}.txt`) });
    assert.ok(slow && good);
    await withPage(`${base}#/import`, { name: 'hostile-cancel' }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      await page.locator('[data-testid=report-files]').setInputFiles([slow, good]);
      await page.getByTestId('import-cancel').click();
      await page
        .locator('[data-testid=import-summary]', { hasText: '已读取 2 个文件：0 份待审核，0 个被拒收（内容不合要求），2 个未能读取' })
        .waitFor({ timeout: 60000 });
      const got = await failures(page);
      assert.equal(got.get('很长的总结.txt')?.code, 'cancelled');
      assert.equal(got.get(`${S003}.txt`)?.code, 'cancelled');
      await page.locator('[data-testid=report-files]').setInputFiles([good]);
      await page.locator(`[data-testid=review-item][data-file="${S003}.txt"]`).waitFor({ timeout: 60000 });
      await assertClean(page);
    });

    // The page closes while reading (as a crash would): the next visit, in the same browser
    // profile, says so and does not read that file again.
    const context = await (await getBrowser()).newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(`${base}#/import`);
      await page.locator('header.app-header .dataset-badge').waitFor();
      await page.locator('[data-testid=report-files]').setInputFiles([slow]);
      await page.getByTestId('import-progress').waitFor();
      const next = await context.newPage();
      await watch(next, context);
      await page.close({ runBeforeUnload: false });
      // A mark no longer beating for 15 s is a page that is gone.
      await next.waitForTimeout(16000);
      await next.goto(`${base}#/import`);
      const notice = next.locator('[data-testid=import-failure][data-code=interrupted]');
      await notice.waitFor({ timeout: 20000 });
      assert.match(await notice.innerText(), /很长的总结\.txt：上次读取这个文件.*页面中断了/);
      await next.locator('[data-testid=report-files]').setInputFiles([slow]);
      await next.locator('[data-testid=import-summary]', { hasText: '1 个未能读取' }).waitFor({ timeout: 20000 });
      // Dropped again, it is refused with the same reason, not read.
      assert.deepEqual(
        await next
          .locator('[data-testid=import-failure][data-file="很长的总结.txt"]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))),
        ['interrupted', 'interrupted'],
      );
      assert.equal(await next.locator('[data-testid=review-item]').count(), 0);
      await screenshot(next, 'hostile-interrupted');
      await assertClean(next);
    } finally {
      await context.close();
    }
  });

  it('考核目标 panel: a target sheet that is a zip bomb, or encrypted, is refused with a word; the targets in use stay', async () => {
    const [bomb, encrypted] = writeFiles('targets', {
      '目标炸弹.xlsx': zipSync(
        { 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 1048576).fill(0x20) },
        { level: 1 },
      ),
      '加密目标.xlsx': compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
    });
    assert.ok(bomb && encrypted);
    await withPage(`${base}#/overview`, { name: 'hostile-targets' }, async (page) => {
      await page.getByTestId('targets-panel').locator('summary').click();
      const before = await page.getByTestId('targets-in-use').innerText();
      await startLagProbe(page);
      await page.getByTestId('targets-file').setInputFiles(bomb);
      await page.getByTestId('targets-refused').waitFor({ timeout: 30000 });
      assert.match(await page.getByTestId('targets-refused').innerText(), /文件超过 4 MB，远大于任何目标表/);
      await page.getByTestId('targets-file').setInputFiles(encrypted);
      await page.getByTestId('targets-refused').filter({ hasText: '已加密' }).waitFor();
      assert.equal(await page.getByTestId('targets-in-use').innerText(), before);
      assert.ok((await lagOf(page)) < 2000, 'the tab answered within 2 s');
      await assertClean(page);
    });
  });
});
