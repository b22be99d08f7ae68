/**
 * Exports for briefings, in Chromium against the production build (strict CSP): every chart
 * format downloaded and opened (PNG decoded here, pixel size per scale, ink in the title band;
 * SVG parsed), copy to the clipboard read back, the whole screen as a ZIP and a PowerPoint deck
 * unzipped and read, A4 landscape print of the overview, the league and a unit page, and hostile
 * names as plain text in every format.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { ARTIFACTS, assertClean, baseUrl, closeBrowser, closeSharedServer, getBrowser, waitForCharts, watch, withPage } from './browser.ts';

let base = '';
before(async () => {
  base = await baseUrl();
  mkdirSync(join(ARTIFACTS, 'exports'), { recursive: true });
});
after(async () => {
  await closeBrowser();
  await closeSharedServer();
});

// --- A small PNG decoder (8-bit RGB/RGBA, no interlace: what canvas.toBlob writes) ---------

interface Png {
  width: number;
  height: number;
  channels: number;
  pixels: Uint8Array;
  text: Map<string, string>;
}

function decodePng(buf: Buffer): Png {
  assert.deepEqual([...buf.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  let p = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  const text = new Map<string, string>();
  while (p < buf.length) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    const data = buf.subarray(p + 8, p + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'bit depth 8');
      colorType = data[9] ?? 0;
      assert.equal(data[12], 0, 'not interlaced');
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'iTXt') {
      const zero = data.indexOf(0);
      let q = zero + 3;
      q = data.indexOf(0, q) + 1; // language tag
      q = data.indexOf(0, q) + 1; // translated keyword
      text.set(data.toString('latin1', 0, zero), data.toString('utf8', q));
    }
    p += 12 + len;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  assert.ok(channels > 0, `colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const v = raw[src + x] ?? 0;
      const a = x >= channels ? (pixels[out + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[out - stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[out - stride + x - channels] ?? 0) : 0;
      let r: number;
      if (filter === 0) r = v;
      else if (filter === 1) r = v + a;
      else if (filter === 2) r = v + b;
      else if (filter === 3) r = v + ((a + b) >> 1);
      else {
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        r = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      pixels[out + x] = r & 255;
    }
  }
  return { width, height, channels, pixels, text };
}

/** Pixels in a box (logical px × ratio) that are not (near-)white. */
function inkIn(png: Png, ratio: number, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0;
  for (let y = Math.round(box.y0 * ratio); y < Math.round(box.y1 * ratio); y++) {
    for (let x = Math.round(box.x0 * ratio); x < Math.round(box.x1 * ratio); x++) {
      const i = (y * png.width + x) * png.channels;
      if ((png.pixels[i] ?? 255) < 160 && (png.pixels[i + 1] ?? 255) < 160 && (png.pixels[i + 2] ?? 255) < 160) n++;
    }
  }
  return n;
}

const pixel = (png: Png, x: number, y: number): number[] =>
  Array.from(png.pixels.subarray((y * png.width + x) * png.channels, (y * png.width + x) * png.channels + 3));

// --- Page helpers ------------------------------------------------------------------------

async function download(page: Page, open: string, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.click(open);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click(item)]);
  const bytes = readFileSync(await dl.path());
  writeFileSync(join(ARTIFACTS, 'exports', dl.suggestedFilename()), bytes);
  return { name: dl.suggestedFilename(), bytes };
}

const chartMenu = (page: Page, chartId: string, item: string) =>
  download(page, `[data-testid="export-${chartId}"]`, `[data-export="${item}"]`);
const screenMenu = (page: Page, item: 'zip' | 'pptx') =>
  download(page, '[data-testid="export-screen"]', `[data-testid="export-screen-${item}"]`);

/** Parses XML in a page without a CSP (the app's CSP would report an SVG's style attributes). */
async function parseXml(
  page: Page,
  xml: string,
  mime = 'image/svg+xml',
): Promise<{ ok: boolean; texts: string[]; scripts: number; handlers: number; metadata: string }> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      ([text, type]) => {
        const doc = new DOMParser().parseFromString(text, type as DOMParserSupportedType);
        const all = [...doc.getElementsByTagName('*')];
        return {
          ok: doc.getElementsByTagName('parsererror').length === 0,
          texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
          scripts: doc.getElementsByTagName('script').length + doc.getElementsByTagName('foreignObject').length,
          handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
          metadata: doc.getElementsByTagName('metadata')[0]?.textContent ?? '',
        };
      },
      [xml, mime] as const,
    );
  } finally {
    await blank.close();
  }
}

