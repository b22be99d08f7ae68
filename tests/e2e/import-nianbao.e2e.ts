/**
 * A 政府信息公开年报 of the national template, SYNTHETIC (the public form's headers, invented
 * figures: src/node/extract-cli/syntheticNianbao.ts), dropped on the import screen as a saved web page
 * (with a script, a stylesheet and a remote image in it), a Word file with real tables, a PDF
 * Chromium prints from the page, and a text copy with pipe rows: each gives its 许可/处罚/强制 and
 * disclosure figures with its row as the quote, is recognised as a 年报, and nothing in the page
 * runs or loads (the app's strict CSP and the console stay clean).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import {
  SYNTHETIC_CASES,
  syntheticExpected,
  syntheticNianbaoDocumentXml,
  syntheticNianbaoHtml,
  syntheticNianbaoText,
} from '../../src/node/extract-cli/syntheticNianbao.ts';
import { assertClean, baseUrl, closeBrowser, closeSharedServer, getBrowser, screenshot, withPage } from './browser.ts';

let base = '';
let dir = '';
before(async () => {
  base = await baseUrl();
  dir = mkdtempSync(join(tmpdir(), 'fazhi-nianbao-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
  await closeSharedServer();
});

function docx(documentXml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml),
  });
}

/** The page printed by Chromium: a real text-layer PDF whose tables are positioned text. */
async function pdfOf(html: string): Promise<Buffer> {
  const ctx = await (await getBrowser()).newContext({ javaScriptEnabled: false });
  try {
    const page = await ctx.newPage();
    await page.setContent(html.replace(/<img[^>]*>/g, ''));
    return await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
  } finally {
    await ctx.close();
  }
}

async function figuresOf(page: Page, file: string): Promise<Record<string, { value: string; quote: string }>> {
  await page.locator(`[data-testid=review-item][data-file="${file}"]`).click();
  await page.locator('[data-testid=review-panel] h3', { hasText: file }).waitFor();
  const rows = page.locator('[data-testid=figure-row]');
  const out: Record<string, { value: string; quote: string }> = {};
  for (let i = 0; i < (await rows.count()); i++) {
    const r = rows.nth(i);
    const id = (await r.getAttribute('data-indicator')) ?? '';
    const value = await r.locator('[data-testid=figure-value]').inputValue();
    const quote = (await r.locator('[data-testid=figure-quote]').getAttribute('title')) ?? '';
    // The first figure of an indicator is the table's (the prose restates some).
    if (!(id in out) || /[|\n]/.test(quote)) out[id] ??= { value, quote };
  }
  return out;
}

describe('政府信息公开年报 on the import screen (SYNTHETIC figures)', () => {
  it('as a web page, a Word file, a PDF and a pipe-row text: every table figure, its row as the quote', async () => {
    const f = SYNTHETIC_CASES[1];
    assert.ok(f);
    const html = syntheticNianbaoHtml(f, 'revised');
    const files: Record<string, string | Uint8Array> = {
      '许昌市卫健委2024年报（合成）.html': html,
      '许昌市卫健委2024年报（合成）.docx': docx(syntheticNianbaoDocumentXml(f, 'revised')),
      '许昌市卫健委2024年报（合成）.pdf': await pdfOf(html),
      '许昌市卫健委2024年报（合成）.txt': syntheticNianbaoText(f, 'revised', 'pipe'),
    };
    const paths = Object.entries(files).map(([name, body]) => {
      const p = join(dir, name);
      writeFileSync(p, body);
      return p;
    });
    const expected = syntheticExpected(f, 'revised');
    await withPage(`${base}#/import`, { name: 'import-nianbao', viewport: { width: 1920, height: 1080 } }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      await page.locator('[data-testid=report-files]').setInputFiles(paths);
      await page
        .locator('[data-testid=import-summary]', { hasText: '已读取 4 个文件：4 份待审核，0 个被拒收（内容不合要求），0 个未能读取' })
        .waitFor({ timeout: 60000 });
      const got: Record<string, Record<string, string>> = {};
      for (const name of Object.keys(files)) {
        const figs = await figuresOf(page, name);
        assert.equal(await page.locator('[data-testid=report-kind]').getAttribute('data-kind'), 'disclosure_report', name);
        assert.match(
          await page.locator('[data-testid=review-panel] .muted').first().innerText(),
          /许昌市卫生健康委员会2024年政府信息公开工作年度报告/,
        );
        got[name] = Object.fromEntries(Object.keys(expected).map((k) => [k, figs[k]?.value ?? '—']));
        // Each figure quotes its row, in the characters the file has (Chromium's PDF font writes 行 as the radical ⾏).
        assert.match(figs.licence_decisions?.quote ?? '', /[行⾏]政许可[\s|]*3679/, name);
        assert.match(figs.penalty_cases?.quote ?? '', /[行⾏]政处罚[\s|]*128/, name);
        if (name.endsWith('.html')) await screenshot(page, 'import-nianbao-html');
      }
      const want = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, String(v)]));
      for (const name of Object.keys(files)) assert.deepEqual(got[name], want, name);
      // The page's script never ran, its image was never fetched: the CSP and the console are clean.
      assert.notEqual(await page.title(), 'script ran');
      await assertClean(page);
    });
  });
});
