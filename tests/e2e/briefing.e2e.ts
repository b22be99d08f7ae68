/**
 * The briefing and the deck opened by real office software: the Word briefing (.docx) and the
 * PowerPoint deck (.pptx) are built in Chromium from the production build, then LibreOffice
 * converts both to PDF in one call. Checked: an A4 document of a few pages with the title, the
 * written analysis, numbered figures, the league table and the appendix, its numbers as on
 * screen; the deck's line and bar charts as real c:chart parts with their numbers, drawn in the
 * PDF; hostile names as text. The first pages are saved as PNG in the e2e artifacts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { ARTIFACTS, assertClean, baseUrl, closeBrowser, closeSharedServer, waitForCharts, withPage } from './browser.ts';
import { ensureOffice } from './ensure-office.ts';

let base = '';
const out = join(ARTIFACTS, 'briefing');
before(async () => {
  ensureOffice();
  base = await baseUrl();
  mkdirSync(out, { recursive: true });
});
after(async () => {
  await closeBrowser();
  await closeSharedServer();
});

async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.click('[data-testid="export-screen"]');
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 90000 }), page.click(`[data-testid="export-screen-${item}"]`)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/** LibreOffice → PDF for every file, in one soffice call (a start is most of the cost). */
function toPdf(files: string[], dir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { encoding: 'utf8', timeout: 180000 },
  );
  assert.equal(r.status, 0, `soffice: ${r.stderr}`);
}

const pdfText = (pdf: string, page?: number): string => {
  const args = page ? ['-f', String(page), '-l', String(page)] : [];
  return spawnSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' }).stdout;
};
/** pdftotext breaks lines and spaces CJK from digits: compare without whitespace. */
const flat = (s: string): string => s.replace(/\s+/g, '');
function pdfInfo(pdf: string): { pages: number; size: string } {
  const s = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return { pages: Number(/Pages:\s+(\d+)/.exec(s)?.[1] ?? 0), size: /Page size:\s+(.+)/.exec(s)?.[1] ?? '' };
}
function firstPagePng(pdf: string, name: string, page = 1): void {
  spawnSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(out, name)]);
}

/** Dark pixels in a page rendered as PPM (grey), within a box of fractions of the page. */
function inkOnPage(pdf: string, page: number, box: { x0: number; y0: number; x1: number; y1: number }): number {
  const r = spawnSync('pdftoppm', ['-gray', '-r', '30', '-f', String(page), '-l', String(page), pdf], { maxBuffer: 1 << 26 });
  const buf = r.stdout;
  const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString('latin1'));
  assert.ok(head, 'a PGM page');
  const w = Number(head[1]);
  const h = Number(head[2]);
  const offset = head[0].length;
  let n = 0;
  for (let y = Math.floor(box.y0 * h); y < Math.floor(box.y1 * h); y++)
    for (let x = Math.floor(box.x0 * w); x < Math.floor(box.x1 * w); x++) if ((buf[offset + y * w + x] ?? 255) < 200) n++;
  return n;
}