async function overviewCharts(page: Page): Promise<string[]> {
  await waitForCharts(page, 6);
  await page.waitForFunction(() => document.querySelectorAll('.echart-host [data-testid^="export-"]').length >= 6);
  return page.locator('.echart-host .echart').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart') ?? ''));
}

const PNG_TITLE_BAND = { x0: 24, y0: 16, x1: 300, y1: 42 };

describe('chart exports', () => {
  it('downloads PNG at 1×/2×/3× and own aspect, SVG, and copies an image: documents with title, scope, source and hash', async () => {
    await withPage(`${base}#/overview?year=2025`, { name: 'exports-chart', viewport: { width: 1440, height: 900 } }, async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
      const charts = await overviewCharts(page);
      assert.ok(charts.includes('trend-inspections'));

      for (const scale of [1, 2, 3]) {
        const t0 = Date.now();
        const file = await chartMenu(page, 'trend-inspections', `png-16x9-${scale}`);
        const ms = Date.now() - t0;
        assert.match(file.name, new RegExp(`_16x9_${scale}x_\\d{8}\\.png$`));
        const png = decodePng(file.bytes);
        assert.deepEqual([png.width, png.height], [1600 * scale, 900 * scale], `16:9 at ${scale}×`);
        const ratio = 2 * scale;
        const ink = inkIn(png, ratio, PNG_TITLE_BAND);
        assert.ok(ink > 150 * ratio * ratio, `title band has text at ${scale}× (${ink} dark pixels)`);
        assert.deepEqual(pixel(png, 2, 2), [255, 255, 255], 'white background');
        assert.match(png.text.get('Title') ?? '', /^监督检查 · /);
        // The chart's own figures' source first (read off their evidence: the demo's are generated), then the dataset.
        assert.match(png.text.get('Source') ?? '', /^数据来源：合成演示数据[\d,]+项 · 河南省演示数据（合成）/);
        const meta = JSON.parse(png.text.get('Comment') ?? '{}') as { dataset?: { sha256?: string; synthetic?: boolean }; year?: number };
        assert.match(meta.dataset?.sha256 ?? '', /^[0-9a-f]{64}$/);
        assert.equal(meta.dataset?.synthetic, true);
        assert.equal(meta.year, 2025);
        console.log(
          `# PNG 16:9 ${scale}×: ${png.width}×${png.height}, ${(file.bytes.length / 1024).toFixed(0)} KB, ${ms} ms click→download`,
        );
      }

      const own = decodePng((await chartMenu(page, 'top-weaknesses', 'png-own-2')).bytes);
      const box = await page.locator('[data-chart="top-weaknesses"]').boundingBox();
      assert.ok(box);
      assert.equal(own.width, 3200);
      assert.ok(own.height > 900 && own.height !== 1800, `own aspect height ${own.height}`);
      assert.ok(inkIn(own, 4, PNG_TITLE_BAND) > 150 * 16, 'own aspect has its title');

      const svgFile = await chartMenu(page, 'penalties-by-domain', 'svg');
      assert.match(svgFile.name, /\.svg$/);
      const svg = svgFile.bytes.toString('utf8');
      const parsed = await parseXml(page, svg);
      assert.ok(parsed.ok, 'SVG parses');
      assert.ok(parsed.texts.includes('行政处罚案件（按领域）'), 'SVG holds the title as text');
      assert.ok(
        parsed.texts.some((t) => /^数据来源：合成演示数据[\d,]+项 · 河南省演示数据（合成）/.test(t)),
        'SVG holds the source',
      );
      assert.ok(
        parsed.texts.some((t) => /数据快照 SHA-256 [0-9a-f]{12}\b/.test(t)),
        'SVG footer holds the short hash',
      );
      assert.match(JSON.parse(parsed.metadata).dataset.sha256 as string, /^[0-9a-f]{64}$/, 'full hash in <metadata>');
      assert.match(svg, /font-family="&quot;Microsoft YaHei&quot;, &quot;PingFang SC&quot;, &quot;Noto Sans CJK SC&quot;, sans-serif"/);
      assert.ok(parsed.texts.length > 10, 'axis labels are text too');

      await page.click('[data-testid="export-trend-penalties"]');
      await page.click('[data-export="copy"]');
      const status = page.locator('.chart-export-status').filter({ hasText: /复制/ }).first();
      await status.waitFor();
      const said = await status.innerText();
      if (said.startsWith('已复制')) {
        const copied = await page.evaluate(async () => {
          const items = await navigator.clipboard.read();
          const item = items[0];
          if (!item) return null;
          const blob = await item.getType('image/png');
          return { types: item.types, bytes: Array.from(new Uint8Array(await blob.arrayBuffer()).subarray(0, 24)) };
        });
        assert.ok(copied?.types.includes('image/png'));
        const head = Buffer.from(copied?.bytes ?? []);
        assert.deepEqual([head.readUInt32BE(16), head.readUInt32BE(20)], [1600, 900], 'clipboard holds the 1600×900 PNG');
      } else {
        // A browser that refuses says so in words; the test then records what it said.
        assert.match(said, /浏览器拒绝复制图片（.+）/);
        console.log(`# clipboard refused: ${said}`);
      }
      await assertClean(page);
    });
  });

  it('exports a dark screen as a light document', async () => {
    await withPage(`${base}#/overview?year=2025&theme=dark`, { name: 'exports-dark' }, async (page) => {
      await overviewCharts(page);
      const png = decodePng((await chartMenu(page, 'penalties-by-domain', 'png-16x9-1')).bytes);
      assert.deepEqual(pixel(png, 5, 5), [255, 255, 255]);
      assert.deepEqual(pixel(png, png.width - 5, png.height - 5), [255, 255, 255]);
      assert.ok(inkIn(png, 2, PNG_TITLE_BAND) > 600, 'dark title text on white');
      // The bars are the light palette's blue (#0b63b0), not the dark screen's (#5fb0f0).
      let light = 0;
      let dark = 0;
      for (let i = 0; i < png.pixels.length; i += png.channels) {
        const [r, g, b] = [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]];
        if (r === 0x0b && g === 0x63 && b === 0xb0) light++;
        if (r === 0x5f && g === 0xb0 && b === 0xf0) dark++;
      }
      assert.ok(light > 1000 && dark === 0, `light bars ${light}, dark bars ${dark}`);
      await assertClean(page);
    });
  });
});

