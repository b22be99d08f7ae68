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
import { goalRow, median, section, type Row } from './frame.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/**
 * The first chart a user sees: a drawn canvas, or a complete SVG (the prerendered or kept first
 * screen's), over 50×50 px, in the window and visible (not hidden, not transparent). Timed to the
 * next animation frame after it appears (painted).
 */
export const FIRST_CHART = 'first-chart';
const CANVAS = '.echart[data-ready="true"] canvas';
/** The overview's map, the app's own (its canvas, visible: after the takeover of a first screen). */
const MAP = '.echart[data-chart="overview-map"][data-ready="true"] canvas';
const DATASET = /\/data\/(?!index\.json)[^/]+\.json$/;

/**
 * Records when `selector` (or the first chart, FIRST_CHART) first matches and the next animation
 * frame (painted), when the overview's own map is shown (__benchMapPainted, a frame later), the
 * LCP and the layout shifts (CLS). Checked on every DOM change and every frame.
 */
export function marksScript(selector: string): string {
  return `(() => {
    const sel = ${JSON.stringify(selector)};
    // A first screen's picture is drawn in a closed shadow root (src/app/firstScreen/shadow.ts):
    // the bench keeps a hand on each root attached, to look inside.
    const roots = [document];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); roots.push(r); return r; };
    const all = (s) => roots.flatMap((r) => [...r.querySelectorAll(s)]);
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 50 && r.height > 50 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth &&
        (!el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
    };
    // An SVG is complete once the parser has gone past its end tag.
    const complete = (el) => {
      if (document.readyState !== 'loading' || el.getRootNode() !== document) return true;
      for (let n = el; n; n = n.parentNode) if (n.nextSibling) return true;
      return false;
    };
    const firstChart = () =>
      all(${JSON.stringify(CANVAS)}).some(shown) || all('svg').some((s) => shown(s) && complete(s));
    const found = () => (sel === ${JSON.stringify(FIRST_CHART)} ? firstChart() : !!document.querySelector(sel));
    const check = () => {
      if (window.__benchCard === undefined && all('article.kpi').some((k) => k.checkVisibility())) window.__benchCard = performance.now();
      if (window.__benchMap === undefined && [...document.querySelectorAll(${JSON.stringify(MAP)})].some(shown)) {
        window.__benchMap = performance.now();
        requestAnimationFrame(() => { window.__benchMapPainted = performance.now(); });
      }
      if (window.__benchFound === undefined && found()) {
        window.__benchFound = performance.now();
        requestAnimationFrame(() => { window.__benchPainted = performance.now(); });
      }
      // The app's pages (its boot script) wait for the app's own map, also behind a first screen.
      const mapDone = window.__benchMap !== undefined || (!document.getElementById('first-screen-boot') && !document.querySelector('[data-testid="overview-map"]'));
      return window.__benchFound !== undefined && mapDone;
    };
    const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
    obs.observe(document, { subtree: true, childList: true, attributes: true });
    const frame = () => { if (!check()) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    window.__benchCls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__benchCls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
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
  fcp: number | null;
  /** When a first screen shown from index.html gave way to the app's (null: none was shown). */
  takeover: number | null;
  cls: number;
  domContentLoaded: number;
  resources: Resource[];
  heapMb: number | null;
}

/**
 * One load. `prime`: a visit before the measured one, which stays until the app has kept its
 * picture of the first screen (as a user who saw it would), so the next visit can show it.
 */
async function loadOnce(context: BrowserContext, url: string, withHeap: boolean, prime = false): Promise<LoadResult> {
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
        return (
          w.__benchMapPainted !== undefined ||
          (!document.getElementById('first-screen-boot') && !document.querySelector('[data-testid="overview-map"]'))
        );
      },
      undefined,
      { timeout: 60000 },
    );
    await page.waitForTimeout(200); // LCP entries of the painted frame
    if (prime)
      await page
        .waitForFunction(
          () => !document.getElementById('first-screen-boot') || performance.getEntriesByName('fazhi:first-screen-kept').length > 0,
          undefined,
          {
            timeout: 15000,
          },
        )
        .catch(() => undefined);
    const marks = await page.evaluate(() => {
      const w = window as unknown as {
        __benchPainted: number;
        __benchCard?: number;
        __benchMapPainted?: number;
        __benchLcp?: number;
        __benchCls?: number;
      };
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
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        takeover: performance.getEntriesByName('fazhi:takeover')[0]?.startTime ?? null,
        cls: w.__benchCls ?? 0,
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
    await loadOnce(context, url, false, true);
    await loadOnce(context, url, false, true);
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
    { url: overview, selector: FIRST_CHART, warm: false },
    { url: national, selector: FIRST_CHART, warm: false },
    { url: blank.url, selector: blankSel, warm: true },
    { url: overview, selector: FIRST_CHART, warm: true },
    { url: national, selector: FIRST_CHART, warm: true },
    // The floor (run.ts, buildFloorApp): one ECharts chart, from no data / the demo / the national dataset.
    { url: `${floor.url}empty.html`, selector: FIRST_CHART, warm: false },
    { url: floor.url, selector: FIRST_CHART, warm: false },
    { url: `${floor.url}national.html`, selector: FIRST_CHART, warm: false },
    { url: `${floor.url}empty.html`, selector: FIRST_CHART, warm: true },
    { url: floor.url, selector: FIRST_CHART, warm: true },
    { url: `${floor.url}national.html`, selector: FIRST_CHART, warm: true },
    // …and the overview's own first chart, the demo province's tile map, with nothing else.
    { url: `${floor.url}map.html`, selector: FIRST_CHART, warm: false },
    { url: `${floor.url}map.html`, selector: FIRST_CHART, warm: true },
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
  const fcp = (rs: LoadResult[]) => med(rs, (r) => r.fcp);
  const maxCls = (...sets: LoadResult[][]) => Math.max(0, ...sets.flat().map((r) => r.cls));
  const takeovers = (rs: LoadResult[]) => `${rs.filter((r) => r.takeover !== null).length}/${rs.length}`;
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
    { measure: 'FCP cold: blank / demo / national', value: `${ms(fcp(bc))} / ${ms(fcp(dc))} / ${ms(fcp(nc))} ms` },
    { measure: 'FCP warm: blank / demo / national', value: `${ms(fcp(bw))} / ${ms(fcp(dw))} / ${ms(fcp(nw))} ms` },
    // A first screen from index.html (prerendered, or the last one kept) gives way to the app's own.
    {
      measure: 'demo: first screen → the app (takeover), cold / warm',
      value: `${ms(med(dc, (r) => r.takeover))} / ${ms(med(dw, (r) => r.takeover))} ms (in ${takeovers(dc)} / ${takeovers(dw)} loads)`,
    },
    {
      measure: 'national: takeover, cold / warm',
      value: `${ms(med(nc, (r) => r.takeover))} / ${ms(med(nw, (r) => r.takeover))} ms (in ${takeovers(nc)} / ${takeovers(nw)} loads)`,
    },
    goalRow('CLS, the largest of any demo or national load', maxCls(dc, dw, nc, nw), '', 0, 3),
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
