/**
 * Time to the first drawn chart of #/overview, cold (a fresh browser profile) and warm (a repeat
 * visit in the same profile: HTTP cache, code cache and, once it lands, the service worker), each
 * against the blank Vite + React page measured the same way; Largest Contentful Paint; the
 * resource timeline of one cold load; the JS heap after load.
 *
 * Both servers send the deployment's cache headers (README, "Caching"), so a warm load is what a
 * user's second visit is.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median, section, type Row } from './frame.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHART = '.echart[data-ready="true"] canvas';
/** The overview's map: the chart in its first view at 1920×1080 (the trends and bars are below). */
const MAP = '.echart[data-chart="overview-map"][data-ready="true"] canvas';
const DATASET = /\/data\/(?!index\.json)[^/]+\.json$/;

/**
 * Records when `selector` first matches and the next animation frame (painted), when the
 * overview's map is drawn (__benchMapPainted, a frame later), and the LCP.
 */
function marksScript(selector: string): string {
  return `(() => {
    const sel = ${JSON.stringify(selector)};
    const map = ${JSON.stringify(MAP)};
    const check = () => {
      if (window.__benchCard === undefined && document.querySelector('article.kpi')) window.__benchCard = performance.now();
      if (window.__benchMap === undefined && document.querySelector(map)) {
        window.__benchMap = performance.now();
        requestAnimationFrame(() => { window.__benchMapPainted = performance.now(); });
      }
      if (window.__benchFound === undefined && document.querySelector(sel)) {
        window.__benchFound = performance.now();
        requestAnimationFrame(() => { window.__benchPainted = performance.now(); });
      }
      const mapDone = window.__benchMap !== undefined || !document.querySelector('[data-testid="overview-map"]');
      if (window.__benchFound !== undefined && mapDone) obs.disconnect();
    };
    const obs = new MutationObserver(check);
    obs.observe(document, { subtree: true, childList: true, attributes: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  })();`;
}

interface Resource {
  path: string;
  start: number;
  end: number;
  /** Bytes over the network (0: from a cache or the service worker). */
  transfer: number;
}

interface LoadResult {
  painted: number;
  card: number | null;
  /** The overview's map drawn (null on other pages). */
  map: number | null;
  lcp: number | null;
  domContentLoaded: number;
  resources: Resource[];
  heapMb: number | null;
}

async function loadOnce(context: BrowserContext, url: string, withHeap: boolean): Promise<LoadResult> {
  const page = await context.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __benchPainted?: number }).__benchPainted !== undefined, undefined, {
      timeout: 60000,
    });
    // The overview's map too, when the page has one.
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __benchMapPainted?: number };
        return w.__benchMapPainted !== undefined || !document.querySelector('[data-testid="overview-map"]');
      },
      undefined,
      { timeout: 60000 },
    );
    await page.waitForTimeout(200); // LCP entries of the painted frame
    const marks = await page.evaluate(() => {
      const w = window as unknown as { __benchPainted: number; __benchCard?: number; __benchMapPainted?: number; __benchLcp?: number };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        path: new URL(r.name).pathname,
        start: r.startTime,
        end: r.responseEnd,
        transfer: r.transferSize,
      }));
      return {
        painted: w.__benchPainted,
        card: w.__benchCard ?? null,
        map: w.__benchMapPainted ?? null,
        lcp: w.__benchLcp ?? null,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
        resources,
      };
    });
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return { ...marks, heapMb: withHeap ? await heapAfterGc(page) : null };
  } finally {
    await page.close();
  }
}

async function heapAfterGc(page: Page): Promise<number> {
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Cold: the first load of a fresh profile. Warm: the third load in one profile (V8 caches code after its second run). */
async function measure(browser: Browser, url: string, selector: string, warm: boolean): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    await context.addInitScript(marksScript(selector));
    if (!warm) return await loadOnce(context, url, true);
    await loadOnce(context, url, false);
    await loadOnce(context, url, false);
    return await loadOnce(context, url, false);
  } finally {
    await context.close();
  }
}

interface Target {
  url: string;
  selector: string;
  warm: boolean;
}

/**
 * Loads each target RUNS times, interleaved (blank, demo, national, blank, …) after one discarded
 * round, so a busy machine slows every target alike.
 */
async function interleaved(browser: Browser, targets: Target[]): Promise<LoadResult[][]> {
  for (const t of targets) await measure(browser, t.url, t.selector, t.warm);
  const runs: LoadResult[][] = targets.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, t] of targets.entries()) runs[k]?.push(await measure(browser, t.url, t.selector, t.warm));
  }
  return runs;
}