describe('whole-screen exports', () => {
  it('ZIP: one PNG per overview chart and a manifest; PPTX: a valid 16:9 deck, a title slide, one per chart and the targets, with titles and source', async () => {
    await withPage(`${base}#/overview?year=2025`, { name: 'exports-screen', viewport: { width: 1440, height: 900 } }, async (page) => {
      const charts = await overviewCharts(page);
      const titles = await page
        .locator('.echart-host .chart-export-btn')
        .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').replace(/^导出图表：/, '')));

      const zip = await screenMenu(page, 'zip');
      assert.match(zip.name, /\.zip$/);
      const files = unzipSync(new Uint8Array(zip.bytes));
      const pngs = Object.keys(files).filter((f) => f.endsWith('.png'));
      assert.equal(pngs.length, charts.length, `one PNG per chart (${charts.length})`);
      for (const f of pngs) {
        const bytes = files[f] ?? new Uint8Array();
        const head = Buffer.from(bytes.subarray(0, 24));
        assert.deepEqual([head.readUInt32BE(16), head.readUInt32BE(20)], [3200, 1800], `${f} at 2×`);
      }
      const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
        dataset: { sha256: string; synthetic: boolean; asOf: string };
        files: Array<{ title: string }>;
        year: number;
      };
      assert.match(manifest.dataset.sha256, /^[0-9a-f]{64}$/);
      assert.equal(manifest.dataset.synthetic, true);
      assert.deepEqual(
        manifest.files.map((f) => f.title),
        titles,
      );
      const first = decodePng(Buffer.from(files[pngs[0] ?? ''] ?? new Uint8Array()));
      assert.ok(inkIn(first, 4, PNG_TITLE_BAND) > 150 * 16);

      const t0 = Date.now();
      const deck = await screenMenu(page, 'pptx');
      console.log(`# deck of ${charts.length} charts: ${Date.now() - t0} ms click→download, ${(deck.bytes.length / 1024).toFixed(0)} KB`);
      assert.match(deck.name, /\.pptx$/);
      const parts = unzipSync(new Uint8Array(deck.bytes));
      assert.ok(parts['[Content_Types].xml'] && parts['ppt/presentation.xml'], 'package parts');
      const text = (k: string) => strFromU8(parts[k] ?? new Uint8Array());
      const slides = Object.keys(parts)
        .filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
        .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
      // After the charts, every peer group ranked among its own (the briefing's 排名情况) …
      const rankingSlide = slides[charts.length + 1] ?? '';
      assert.match(text(rankingSlide), /排名情况/, 'the ranking slide after the chart slides');
      // … and the demo carries targets: the deck ends, as the Word briefing does, with who misses them.
      const targetSlides = slides.filter((k) => text(k).includes('考核目标达标情况'));
      assert.ok(targetSlides.length >= 1, 'targets slides');
      assert.deepEqual(targetSlides, slides.slice(charts.length + 2), 'after the ranking slide');
      assert.match(text(targetSlides[0] ?? ''), /个单位适用考核目标/);
      assert.match(targetSlides.map(text).join(''), /达标 \d+\/\d+，未达标 \d+ 个，差距最大的是/);
      assert.equal(slides.length, charts.length + 2 + targetSlides.length, 'title slide + one per chart + ranking + targets');
      assert.equal((text('ppt/presentation.xml').match(/<p:sldId /g) ?? []).length, slides.length);
      assert.match(text('ppt/presentation.xml'), /<p:sldSz cx="12192000" cy="6858000"\/>/);
      for (const k of Object.keys(parts)) {
        if (!k.endsWith('.xml') && !k.endsWith('.rels')) continue;
        assert.ok((await parseXml(page, text(k), 'application/xml')).ok, `${k} parses`);
      }
      assert.match(text(slides[0] ?? ''), /河南省演示数据（合成）/);
      assert.match(text(slides[0] ?? ''), /核心指标/);
      titles.forEach((title, i) => {
        const xml = text(slides[i + 1] ?? '');
        assert.ok(xml.includes(`<a:t>${title}</a:t>`), `slide ${i + 2} holds "${title}"`);
        assert.ok(xml.includes('河南省演示数据（合成）'), `slide ${i + 2} holds the data source`);
        // Line and bar charts are native charts (data embedded); the others are pictures.
        assert.ok(/<p:pic>/.test(xml) || xml.includes('drawingml/2006/chart'), `slide ${i + 2} holds its chart`);
        assert.match(text(`ppt/notesSlides/notesSlide${i + 2}.xml`), /数据来源/);
      });
      const pictures = Object.keys(parts).filter((k) => k.startsWith('ppt/media/')).length;
      const nativeCharts = Object.keys(parts).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k)).length;
      assert.ok(nativeCharts >= 1, 'line and bar charts as native charts');
      assert.equal(pictures + nativeCharts, charts.length, 'every chart once, as a chart or a picture');
      assert.match(text('docProps/core.xml'), /<dc:identifier>sha256:[0-9a-f]{64}<\/dc:identifier>/);
      await assertClean(page);
    });
  });
});

