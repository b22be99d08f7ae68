/**
 * Every export format opened by software that is not the project's own (issue 24): each chart's
 * SVG on the overview, the league and the heatmap (the tile map's among them, malformed until
 * its font names were quoted inside style="…") drawn by Chromium as an image and by ImageMagick,
 * with ink in the chart's area, not just the title; each chart's PNG identified by ImageMagick;
 * the league's CSV and XLSX read by exceljs; the page's ZIP tested by unzip and its
 * pictures identified. (The Word briefing and the PowerPoint deck are opened by LibreOffice in
 * briefing.e2e.ts; the fill-in template by exceljs in datasets.e2e.ts.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { ARTIFACTS, assertClean, baseUrl, closeBrowser, closeSharedServer, waitForCharts, withPage } from './browser.ts';

let base = '';
let dir = '';
before(async () => {
  base = await baseUrl();
  dir = mkdtempSync(join(tmpdir(), 'fazhi-export-parsers-'));
  mkdirSync(join(ARTIFACTS, 'exports'), { recursive: true });
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
  await closeSharedServer();
});

async function download(page: Page, open: string, item: string): Promise<{ name: string; path: string; bytes: Buffer }> {
  await page.click(open);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click(item)]);
  const path = join(dir, dl.suggestedFilename());
  await dl.saveAs(path);
  const bytes = readFileSync(path);
  writeFileSync(join(ARTIFACTS, 'exports', dl.suggestedFilename()), bytes);
  return { name: dl.suggestedFilename(), path, bytes };
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** ImageMagick: the file's format and size, and the mean brightness (0 black … 1 white) of its lower part. */
function magick(path: string, format: string): { format: string; width: number; height: number; lowerMean: number } {
  const [fmt, w, h] = run('identify', ['-format', '%m %w %h\n', `${format}:${path}`])
    .trim()
    .split('\n')[0]
    ?.split(' ') ?? ['', '0', '0'];
  const width = Number(w);
  const height = Number(h);
  // The chart is below the document's title band: its lower four fifths.
  const top = Math.round(height / 5);
  const mean = Number(
    run('convert', [
      `${format}:${path}`,
      '-background',
      'white',
      '-flatten',
      '-crop',
      `${width}x${height - top}+0+${top}`,
      '-colorspace',
      'Gray',
      '-format',
      '%[fx:mean]',
      'info:',
    ]),
  );
  return { format: fmt ?? '', width, height, lowerMean: mean };
}

/** Chromium: the SVG as an image (a page without the app's CSP), and the share of non-white pixels below its title band. */
async function chromiumDraws(page: Page, svg: string): Promise<{ ok: boolean; width: number; height: number; ink: number }> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (text) => {
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      const img = new Image();
      const ok = await new Promise<boolean>((resolve) => {
        img.onload = () => resolve(true);
        img.onerror = () => resolve(false);
        img.src = url;
      });
      if (!ok || img.naturalWidth === 0) return { ok: false, width: 0, height: 0, ink: 0 };
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) return { ok: false, width: 0, height: 0, ink: 0 };
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0);
      const top = Math.round(canvas.height / 5);
      const data = ctx.getImageData(0, top, canvas.width, canvas.height - top).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4)
        if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235) ink++;
      return { ok: true, width: canvas.width, height: canvas.height, ink: ink / (data.length / 4) };
    }, svg);
  } finally {
    await blank.close();
  }
}

async function chartIds(page: Page): Promise<string[]> {
  return page.locator('.echart-host .echart').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart') ?? ''));
}

async function everyChartOpens(page: Page, minCharts: number): Promise<string[]> {
  await waitForCharts(page, minCharts);
  await page.waitForFunction((n) => document.querySelectorAll('.echart-host [data-testid^="export-"]').length >= n, minCharts);
  const ids = (await chartIds(page)).filter(Boolean);
  assert.ok(ids.length >= minCharts, `${ids.length} charts`);
  for (const id of ids) {
    await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
    const svg = await download(page, `[data-testid="export-${id}"]`, '[data-export="svg"]');
    const text = svg.bytes.toString('utf8');
    const drawn = await chromiumDraws(page, text);
    assert.ok(drawn.ok, `${id}: Chromium loads the SVG as an image`);
    assert.ok(drawn.ink > 0.01, `${id}: Chromium draws the chart, not only the title (${(drawn.ink * 100).toFixed(1)} % ink)`);
    const im = magick(svg.path, 'svg');
    assert.equal(im.format, 'SVG', `${id}: ImageMagick reads it as SVG`);
    assert.ok(im.width > 100 && im.height > 100, `${id}: ImageMagick size ${im.width}×${im.height}`);
    assert.ok(im.lowerMean < 0.995, `${id}: ImageMagick draws the chart (mean ${im.lowerMean.toFixed(4)})`);
    const png = await download(page, `[data-testid="export-${id}"]`, '[data-export="png-16x9-1"]');
    const p = magick(png.path, 'png');
    assert.deepEqual([p.format, p.width, p.height], ['PNG', 1600, 900], `${id}: ImageMagick identifies the PNG`);
    console.log(
      `# ${id}: SVG ${(svg.bytes.length / 1024).toFixed(0)} KB, Chromium ink ${(drawn.ink * 100).toFixed(1)} %, ImageMagick mean ${im.lowerMean.toFixed(3)}; PNG ${p.width}×${p.height}`,
    );
  }
  return ids;
}

