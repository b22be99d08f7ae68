/**
 * The weakness heatmap's render at national scale (the dataset already loaded: from the route
 * change to the aggregated heatmap painted), and extracting a 50-page report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../src/extract/extract.ts';
import { goalRow, median, section } from './frame.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

section(
  'Weakness heatmap at national scale (Chromium)',
  async ({ app, browser }) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript('window.__name = (f) => f');
    try {
      await page.goto(`${app.url}?data=data/national.json#/overview?year=2025`);
      await page.locator('article.kpi').first().waitFor({ timeout: 60000 });
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.evaluate(() => {
          window.location.hash = '#/overview?year=2025';
        });
        await page.locator('article.kpi').first().waitFor();
        times.push(
          await page.evaluate(async () => {
            const t0 = performance.now();
            window.location.hash = '#/weaknesses?year=2025';
            for (;;) {
              await new Promise((r) => requestAnimationFrame(r));
              if (document.querySelector('[data-chart=weakness-heatmap][data-ready="true"] canvas')) return performance.now() - t0;
              if (performance.now() - t0 > 20000) return Number.NaN;
            }
          }),
        );
      }
      const rows = await page.locator('.wk-rowlabels li').count();
      return [
        { measure: 'rows in the aggregated view (provinces)', value: String(rows) },
        goalRow(`route change → aggregated heatmap painted (median of ${RUNS})`, median(times), 'ms', 300),
      ];
    } finally {
      await page.close();
    }
  },
  150,
);

section(
  'Report extraction (Node)',
  async ({ root }) => {
    const dir = join(root, '..', 'shared', 'seeds');
    const one = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n\n');
    let text = one;
    while (text.length < 60_000) text += `\n\n${one}`;
    text = text.slice(0, 60_000);
    extractReport(text);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      extractReport(text);
      times.push(performance.now() - t0);
    }
    return [goalRow(`a 50-page report (60,000 characters), median of ${RUNS}`, median(times), 'ms', 1000)];
  },
  160,
);