describe('print', () => {
  for (const [name, route, selector] of [
    ['overview', '#/overview?year=2025', '.echart-host'],
    ['league', '#/league', 'table.data-table tbody tr[data-row-id]'],
    ['unit', '#/units/410703', '.unit-page'],
  ] as const) {
    it(`prints the ${name} on A4 landscape pages with the running header and footer (seeds dataset)`, async () => {
      await withPage(
        `${base}?data=data/seeds.json${route}`,
        { name: `exports-print-${name}`, viewport: { width: 1440, height: 900 } },
        async (page) => {
          await page.locator(selector).first().waitFor();
          if (name !== 'league')
            await page.waitForFunction(() => document.querySelectorAll('.echart[data-ready="true"] canvas').length > 0);
          await page.waitForLoadState('networkidle'); // the snapshot-hash code loads just after the page
          await page.emulateMedia({ media: 'print' });
          await page.waitForFunction(() => document.documentElement.dataset.printing === 'true');
          const frame = await page.evaluate(() => {
            const s = document.documentElement.style;
            return {
              title: s.getPropertyValue('--fz-print-title'),
              context: s.getPropertyValue('--fz-print-context'),
              foot: s.getPropertyValue('--fz-print-foot'),
            };
          });
          assert.match(frame.foot, /数据来源：五份真实年度报告（真实数据）/);
          assert.match(frame.foot, /数据快照 SHA-256 [0-9a-f]{12}/);
          assert.match(frame.context, /范围：/);
          if (name !== 'league') {
            // Every chart on the page, drawn before the print or still waiting to be (the page
            // draws those at once when printing starts), has its print image.
            const images = await page.locator('img.echart-print').count();
            const charts = await page.locator('.echart').count();
            assert.ok(charts > 0);
            assert.equal(images, charts, 'every chart has its print image');
          }
          if (name === 'league') {
            const shown = await page.locator('table.data-table tbody tr[data-row-id]').count();
            const total = Number(await page.locator('.data-table-scroll').getAttribute('data-rows'));
            assert.equal(shown, total, 'every row is in the printed table');
          }
          assert.equal(await page.locator('.app-header').isVisible(), false, 'app header hidden');
          const pdf = await page.pdf({ preferCSSPageSize: true });
          writeFileSync(join(ARTIFACTS, 'exports', `print-${name}.pdf`), pdf);
          const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
            Number(m[1]),
            Number(m[2]),
          ]);
          assert.ok(boxes.length > 0, 'pages');
          for (const [w, h] of boxes)
            assert.ok(Math.abs((w ?? 0) - 842) < 2 && Math.abs((h ?? 0) - 595) < 2, `A4 landscape, got ${w}×${h}`);
          console.log(`# print ${name}: ${boxes.length} page(s), ${(pdf.length / 1024).toFixed(0)} KB`);
          await page.emulateMedia({ media: 'screen' });
          await page.waitForFunction(() => document.documentElement.dataset.printing === undefined);
          assert.equal(await page.locator('img.echart-print').count(), 0, 'print images removed after printing');
          await assertClean(page);
        },
      );
    });
  }
});

