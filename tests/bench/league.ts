/**
 * League at national scale in Chromium: time from a sort click or a filter keystroke to the
 * next painted frame with the new first row, and frames per second while scrolling 2,900 rows.
 */
import { goalRow, median, section } from './frame.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

section(
  'League at national scale (Chromium)',
  async ({ app, browser }) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    try {
      await page.goto(`${app.url}?data=data/national.json#/league?year=2025&level=county`);
      await page.locator('table.data-table tbody tr[data-row-id]').first().waitFor({ timeout: 60000 });
      const rows = Number(await page.locator('.data-table-scroll').getAttribute('data-rows'));

      // Click a header, then wait for the frame in which the first row has changed.
      const sortOnce = (label: string) =>
        page.evaluate(async (name) => {
          const first = () => document.querySelector('table.data-table tbody tr[data-row-id]')?.getAttribute('data-row-id');
          const before = first();
          const button = [...document.querySelectorAll<HTMLButtonElement>('button.th-sort')].find((b) => b.textContent?.startsWith(name));
          if (!button) throw new Error(`no header ${name}`);
          const t0 = performance.now();
          button.click();
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            if (first() !== before) return performance.now() - t0;
            if (performance.now() - t0 > 5000) return Number.NaN;
          }
        }, label);
      const sorts: number[] = [];
      for (let i = 0; i < RUNS; i++) sorts.push(await sortOnce(i % 2 ? '综合得分' : '单位'));

      // Type a name filter through the input's own event path.
      const filterOnce = (text: string) =>
        page.evaluate(async (value) => {
          const input = document.querySelector<HTMLInputElement>('[data-testid=league-search]');
          if (!input) throw new Error('no search box');
          const count = () => document.querySelector('[data-testid=league-count]')?.textContent;
          const before = count();
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          const t0 = performance.now();
          setter?.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            if (count() !== before) return performance.now() - t0;
            if (performance.now() - t0 > 5000) return Number.NaN;
          }
        }, text);
      const filters: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        filters.push(await filterOnce('县'));
        await filterOnce('');
      }

      // Scroll 60 px a frame for 3 s and count the frames actually painted.
      const fps = await page.evaluate(async () => {
        const el = document.querySelector<HTMLElement>('.data-table-scroll');
        if (!el) throw new Error('no scroller');
        let frames = 0;
        const t0 = performance.now();
        while (performance.now() - t0 < 3000) {
          el.scrollTop += 60;
          if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) el.scrollTop = 0;
          await new Promise((r) => requestAnimationFrame(r));
          frames += 1;
        }
        return (frames * 1000) / (performance.now() - t0);
      });
      return [
        { measure: 'rows in the table', value: String(rows) },
        goalRow(`sort, click → painted (median of ${RUNS})`, median(sorts), 'ms', 50),
        goalRow(`filter, keystroke → painted (median of ${RUNS})`, median(filters), 'ms', 50),
        { measure: 'scrolling, frames per second', value: `${fps.toFixed(0)} fps`, goal: '≥ 50 fps', status: fps >= 50 ? 'ok' : 'MISSED' },
      ];
    } finally {
      await page.close();
    }
  },
  100,
);