describe('every export opens in software that is not ours', () => {
  it('overview: every chart’s SVG (the tile map’s too) drawn by Chromium and ImageMagick, every PNG identified', async () => {
    await withPage(
      `${base}#/overview?year=2025`,
      { name: 'export-parsers-overview', viewport: { width: 1440, height: 900 } },
      async (page) => {
        const ids = await everyChartOpens(page, 6);
        assert.ok(ids.includes('overview-map'), 'the tile map is among them');
        await assertClean(page);
      },
    );
  });

  it('heatmap and league map: their SVGs and PNGs', async () => {
    await withPage(
      `${base}#/weaknesses?year=2025`,
      { name: 'export-parsers-weaknesses', viewport: { width: 1440, height: 900 } },
      async (page) => {
        await everyChartOpens(page, 1);
        await assertClean(page);
      },
    );
  });

  it('league: CSV and XLSX read by exceljs with the ranks on screen', async () => {
    await withPage(`${base}#/league?year=2025`, { name: 'export-parsers-league', viewport: { width: 1440, height: 900 } }, async (page) => {
      await page.locator('[data-testid=export-csv]').waitFor();
      const first = (await page.locator('table tbody tr').first().innerText()).replace(/\s+/g, ' ');
      const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
      const csvPath = join(dir, csvDl.suggestedFilename());
      await csvDl.saveAs(csvPath);
      const csvBook = new ExcelJS.Workbook();
      const csvSheet = await csvBook.csv.read(Readable.from(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '')));
      assert.ok(csvSheet.rowCount > 10, `CSV rows ${csvSheet.rowCount}`);
      const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
      const xlsxPath = join(dir, xlsxDl.suggestedFilename());
      await xlsxDl.saveAs(xlsxPath);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsxPath);
      const sheet = book.worksheets[0];
      assert.ok(sheet && sheet.rowCount > 10, 'XLSX has the league');
      // The first unit on screen is in both files.
      const unit = /^\S+\s+(\S+)/.exec(first)?.[1] ?? '';
      const inCsv = csvSheet.getSheetValues().some((row) => Array.isArray(row) && row.some((c) => String(c ?? '').includes(unit)));
      const inXlsx = sheet.getSheetValues().some((row) => Array.isArray(row) && row.some((c) => String(c ?? '').includes(unit)));
      assert.ok(unit && inCsv && inXlsx, `${unit} in the CSV and the XLSX`);
      await assertClean(page);
    });
  });

  it('the whole page as a ZIP passes unzip -t and its pictures are PNGs ImageMagick identifies', async () => {
    await withPage(`${base}#/overview?year=2025`, { name: 'export-parsers-zip', viewport: { width: 1440, height: 900 } }, async (page) => {
      await waitForCharts(page, 6);
      const zip = await download(page, '[data-testid="export-screen"]', '[data-testid="export-screen-zip"]');
      // Info-ZIP checks every entry's CRC. (Its names come out garbled under Debian's build even
      // with the archive's UTF-8 flag set, so the pictures are taken out with fflate.)
      run('unzip', ['-tq', zip.path]);
      const entries = Object.entries(unzipSync(new Uint8Array(zip.bytes))).filter(([name]) => name.endsWith('.png'));
      assert.ok(entries.length >= 6, `pictures in the ZIP (${entries.length})`);
      for (const [i, [name, bytes]] of entries.entries()) {
        const f = join(dir, `zip-${i}.png`);
        writeFileSync(f, bytes);
        const p = magick(f, 'png');
        assert.equal(p.format, 'PNG', name);
        assert.ok(p.lowerMean < 0.995, `${name}: a picture with a chart in it`);
      }
      await assertClean(page);
    });
  });
});