const med = (rs: LoadResult[], pick: (r: LoadResult) => number | null | undefined): number | null => {
  const xs = rs.map(pick).filter((x): x is number => typeof x === 'number');
  return xs.length ? median(xs) : null;
};
const ms = (x: number | null) => (x === null ? '—' : x.toFixed(0));

/** One cold load, request by request: what starts when (ms from navigation). */
function timeline(r: LoadResult): string {
  const rows = [...r.resources]
    .sort((a, b) => a.start - b.start)
    .map((x) => `  ${ms(x.start).padStart(5)} → ${ms(x.end).padStart(5)}  ${x.path}${x.transfer === 0 ? ' (cache)' : ''}`);
  const marks = `  DOMContentLoaded ${ms(r.domContentLoaded)} · first card ${ms(r.card)} · first chart painted ${ms(r.painted)} · map painted ${ms(r.map)} · LCP ${ms(r.lcp)}`;
  return [...rows, marks].join('\n');
}

function ratioRow(measure: string, value: number, goal: number): Row {
  return { measure, value: `${value.toFixed(2)}×`, goal: `≤ ${goal}×`, status: value <= goal ? 'ok' : 'MISSED' };
}

section(`First chart drawn (median of ${RUNS}, from navigation)`, async ({ app, blank, floor, browser, results }) => {
  const overview = `${app.url}#/overview`;
  const national = `${app.url}?data=data/national.json#/overview`;
  const blankSel = '#blank-root-rendered';
  const targets: Target[] = [
    { url: blank.url, selector: blankSel, warm: false },
    { url: overview, selector: CHART, warm: false },
    { url: national, selector: CHART, warm: false },
    { url: blank.url, selector: blankSel, warm: true },
    { url: overview, selector: CHART, warm: true },
    { url: national, selector: CHART, warm: true },
    // The floor (run.ts, buildFloorApp): one ECharts chart, from no data / the demo / the national dataset.
    { url: `${floor.url}empty.html`, selector: CHART, warm: false },
    { url: floor.url, selector: CHART, warm: false },
    { url: `${floor.url}national.html`, selector: CHART, warm: false },
    { url: `${floor.url}empty.html`, selector: CHART, warm: true },
    { url: floor.url, selector: CHART, warm: true },
    { url: `${floor.url}national.html`, selector: CHART, warm: true },
    // …and the overview's own first chart, the demo province's tile map, with nothing else.
    { url: `${floor.url}map.html`, selector: CHART, warm: false },
    { url: `${floor.url}map.html`, selector: CHART, warm: true },
  ];
  const runs = await interleaved(browser, targets);
  const [
    bc = [],
    dc = [],
    nc = [],
    bw = [],
    dw = [],
    nw = [],
    fec = [],
    fdc = [],
    fnc = [],
    few = [],
    fdw = [],
    fnw = [],
    fmc = [],
    fmw = [],
  ] = runs;
  const painted = (rs: LoadResult[]) => med(rs, (r) => r.painted) ?? NaN;
  results.set('heap.blank', med(bc, (r) => r.heapMb) ?? NaN);
  results.set('heap.demo', med(dc, (r) => r.heapMb) ?? NaN);
  results.set('heap.national', med(nc, (r) => r.heapMb) ?? NaN);

  const fmt = (rs: LoadResult[]) => rs.map((r) => r.painted.toFixed(0)).join('/');
  console.log(`[bench] cold runs (ms): blank ${fmt(bc)}; demo ${fmt(dc)}; national ${fmt(nc)}`);
  console.log(`[bench] warm runs (ms): blank ${fmt(bw)}; demo ${fmt(dw)}; national ${fmt(nw)}`);
  console.log(`[bench] floor cold runs (ms): no data ${fmt(fec)}; demo ${fmt(fdc)}; national ${fmt(fnc)}`);
  console.log(`[bench] floor warm runs (ms): no data ${fmt(few)}; demo ${fmt(fdw)}; national ${fmt(fnw)}`);
  console.log(`[bench] map floor runs (ms): cold ${fmt(fmc)}; warm ${fmt(fmw)}`);
  const lastDemo = dc[dc.length - 1];
  const lastNational = nc[nc.length - 1];
  if (lastDemo) console.log(`[bench] timeline of one cold load, demo:\n${timeline(lastDemo)}`);
  if (lastNational) console.log(`[bench] timeline of one cold load, national:\n${timeline(lastNational)}`);
  const lastWarm = dw[dw.length - 1];
  if (lastWarm) console.log(`[bench] timeline of one warm load, demo:\n${timeline(lastWarm)}`);

  const dataEnd = (rs: LoadResult[]) => med(rs, (r) => r.resources.find((x) => DATASET.test(x.path))?.end);
  const echartsStart = (rs: LoadResult[]) =>
    med(rs, (r) => r.resources.find((x) => /\/assets\/echarts-(?!extra)[^/]*\.js$/.test(x.path))?.start);
  const breakdown = (rs: LoadResult[]) => `${ms(dataEnd(rs))} / ${ms(med(rs, (r) => r.card))} / ${ms(echartsStart(rs))} ms`;
  const lcp = (rs: LoadResult[]) => med(rs, (r) => r.lcp);
  const x = (a: LoadResult[], b: LoadResult[]) => `${(painted(a) / painted(b)).toFixed(2)}×`;
  const triple = (a: LoadResult[], b: LoadResult[], c: LoadResult[], base: LoadResult[]) => `${x(a, base)} / ${x(b, base)} / ${x(c, base)}`;
  return [
    { measure: 'blank Vite + React page: first element, cold / warm', value: `${ms(painted(bc))} / ${ms(painted(bw))} ms` },
    { measure: 'overview, demo dataset, cold', value: `${ms(painted(dc))} ms` },
    { measure: '  demo: dataset loaded / cards / ECharts requested', value: breakdown(dc) },
    ratioRow('overview, demo ÷ blank page, cold', painted(dc) / painted(bc), 1.5),
    { measure: 'overview, national dataset, cold', value: `${ms(painted(nc))} ms` },
    { measure: '  national: dataset loaded / cards / ECharts requested', value: breakdown(nc) },
    ratioRow('overview, national ÷ blank page, cold', painted(nc) / painted(bc), 2.5),
    { measure: 'overview, demo / national, warm (repeat visit)', value: `${ms(painted(dw))} / ${ms(painted(nw))} ms` },
    ratioRow('overview, demo ÷ blank page, warm', painted(dw) / painted(bw), 1.2),
    ratioRow('overview, national ÷ blank page, warm', painted(nw) / painted(bw), 1.2),
    { measure: 'LCP cold: blank / demo / national', value: `${ms(lcp(bc))} / ${ms(lcp(dc))} / ${ms(lcp(nc))} ms` },
    { measure: 'LCP warm: blank / demo / national', value: `${ms(lcp(bw))} / ${ms(lcp(dw))} / ${ms(lcp(nw))} ms` },
    {
      measure: 'overview, the map drawn (its first view), demo / national, cold',
      value: `${ms(med(dc, (r) => r.map))} / ${ms(med(nc, (r) => r.map))} ms`,
    },
    {
      measure: 'overview, the map drawn (its first view), demo / national, warm',
      value: `${ms(med(dw, (r) => r.map))} / ${ms(med(nw, (r) => r.map))} ms`,
    },
    // What any app on this stack pays: React + ECharts + the dataset fetched and parsed, one chart.
    {
      measure: 'floor, one ECharts chart, cold: no data / demo / national',
      value: `${ms(painted(fec))} / ${ms(painted(fdc))} / ${ms(painted(fnc))} ms`,
    },
    { measure: '  floor ÷ blank page, cold', value: triple(fec, fdc, fnc, bc) },
    {
      measure: 'floor, one ECharts chart, warm: no data / demo / national',
      value: `${ms(painted(few))} / ${ms(painted(fdw))} / ${ms(painted(fnw))} ms`,
    },
    { measure: '  floor ÷ blank page, warm', value: triple(few, fdw, fnw, bw) },
    { measure: 'overview ÷ its floor: demo / national, cold', value: `${x(dc, fdc)} / ${x(nc, fnc)}` },
    { measure: 'overview ÷ its floor: demo / national, warm', value: `${x(dw, fdw)} / ${x(nw, fnw)}` },
    // The overview's first chart is the tile map: the same chart on a page with nothing else.
    { measure: 'map floor, the demo tile map alone: cold / warm', value: `${ms(painted(fmc))} / ${ms(painted(fmw))} ms` },
    { measure: '  map floor ÷ blank page: cold / warm', value: `${x(fmc, bc)} / ${x(fmw, bw)}` },
    { measure: 'overview (its map) ÷ the map floor: cold / warm', value: `${x(dc, fmc)} / ${x(dw, fmw)}` },
  ];
});

section('JS heap after load and GC (median, cold)', async ({ results }) => {
  const mb = (k: string) => `${(results.get(k) ?? NaN).toFixed(1)} MB`;
  return [
    { measure: 'blank Vite + React page', value: mb('heap.blank') },
    { measure: 'overview, demo dataset', value: mb('heap.demo') },
    { measure: 'overview, national dataset', value: mb('heap.national') },
  ];
});