describe('Word briefing and deck in LibreOffice', () => {
  it('河南省 2025 (demo): an A4 briefing with analysis, figures, league table, appendix; a deck whose line and bar charts are charts', async () => {
    await withPage(`${base}#/overview?year=2025`, { name: 'briefing-demo', viewport: { width: 1440, height: 900 } }, async (page) => {
      await waitForCharts(page, 6);
      await page.waitForFunction(() => document.querySelectorAll('.echart-host [data-testid^="export-"]').length >= 6);
      const penalties = (await page.locator('[data-kpi="penalties"] .kpi-value').innerText()).replace(/\s+/g, '');
      const docx = await download(page, 'docx-all');
      const deck = await download(page, 'pptx');
      await assertClean(page);

      const dir = mkdtempSync(join(tmpdir(), 'briefing-'));
      writeFileSync(join(dir, 'briefing.docx'), docx.bytes);
      writeFileSync(join(dir, 'deck.pptx'), deck.bytes);
      writeFileSync(join(out, docx.name), docx.bytes);
      writeFileSync(join(out, deck.name), deck.bytes);
      const t0 = Date.now();
      toPdf([join(dir, 'briefing.docx'), join(dir, 'deck.pptx')], dir);
      console.log(
        `# LibreOffice converted the .docx (${(docx.bytes.length / 1024).toFixed(0)} KB) and the .pptx (${(deck.bytes.length / 1024).toFixed(0)} KB) in ${Date.now() - t0} ms`,
      );

      // The briefing.
      const bpdf = join(dir, 'briefing.pdf');
      const info = pdfInfo(bpdf);
      assert.match(info.size, /^595(\.\d+)? x 841(\.\d+)? pts/, 'A4 portrait');
      assert.ok(info.pages >= 3 && info.pages <= 14, `a few pages (${info.pages})`);
      const text = flat(pdfText(bpdf));
      for (const s of [
        '河南省2025年卫生健康法治建设情况通报',
        '演示数据',
        '一、总体情况',
        '二、主要指标完成情况',
        '三、排名情况',
        '四、存在的主要问题',
        '（一）反复出现的问题',
        '图1',
        '统计口径',
        '表1',
        '附件',
        '所用真实数据及出处',
        'SHA-256',
        '—1—',
      ]) {
        assert.ok(text.includes(s), `the PDF says ${s}`);
      }
      // The headline figure on screen is the one the briefing writes.
      const number = /[\d,.]+/.exec(penalties.replace(/^[^\d]*/, ''))?.[0] ?? '';
      assert.ok(number && text.includes(`行政处罚案件${number}件`), `penalty cases ${number} as on screen`);
      const figures = (text.match(/图\d+/g) ?? []).length;
      assert.ok(figures >= 6, `numbered figures (${figures})`);
      const xml = strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml'] ?? new Uint8Array());
      const firstTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
      // One table per ranked peer group (区, 县(市), 市 in 河南): each its top and bottom 5.
      assert.equal((firstTable.match(/<w:tr>|<w:tr /g) ?? []).length, 1 + 5 + 1 + 5, 'league table: header, top 5, gap, bottom 5');
      // The demo's quotes are generated: its appendix of real figures has no table, only the three league tables.
      assert.equal((xml.match(/<w:tbl>/g) ?? []).length, 3, 'a league table for each of 区, 县(市) and 市');
      assert.ok((xml.match(/<pic:pic/g) ?? []).length >= 6, 'charts as images');
      firstPagePng(bpdf, 'briefing-p1');
      firstPagePng(bpdf, 'briefing-p3', 3);

      // The deck.
      const parts = unzipSync(new Uint8Array(deck.bytes));
      const charts = Object.keys(parts).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
      assert.ok(charts.length >= 4, `native charts (${charts.length})`);
      for (const k of charts) {
        const c = strFromU8(parts[k] ?? new Uint8Array());
        assert.match(c, /<c:(lineChart|barChart)>/);
        assert.match(c, /<c:v>\d+(\.\d+)?<\/c:v>/, `${k} holds its numbers`);
      }
      const ppdf = join(dir, 'deck.pdf');
      const slides = pdfInfo(ppdf).pages;
      const slideXml = Object.keys(parts).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
      assert.equal(slides, slideXml.length, 'every slide in the PDF');
      const ptext = flat(pdfText(ppdf));
      assert.ok(ptext.includes('河南省演示数据（合成）'), 'the data source on the slides');
      // A native chart is drawn by LibreOffice: ink in the chart's area of its slide.
      const chartSlide =
        slideXml.map((k) => strFromU8(parts[k] ?? new Uint8Array())).findIndex((x) => x.includes('drawingml/2006/chart')) + 1;
      assert.ok(chartSlide > 0);
      const ink = inkOnPage(ppdf, chartSlide, { x0: 0.05, y0: 0.2, x1: 0.75, y1: 0.9 });
      assert.ok(ink > 300, `the chart is drawn (${ink} dark px)`);
      firstPagePng(ppdf, 'deck-chart-slide', chartSlide);
    });
  });

  it('卫滨区 (seeds): the unit briefing; hostile names as text in the .docx', async () => {
    await withPage(
      `${base}?data=data/seeds.json#/units/410703?year=2025`,
      { name: 'briefing-seeds', viewport: { width: 1440, height: 900 } },
      async (page) => {
        await page.waitForSelector('main h1');
        const docx = await download(page, 'docx');
        writeFileSync(join(out, docx.name), docx.bytes);
        const xml = strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml'] ?? new Uint8Array());
        assert.match(xml, /卫滨区2025年卫生健康法治建设情况/);
        assert.match(xml, /卫滨区在区中综合得分/);
        assert.match(xml, /查任务 82件，完成 82件/, 'the appendix quotes the report');
        await assertClean(page);
      },
    );
    await withPage(
      `${base}?data=fixtures/hostile.json#/overview?year=2025&scope=410703`,
      { name: 'briefing-hostile', viewport: { width: 1440, height: 900 } },
      async (page) => {
        await waitForCharts(page, 2);
        const docx = await download(page, 'docx-all');
        const files = unzipSync(new Uint8Array(docx.bytes));
        const xml = Object.entries(files)
          .filter(([k]) => k.endsWith('.xml'))
          .map(([, v]) => strFromU8(v))
          .join('\n');
        assert.doesNotMatch(xml, /<script|<img |<svg onload|<style>/);
        assert.match(xml, /卫滨区&lt;script&gt;window.__xss=2;alert\(2\)&lt;\/script&gt;/);
        const dir = mkdtempSync(join(tmpdir(), 'briefing-h-'));
        writeFileSync(join(dir, 'hostile.docx'), docx.bytes);
        toPdf([join(dir, 'hostile.docx')], dir);
        assert.ok(
          flat(pdfText(join(dir, 'hostile.pdf'))).includes(flat('卫滨区<script>window.__xss=2;alert(2)</script>')),
          'the name as text in the PDF',
        );
        const xss = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
        assert.equal(xss, undefined);
        await assertClean(page);
      },
    );
  });
});
