/**
 * Exports in Chromium: the whole overview as a PowerPoint deck (every chart re-rendered
 * off-screen, PNG-encoded, zipped with its slides), and one chart as a 3× PNG (4800×2700), each
 * timed from the menu click to the browser's download event. The first deck also loads the
 * export code and hashes the dataset; later ones show the steady cost.
 */
import type { Page } from 'playwright-core';
import { goalRow, median, section } from './frame.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function timed(page: Page, open: string, item: string): Promise<number> {
  await page.click(open);
  const t0 = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click(item)]);
  const ms = Date.now() - t0;
  await dl.delete();
  return ms;
}

section(
  'Exports (Chromium)',
  async ({ app, browser }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      const rows = [];
      for (const [label, url] of [
        ['demo dataset', `${app.url}#/overview?year=2025`],
        ['national dataset', `${app.url}?data=data/national.json#/overview?year=2025`],
      ] as const) {
        await page.goto(url);
        await page.waitForFunction(
          () => document.querySelectorAll('.echart-host .echart[data-ready="true"] canvas').length >= 6,
          undefined,
          { timeout: 60000 },
        );
        const charts = await page.locator('.echart-host').count();
        const first = await timed(page, '[data-testid=export-screen]', '[data-testid=export-screen-pptx]');
        const decks: number[] = [];
        for (let i = 0; i < RUNS; i++) decks.push(await timed(page, '[data-testid=export-screen]', '[data-testid=export-screen-pptx]'));
        const pngs: number[] = [];
        for (let i = 0; i < RUNS; i++) pngs.push(await timed(page, '[data-testid=export-trend-inspections]', '[data-export=png-16x9-3]'));
        console.log(`[bench] exports, ${label}: deck runs ${[first, ...decks].join('/')} ms; 3× PNG runs ${pngs.join('/')} ms`);
        rows.push(
          goalRow(`${label}: deck of ${charts} charts, first (loads code, hashes data)`, first, 'ms', 3000, 0),
          goalRow(`${label}: deck of ${charts} charts (median of ${RUNS})`, median(decks), 'ms', 3000, 0),
          { measure: `${label}: one chart as PNG 3× (4800×2700, median of ${RUNS})`, value: `${median(pngs).toFixed(0)} ms` },
        );
      }
      return rows;
    } finally {
      await context.close();
    }
  },
  300,
);
