/**
 * Reports and templates into the dataset, as a rule-of-law office would do it: drop the five seed
 * reports (text, a Word file built here, a PDF printed here by Chromium), review and accept them,
 * add them to the dataset and find their figures with their quotes on the overview and the unit
 * page; download the fill-in template, fill it by script, upload it and find its figures; and bad
 * files (a scan with no text on it, encrypted, corrupt, empty, 50 MB, another field's report) each refused by name
 * while the rest of the batch goes through.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { fillTemplate } from '../unit/features/import/fill.ts';
import { assertClean, baseUrl, closeBrowser, closeSharedServer, getBrowser, screenshot, withPage } from './browser.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');
const S000 = '000_8c6242150dbbe95b';
const S001 = '001_065932e1516d24f0';
const S002 = '002_9b08c0d94ee79cb4';
const S003 = '003_3bb6998b2e606b40';
const S004 = '004_7c599ebba73ae197';

let base = '';
let dir = '';
before(async () => {
  base = await baseUrl();
  dir = mkdtempSync(join(tmpdir(), 'fazhi-import-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
  await closeSharedServer();
});

const xmlEscape = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A minimal valid .docx: one paragraph per line of the text. */
function docxOf(text: string): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = text
    .split(/\r?\n/)
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

/** A real text-layer PDF of the text: Chromium prints a page holding it (CJK fonts embedded). */
async function pdfOf(html: string): Promise<Buffer> {
  const browser = await getBrowser();
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body>${html}</body></html>`);
    return await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
  } finally {
    await ctx.close();
  }
}

const textPage = (text: string): string =>
  `<pre style="white-space:pre-wrap;font:14px 'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif">${xmlEscape(text)}</pre>`;

/** A PDF whose security handler wants a password (the empty one does not open it). */
function encryptedPdf(): Buffer {
  const hex = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 1)}> /U <${hex(32, 2)}> /P -44 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 3)}><${hex(16, 3)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A PDF whose Chinese text uses a font that is not embedded, encoded with the predefined CMap
 * UniGB-UCS2-H (as many government PDFs are): reading it needs pdf.js's bundled CMaps.
 */
function unigbPdf(text: string, encoding = 'UniGB-UCS2-H'): Buffer {
  const ucs2 = (line: string) => [...line].map((ch) => (ch.codePointAt(0) ?? 32).toString(16).padStart(4, '0')).join('');
  // Wrapped at 48 characters a line, as a typeset page is (text beyond the page is not text).
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .flatMap((l) =>
      [...l].reduce<string[]>(
        (acc, ch, i) => (i % 48 === 0 ? [...acc, ch] : [...acc.slice(0, -1), `${acc[acc.length - 1] ?? ''}${ch}`]),
        [],
      ),
    );
  const content = `BT /F1 10 Tf 11 TL 40 810 Td ${lines.map((l) => `<${ucs2(l)}> Tj T*`).join(' ')} ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function writeFiles(sub: string, files: Record<string, string | Uint8Array>): string[] {
  const d = mkdtempSync(join(dir, `${sub}-`));
  return Object.entries(files).map(([name, body]) => {
    const path = join(d, name);
    writeFileSync(path, body);
    return path;
  });
}

async function reviewItem(page: Page, file: string) {
  const item = page.locator(`[data-testid=review-item][data-file="${file}"]`);
  await item.click();
  await page.locator(`[data-testid=review-panel] h3`, { hasText: file }).waitFor();
  return item;
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

describe('import screen', () => {
  it('five seed reports (.txt, .docx, .pdf): reviewed, accepted, added, and found with their quotes', async () => {
    const pdf = await pdfOf(textPage(seed(`${S002}.txt`)));
    const paths = writeFiles('seeds', {
      [`${S000}.txt`]: seed(`${S000}.txt`),
      [`${S001}.docx`]: docxOf(seed(`${S001}.txt`)),
      [`${S002}.pdf`]: pdf,
      [`${S003}.txt`]: seed(`${S003}.txt`),
      [`${S004}.txt`]: seed(`${S004}.txt`),
    });
    await withPage(`${base}#/import`, { name: 'import-seeds', viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      await page.locator('[data-testid=report-files]').setInputFiles(paths);
      await page
        .locator('[data-testid=import-summary]', { hasText: '已读取 5 个文件：5 份待审核，0 个被拒收（内容不合要求），0 个未能读取' })
        .waitFor({ timeout: 60000 });
      assert.equal(await page.locator('[data-testid=review-item]').count(), 5);
      assert.equal(await page.locator('[data-testid=import-failures]').count(), 0);

      // Units the demo dataset has are suggested; 黎城县 (山西) is not in it.
      const codes: Record<string, string> = {};
      for (const f of [`${S000}.txt`, `${S001}.docx`, `${S002}.pdf`, `${S003}.txt`, `${S004}.txt`]) {
        await reviewItem(page, f);
        codes[f] = await page.locator('[data-testid=unit-code]').inputValue();
      }
      assert.deepEqual(codes, {
        [`${S000}.txt`]: '410703',
        [`${S001}.docx`]: '411000',
        [`${S002}.pdf`]: '411202',
        [`${S003}.txt`]: '411523',
        [`${S004}.txt`]: '',
      });
      // 黎城县 is placed by the GB/T 2260 table (山西), flagged as another province, not added unasked.
      assert.equal(await page.locator(`[data-testid=review-item][data-file="${S004}.txt"]`).getAttribute('data-status'), 'confirm_unit');

      // The PDF's text layer was read: 湖滨 67 penalty cases.
      await reviewItem(page, `${S002}.pdf`);
      assert.ok(
        (
          await page
            .locator('[data-testid=figure-row][data-indicator=penalty_cases] [data-testid=figure-value]')
            .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
        ).includes('67'),
      );

      // Figure ⇄ highlight, both ways, on 卫滨.
      await reviewItem(page, `${S000}.txt`);
      const row = page.locator('[data-testid=figure-row][data-indicator=penalty_cases]').first();
      const fig = (await row.getAttribute('data-fig')) ?? '';
      await row.locator('[data-testid=figure-quote]').click();
      const mark = page.locator(`[data-testid=report-text] mark.hl-selected`).first();
      await mark.waitFor();
      assert.match(
        await page
          .locator('[data-testid=report-text] mark.hl-selected')
          .allInnerTexts()
          .then((t) => t.join('')),
        /14\s*件/,
      );
      assert.match((await mark.getAttribute('class')) ?? '', /hl-flash/);
      const other = page.locator('[data-testid=report-text] mark[data-fig]:not(.hl-selected)').first();
      const otherFig = (await other.getAttribute('data-fig')) ?? '';
      await other.click();
      await page.locator(`[data-testid=figure-row][data-fig="${otherFig}"].selected`).waitFor();
      assert.equal(await page.locator(`[data-testid=figure-row][data-fig="${fig}"].selected`).count(), 0);

      // Correct one figure, reject one, then accept the rest.
      const fines = page.locator('[data-testid=figure-row][data-indicator=fines_yuan]').first();
      assert.equal(await fines.locator('[data-testid=figure-value]').inputValue(), '53364');
      await fines.locator('[data-testid=figure-value]').fill('十二');
      await fines.locator('.field-error', { hasText: '应为不小于 0 的数字' }).waitFor();
      assert.equal(await fines.locator('[data-testid=accept]').isDisabled(), true, 'a bad value cannot be accepted');
      await fines.locator('[data-testid=figure-value]').fill('53364');
      const firstRow = page.locator('[data-testid=figure-row]').first();
      await firstRow.locator('[data-testid=reject]').click();
      assert.equal(await firstRow.getAttribute('data-decision'), 'rejected');
      await page.locator('[data-testid=accept-all]').click();
      assert.equal(await firstRow.getAttribute('data-decision'), 'rejected', 'accept all leaves a rejection');
      assert.equal(await row.getAttribute('data-decision'), 'accepted');

      for (const f of [`${S001}.docx`, `${S002}.pdf`, `${S003}.txt`]) {
        await reviewItem(page, f);
        await page.locator('[data-testid=accept-all]').click();
      }
      // 黎城县: type its code; the province comes from the code.
      await reviewItem(page, `${S004}.txt`);
      await page.locator('[data-testid=unit-code]').fill('140426');
      await page.locator('.note-info', { hasText: '代码 140426 不在当前数据集中' }).waitFor();
      assert.equal(await page.locator('[data-testid=unit-name]').inputValue(), '黎城县');
      await page.locator('[data-testid=accept-all]').click();

      // Reload: nothing reviewed is lost.
      await page.reload();
      await page.locator('[data-testid=review-item]').nth(4).waitFor();
      assert.deepEqual(
        await page.locator('[data-testid=review-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
        ['ready', 'ready', 'ready', 'ready', 'ready'],
      );
      await reviewItem(page, `${S000}.txt`);
      assert.equal(await page.locator('[data-testid=figure-row]').first().getAttribute('data-decision'), 'rejected');
      await screenshot(page, 'import-review-zh');
      await page.goto(`${base}#/import?lang=en`);
      await page.locator('[data-testid=review-item]').nth(4).waitFor();
      await reviewItem(page, `${S000}.txt`);
      await page.locator('[data-testid=accept-all]', { hasText: 'Accept all' }).waitFor();
      await screenshot(page, 'import-review-en');
      await page.goto(`${base}#/import`);
      await page.locator('[data-testid=review-item]').nth(4).waitFor();

      // The demo's synthetic figures for the same unit-years differ from the reports': each is a
      // conflict, shown before anything is added; the office keeps the reports' values.
      const add = page.locator('[data-testid=add-to-dataset]', { hasText: '5 份' });
      assert.ok(await add.isDisabled(), 'no add while conflicts are open');
      assert.ok((await page.locator('[data-testid=conflict]').count()) > 10);
      await page.click('[data-testid=conflicts-keep-incoming]');
      assert.equal(await page.locator('[data-testid=merge-unresolved]').count(), 0);
      await add.click();
      const ok = page.locator('[data-testid=merge-ok]');
      await ok.waitFor();
      assert.match(await ok.innerText(), /已加入 5 份文件：新增 \d+ 项数字，确认 \d+ 项，不一致 [1-9]\d* 项已按您的选择处理；0 份仅存档/);
      assert.match(await page.locator('select[data-testid=dataset-picker]').inputValue(), /^upload:/);
      assert.deepEqual(
        await page.locator('[data-testid=review-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
        ['added', 'added', 'added', 'added', 'added'],
      );

      // The merged dataset downloads and passes the contract.
      const json = await download(page, 'download-dataset');
      const { parseDataset } = await import('../../src/contract/validate.ts');
      const parsed = parseDataset(JSON.parse(json.bytes.toString('utf8')));
      assert.ok(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.problems));
      assert.equal(parsed.dataset.meta.id, 'demo+import');
      assert.ok(parsed.dataset.documents?.some((d) => d.id === `${S002}.pdf`));

      // The overview of 卫滨区 2025: 14 cases, with the report's own words.
      await page.goto(`${base}#/overview?scope=410703&year=2025`);
      const penalties = page.locator('article.kpi[data-kpi=penalties]');
      await penalties.locator('.kpi-value', { hasText: '14 件' }).waitFor();
      await penalties.locator('.kpi-evidence summary').click();
      const quotes = await penalties.locator('.evidence-item blockquote').allInnerTexts();
      assert.ok(
        quotes.some((q) => /办理行政处罚案件\s*14件/.test(q)),
        quotes.join(' | '),
      );
      assert.ok(
        (await penalties.locator('.evidence-doc').allInnerTexts()).some((d) => d.includes('卫滨')),
        'the document is named',
      );
      await screenshot(page, 'import-overview-410703');

      // The unit page carries the quotes too; the PDF report's figures as well.
      await page.goto(`${base}#/units/410703?year=2025`);
      await page
        .locator('blockquote', { hasText: /办理行政处罚案件\s*14件/ })
        .first()
        .waitFor();
      await page.goto(`${base}#/units/411202?year=2025`);
      await page
        .locator('main')
        .getByText(/67\s*件/)
        .first()
        .waitFor();
      await page.goto(`${base}#/units/140426?year=2025`);
      await page.locator('h1', { hasText: '黎城县' }).waitFor();

      // Added reports stay on record after a reload, and can be cleared.
      await page.goto(`${base}#/import`);
      await page.locator('[data-testid=clear-added]').click();
      await page.locator('[data-testid=review]').waitFor({ state: 'detached' });
      await assertClean(page);
    });
  });

  it('the fill-in template: downloaded, filled by script, uploaded, reviewed and found; a text in a number cell is refused with its cell', async () => {
    await withPage(`${base}#/import`, { name: 'import-template', viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      const tpl = await download(page, 'template-download');
      assert.match(tpl.name, /^填报模板_.*_2025\.xlsx$/);
      const { readXlsx } = await import('../../src/extract/templateXlsx.ts');
      const sheet = readXlsx(new Uint8Array(tpl.bytes))[0];
      assert.ok(sheet);
      const header = new Map<string, string>();
      for (const c of sheet.cells.values()) if (c.row === 6) header.set(c.text, c.ref.replace(/\d+$/, ''));
      const rowOf = new Map<string, number>();
      for (const c of sheet.cells.values()) if (c.col === 0 && c.row >= 7) rowOf.set(c.text, c.row);
      const pen = header.get('penalty_cases');
      const rate = header.get('random_completion_rate');
      const r721 = rowOf.get('410721');
      const r703 = rowOf.get('410703');
      assert.ok(pen && rate && r721 && r703, 'template has the columns and rows');
      assert.equal(rowOf.has('410171'), false, 'no development zone rows');

      const good = fillTemplate(new Uint8Array(tpl.bytes), { [`${pen}${r721}`]: 9, [`${rate}${r721}`]: '100', [`${pen}${r703}`]: 21 });
      const bad = fillTemplate(new Uint8Array(tpl.bytes), { [`${pen}${r721}`]: '十二' });
      const [goodPath, badPath] = [
        ...writeFiles('tpl-good', { '填报模板.xlsx': good }),
        ...writeFiles('tpl-bad', { '填报模板.xlsx': bad }),
      ];

      await page.locator('[data-testid=report-files]').setInputFiles(badPath ?? '');
      const problem = page.locator('[data-testid=template-problem]');
      await problem.waitFor();
      assert.equal(
        await problem.innerText(),
        `填报模板.xlsx 工作表“填报” 单元格 ${pen}${r721}（新乡县（410721），行政处罚案件）：应为数字，实为“十二”`,
      );
      assert.equal(await page.locator('[data-testid=review]').count(), 0, 'nothing from the refused template');

      await page.locator('[data-testid=report-files]').setInputFiles(goodPath ?? '');
      await page.locator('[data-testid=review-item]').nth(1).waitFor();
      assert.equal(await page.locator('[data-testid=review-item]').count(), 2);
      // One click accepts every unit row of the template.
      await page.locator('[data-testid=accept-file]', { hasText: '全部接受本模板（2 个单位）' }).click();
      assert.deepEqual(
        await page.locator('[data-testid=review-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
        ['ready', 'ready'],
      );
      await page.locator('[data-testid=report-text] mark').first().waitFor();
      assert.match(
        await page.locator('[data-testid=report-text]').innerText(),
        new RegExp(`模板 填报模板\\.xlsx 工作表 填报 单元格 ${pen}\\d+`),
      );
      // The demo has synthetic figures for both rows: the template's values are kept.
      await page.click('[data-testid=conflicts-keep-incoming]');
      await page.locator('[data-testid=add-to-dataset]').click();
      await page.locator('[data-testid=merge-ok]').waitFor();

      await page.goto(`${base}#/overview?scope=410721&year=2025`);
      const penalties = page.locator('article.kpi[data-kpi=penalties]');
      await penalties.locator('.kpi-value', { hasText: '9 件' }).waitFor();
      await penalties.locator('.kpi-evidence summary').click();
      assert.deepEqual(await penalties.locator('.evidence-item blockquote').allInnerTexts(), [
        `模板 填报模板.xlsx 工作表 填报 单元格 ${pen}${r721}`,
      ]);
      await page.goto(`${base}#/overview?scope=410703&year=2025`);
      await page.locator('article.kpi[data-kpi=penalties] .kpi-value', { hasText: '21 件' }).waitFor();

      // In English, the same refusal names the cell too.
      await page.goto(`${base}#/import?lang=en`);
      await page.locator('[data-testid=report-files]').setInputFiles(badPath ?? '');
      await page
        .locator('[data-testid=template-problem]', {
          hasText: `填报模板.xlsx sheet “填报” cell ${pen}${r721} (新乡县（410721）, Penalty cases): expected a number, got “十二”`,
        })
        .waitFor();
      await assertClean(page);
    });
  });

  it('bad files are each refused by name; the rest of the batch is still read', async () => {
    const scanned = await pdfOf('<div style="width:600px;height:800px;background:linear-gradient(#888,#ccc)"></div>');
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const paths = writeFiles('bad', {
      '扫描件.pdf': scanned,
      '加密.pdf': encryptedPdf(),
      '损坏.docx': Buffer.from('PK\u0003\u0004 this is not really a zip', 'latin1'),
      '损坏.pdf': Buffer.from('not a pdf at all, just words', 'utf8'),
      '损坏.jpg': Buffer.from('not a photo at all, just words', 'utf8'),
      '空文件.txt': '',
      '超大.pdf': big,
      '教育局总结.txt':
        '某县教育局2025年工作总结\n今年，我局坚持立德树人，推进义务教育优质均衡发展，改善办学条件，加强教师队伍建设，课后服务实现全覆盖。\n',
      '旧版.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      [`${S003}.txt`]: seed(`${S003}.txt`),
      '黎城-宋体.pdf': unigbPdf(seed(`${S004}.txt`)),
      // UniGB-UCS2-V is one of the CMaps small enough to be inlined by the build (a data: URL).
      '新县-竖排.pdf': unigbPdf(seed(`${S003}.txt`), 'UniGB-UCS2-V'),
    });
    await withPage(`${base}#/import`, { name: 'import-bad' }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      await page.locator('[data-testid=report-files]').setInputFiles(paths);
      await page
        .locator('[data-testid=import-summary]', { hasText: '已读取 12 个文件：3 份待审核，1 个被拒收（内容不合要求），8 个未能读取' })
        .waitFor({ timeout: 60000 });
      const failures = await page
        .locator('[data-testid=import-failure]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-code'), (e as HTMLElement).innerText]));
      const byFile = new Map(failures.map(([f, code, text]) => [f ?? '', { code, text: text ?? '' }]));
      const expect: Record<string, [string, string]> = {
        // No text layer: read by OCR, which finds no text on a gradient either.
        '扫描件.pdf': ['no_text_read', '扫描件.pdf：已逐页做 OCR 文字识别，但没有识别出文字'],
        '加密.pdf': ['encrypted', '加密.pdf：PDF 已加密'],
        '损坏.docx': ['corrupt', '损坏.docx：文件已损坏'],
        '损坏.pdf': ['corrupt', '损坏.pdf：文件已损坏'],
        '损坏.jpg': ['corrupt', '损坏.jpg：文件已损坏'],
        '空文件.txt': ['empty', '空文件.txt：文件是空的'],
        '超大.pdf': ['too_large', '超大.pdf：文件过大（50 MB），超过 30 MB 的上限，未读取'],
        '教育局总结.txt': ['not_report', '教育局总结.txt：既没有找到卫生健康部门'],
        '旧版.doc': ['legacy_doc', '旧版.doc：这是旧版 Word 文件'],
      };
      for (const [file, [code, text]] of Object.entries(expect)) {
        const got = byFile.get(file);
        assert.equal(got?.code, code, `${file}: ${got?.text}`);
        assert.ok(got?.text.includes(text), `${file} says ${JSON.stringify(text)}: ${got?.text}`);
      }
      assert.ok(byFile.get('扫描件.pdf')?.text.includes('OCR'));
      // The good reports of the batch are under review; the PDF without embedded fonts was read through the bundled CMaps.
      assert.deepEqual(await page.locator('[data-testid=review-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-file'))), [
        `${S003}.txt`,
        '黎城-宋体.pdf',
        '新县-竖排.pdf',
      ]);
      await reviewItem(page, '黎城-宋体.pdf');
      assert.match((await page.locator('[data-testid=report-text]').innerText()).replace(/\n/g, ''), /全年共查处违法案件3起/);
      assert.ok((await page.locator('[data-testid=figure-row]').count()) > 5);
      await assertClean(page);
    });
  });
});
