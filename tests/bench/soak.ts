/**
 * The wall screen left running, in compressed time: ≥ 500 page rotations and ≥ 50 dataset
 * refreshes (one of them failing), then heap after GC, DOM nodes, listeners, chart instances and
 * pending timers compared with the start, and frames per second during transitions.
 */
import type { CDPSession, Page } from 'playwright-core';
import { section, type Row } from './frame.ts';

const ROTATIONS = Number(process.env.SOAK_ROTATIONS ?? 500);
const REFRESHES = Number(process.env.SOAK_REFRESHES ?? 50);
const INTERVAL_S = 0.05;
const REFRESH_MIN = 0.01; // 0.6 s

/** Counts timers that are pending (set and neither fired nor cleared). Installed before the app. */
const TIMER_PROBE = `(() => {
  const live = new Set();
  const st = window.setTimeout.bind(window), ct = window.clearTimeout.bind(window);
  const si = window.setInterval.bind(window), ci = window.clearInterval.bind(window);
  window.setTimeout = (fn, ms, ...a) => { const id = st((...x) => { live.delete(id); typeof fn === 'function' && fn(...x); }, ms, ...a); live.add(id); return id; };
  window.clearTimeout = (id) => { live.delete(id); ct(id); };
  window.setInterval = (fn, ms, ...a) => { const id = si(fn, ms, ...a); live.add(id); return id; };
  window.clearInterval = (id) => { live.delete(id); ci(id); };
  window.__pendingTimers = () => live.size;
})();`;

interface Snapshot {
  heapMb: number;
  nodes: number;
  listeners: number;
  charts: number;
  timers: number;
}

async function snapshot(page: Page, cdp: CDPSession): Promise<Snapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const inPage = await page.evaluate(() => ({
    charts: document.querySelectorAll('[_echarts_instance_]').length,
    timers: (window as unknown as { __pendingTimers: () => number }).__pendingTimers(),
  }));
  return { heapMb: heap.usedSize / 1048576, nodes: counters.nodes, listeners: counters.jsEventListeners, ...inPage };
}

section(
  'Wall screen soak (compressed time)',
  async ({ app, browser }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.addInitScript(TIMER_PROBE);
    const cdp = await context.newCDPSession(page);
    try {
      await page.goto(`${app.url}#/screen?interval=${INTERVAL_S}&refresh=${REFRESH_MIN}`);
      await page.locator('.scr-counter').first().waitFor({ timeout: 30000 });
      await page.waitForFunction(() => document.querySelectorAll('.echart[data-ready="true"] canvas').length >= 3);
      const pageOf = () => page.getByTestId('screen-state').getAttribute('data-page');
      // Warm up: one full cycle and one refresh, so first-use allocations are not counted as growth.
      await page.waitForTimeout(1500);
      const before = await snapshot(page, cdp);
      const hits0 = app.hits('/data/demo.json');

      let rotations = 0;
      let last = await pageOf();
      let failedOnce = false;
      const t0 = Date.now();
      while (rotations < ROTATIONS || app.hits('/data/demo.json') - hits0 < REFRESHES) {
        await page.waitForTimeout(40);
        const now = await pageOf();
        if (now !== last) {
          rotations += 1;
          last = now;
        }
        const refreshes = app.hits('/data/demo.json') - hits0;
        if (!failedOnce && refreshes >= REFRESHES / 2) {
          failedOnce = true;
          app.setRoute('/data/demo.json', { status: 503, body: 'maintenance' });
          await page.getByTestId('screen-stale').waitFor({ timeout: 20000 });
          app.setRoute('/data/demo.json', null);
          await page.getByTestId('screen-updated').waitFor({ timeout: 20000 });
        }
        if (Date.now() - t0 > 10 * 60_000) throw new Error(`soak timed out after ${rotations} rotations`);
      }
      const refreshes = app.hits('/data/demo.json') - hits0;
      await page.waitForTimeout(1500);
      const after = await snapshot(page, cdp);
      const growth = after.heapMb - before.heapMb;
      // Transitions at a wall's own pace (a page every 1.5 s, no refresh in the window): the
      // compressed soak above re-renders every 50 ms and says nothing about a cross-fade.
      await page.goto(`${app.url}#/screen?interval=1.5&refresh=600`);
      await page.locator('.scr-counter').first().waitFor({ timeout: 30000 });
      await page.waitForTimeout(1000);
      const windows = await page.evaluate(async () => {
        const out: number[] = [];
        for (let w = 0; w < 6; w++) {
          let frames = 0;
          const start = performance.now();
          while (performance.now() - start < 1000) {
            await new Promise((r) => requestAnimationFrame(r));
            frames += 1;
          }
          out.push((frames * 1000) / (performance.now() - start));
        }
        return out;
      });
      const fps = Math.min(...windows);
      const pair = (a: number, b: number, digits = 0) => `${a.toFixed(digits)} → ${b.toFixed(digits)}`;
      const rows: Row[] = [
        {
          measure: 'rotations / refreshes (1 failed, recovered)',
          value: `${rotations} / ${refreshes}`,
          goal: '≥ 500 / ≥ 50',
          status: rotations >= 500 && refreshes >= 50 && failedOnce ? 'ok' : 'MISSED',
        },
        {
          measure: 'JS heap after GC, before → after',
          value: `${pair(before.heapMb, after.heapMb, 1)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)})`,
          goal: '≤ +10 MB',
          status: growth <= 10 ? 'ok' : 'MISSED',
        },
        {
          measure: 'DOM nodes',
          value: pair(before.nodes, after.nodes),
          goal: 'no growth',
          status: after.nodes <= before.nodes * 1.05 ? 'ok' : 'MISSED',
        },
        {
          measure: 'event listeners',
          value: pair(before.listeners, after.listeners),
          goal: 'no growth',
          status: after.listeners <= before.listeners ? 'ok' : 'MISSED',
        },
        {
          measure: 'ECharts instances',
          value: pair(before.charts, after.charts),
          goal: 'no growth',
          status: after.charts <= before.charts ? 'ok' : 'MISSED',
        },
        {
          measure: 'pending timers',
          value: pair(before.timers, after.timers),
          goal: 'no growth',
          status: after.timers <= before.timers + 1 ? 'ok' : 'MISSED',
        },
        {
          measure: 'fps across 4 page transitions, worst 1-s window',
          value: `${fps.toFixed(0)} fps (${windows.map((w) => w.toFixed(0)).join(' ')})`,
          goal: '≥ 50 fps',
          status: fps >= 50 ? 'ok' : 'MISSED',
        },
      ];
      return rows;
    } finally {
      await context.close();
    }
  },
  200,
);
