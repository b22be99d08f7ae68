/**
 * The national tile map in Chromium (2,850 tiles, the national dataset): time from a change of
 * what it is coloured by to the frame in which the tiles are painted anew, and from a pointer
 * move onto a tile to its tooltip being shown.
 */
import { goalRow, median, section } from './frame.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

section('National tile map (Chromium)', async ({ app, browser }) => {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript('window.__name = (f) => f');
  try {
    await page.goto(`${app.url}?data=data/national.json#/overview?year=2025`);
    const map = page.getByTestId('tilemap-overview-map');
    await map.waitFor({ timeout: 60000 });
    await page.locator('.echart[data-chart="overview-map"][data-ready="true"] canvas').first().waitFor({ timeout: 60000 });
    await page.locator('.echart[data-chart="overview-map"]').scrollIntoViewIfNeeded();
    const tiles = Number(await map.getAttribute('data-tiles'));

    // Recolour (composite ↔ rank) and wait for the frame in which sampled pixels change.
    const drawOnce = (value: string) =>
      page.evaluate(async (v) => {
        const canvas = document.querySelector<HTMLCanvasElement>('.echart[data-chart="overview-map"] canvas');
        const select = document.querySelector<HTMLSelectElement>('[data-testid="overview-map-measure"]');
        const ctx = canvas?.getContext('2d');
        if (!canvas || !select || !ctx) throw new Error('no map');
        const sample = () => {
          const out: number[] = [];
          for (let i = 1; i < 12; i++)
            for (let j = 1; j < 8; j++)
              out.push(...ctx.getImageData(Math.floor((canvas.width * i) / 12), Math.floor((canvas.height * j) / 8), 1, 1).data);
          return out.join(',');
        };
        const before = sample();
        const t0 = performance.now();
        select.value = v;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          if (sample() !== before) return performance.now() - t0;
          if (performance.now() - t0 > 5000) return Number.NaN;
        }
      }, value);
    const draws: number[] = [];
    for (let i = 0; i < RUNS; i++) draws.push(await drawOnce(i % 2 ? 'composite' : 'rank'));

    // Move onto tiles across the map and wait for the tooltip to name a new one.
    const hoverOnce = (fx: number, fy: number) =>
      page.evaluate(
        async ([x, y]) => {
          const host = document.querySelector<HTMLElement>('.echart[data-chart="overview-map"]');
          const canvas = host?.querySelector('canvas');
          if (!host || !canvas) throw new Error('no map');
          const box = canvas.getBoundingClientRect();
          const title = () => document.querySelector('.fz-tooltip .tt-title')?.textContent ?? '';
          const before = title();
          const t0 = performance.now();
          canvas.dispatchEvent(
            new MouseEvent('mousemove', {
              clientX: box.left + box.width * (x ?? 0.5),
              clientY: box.top + box.height * (y ?? 0.5),
              bubbles: true,
            }),
          );
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            if (title() !== before && title() !== '') return performance.now() - t0;
            if (performance.now() - t0 > 2000) return Number.NaN;
          }
        },
        [fx, fy],
      );
    const hovers: number[] = [];
    const points = [
      [0.5, 0.45],
      [0.6, 0.5],
      [0.45, 0.55],
      [0.55, 0.4],
      [0.65, 0.6],
      [0.4, 0.45],
      [0.7, 0.35],
    ];
    for (const [x, y] of points) {
      const ms = await hoverOnce(x ?? 0.5, y ?? 0.5);
      if (Number.isFinite(ms)) hovers.push(ms);
    }
    return [
      { measure: 'tiles on the national map', value: String(tiles) },
      goalRow(`draw, recolour → painted (median of ${RUNS})`, median(draws), 'ms', 300),
      goalRow(`hover, pointer → tooltip (median of ${hovers.length})`, median(hovers), 'ms', 50),
    ];
  } finally {
    await page.close();
  }
});