describe('hostile names in exports', () => {
  it('come out as plain text in PNG metadata, SVG, ZIP manifest and PPTX; nothing runs', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await watch(page, context);
    try {
      await page.goto(`${base}?data=fixtures/hostile.json#/overview?year=2025&scope=410703`);
      await waitForCharts(page, 2);
      await page.waitForFunction(() => document.querySelectorAll('.echart-host').length >= 2);
      const chartId = await page.locator('.echart-host .echart').first().getAttribute('data-chart');
      assert.ok(chartId);

      const svg = (await chartMenu(page, chartId, 'svg')).bytes.toString('utf8');
      const parsed = await parseXml(page, svg);
      assert.ok(parsed.ok, 'SVG parses');
      assert.equal(parsed.scripts, 0);
      assert.equal(parsed.handlers, 0);
      assert.ok(
        parsed.texts.some((t) => t.includes('卫滨区<script>window.__xss=2;alert(2)</script>')),
        'the name, as text',
      );
      assert.doesNotMatch(svg, /<script|<img|<svg onload/);
      assert.match(svg, /卫滨区&lt;script&gt;window.__xss=2;alert\(2\)&lt;\/script&gt;/);

      const png = decodePng((await chartMenu(page, chartId, 'png-16x9-1')).bytes);
      assert.match(png.text.get('Description') ?? '', /卫滨区<script>/, 'PNG text chunks keep the name as text');

      const zip = unzipSync(new Uint8Array((await screenMenu(page, 'zip')).bytes));
      const manifest = JSON.parse(strFromU8(zip['manifest.json'] ?? new Uint8Array())) as { scope: string; dataset: { name: string } };
      assert.equal(manifest.scope, '卫滨区<script>window.__xss=2;alert(2)</script>');
      assert.match(manifest.dataset.name, /<img src=x onerror=/);

      const deck = unzipSync(new Uint8Array((await screenMenu(page, 'pptx')).bytes));
      const xml = Object.entries(deck)
        .filter(([k]) => k.endsWith('.xml'))
        .map(([, v]) => strFromU8(v))
        .join('\n');
      assert.doesNotMatch(xml, /<script|<img |<svg onload|<style>/);
      assert.match(xml, /卫滨区&lt;script&gt;window.__xss=2;alert\(2\)&lt;\/script&gt;/);
      assert.match(xml, /敌意数据（合成）&lt;img src=x onerror=&quot;window.__xss=1;alert\(1\)&quot;&gt;/);

      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(() => document.documentElement.dataset.printing === 'true');
      const pdf = await page.pdf({ preferCSSPageSize: true });
      assert.ok(pdf.length > 1000);
      await page.emulateMedia({ media: 'screen' });

      const xss = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
      assert.equal(xss, undefined);
      assert.deepEqual(dialogs, []);
      await assertClean(page);
    } finally {
      await context.close();
    }
  });
});
