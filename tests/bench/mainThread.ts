/**
 * Where the main thread's time goes in one cold load of #/overview (demo dataset), until the
 * first chart and until the map (the chart in the first view) are painted: the browser's sampled
 * CPU profile, recorded in a devtools timeline trace so its samples share the trace's clock.
 *
 * A build without minification is profiled (run.ts, `profileDist`), so samples carry function
 * names: each is put in the first category its stack matches (CATEGORIES, most specific first).
 * The profiler slows the page a little; compare shares and runs with each other, not with the
 * first-chart table's absolute figures.
 */
import type { Browser } from 'playwright-core';
import { median, section, type Row } from './frame.ts';

const RUNS = Number(process.env.BENCH_PROFILE_RUNS ?? 3);

interface Frame {
  functionName: string;
  url?: string;
  lineNumber: number;
}

/** First match wins, checked from the innermost frame out for the named functions. */
const CATEGORIES: Array<{ name: string; test: (stack: Frame[]) => boolean }> = [
  { name: 'dataset: JSON.parse + validation', test: (s) => s.some((f) => f.functionName === 'decodeDataset') },
  { name: 'model (indexes, derived figures)', test: (s) => s.some((f) => f.functionName === 'buildModel') },
  {
    name: 'ECharts: top-level evaluation of its chunks',
    test: (s) => s.some((f) => /\/assets\/(echarts|axisAlignTicks)-/.test(f.url ?? '') && f.functionName === '' && f.lineNumber === 0),
  },
  {
    name: 'ECharts: set up and draw',
    test: (s) =>
      s.some((f) => /\/assets\/(echarts|axisAlignTicks)-/.test(f.url ?? '') || (f.functionName === 'drain' && /\/load-/.test(f.url ?? ''))),
  },
  {
    name: 'React: render and commit',
    test: (s) => s.some((f) => /^(performWorkOnRoot|commitRoot|flushPassiveEffects|performSyncWorkOnRoot)$/.test(f.functionName)),
  },
  {
    name: 'modules: top-level evaluation',
    test: (s) => s.some((f) => f.functionName === '' && f.lineNumber === 0 && (f.url ?? '') !== ''),
  },
  { name: 'browser: parse/compile, style, layout, paint', test: (s) => s[0]?.functionName === '(program)' },
  { name: 'garbage collection', test: (s) => s[0]?.functionName === '(garbage collector)' },
  { name: 'idle (waiting)', test: (s) => s[0]?.functionName === '(idle)' },
  { name: 'other JS', test: () => true },
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  cat?: string;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: Frame;
}

async function profileOnce(browser: Browser, url: string): Promise<Map<string, { chart: number; map: number }>> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    await context.addInitScript(`(() => {
      const obs = new MutationObserver(() => {
        if (!window.__c && document.querySelector('.echart[data-ready="true"] canvas')) { window.__c = 1; requestAnimationFrame(() => performance.mark('bench:chart')); }
        if (!window.__m && document.querySelector('.echart[data-chart="overview-map"][data-ready="true"] canvas')) { window.__m = 1; requestAnimationFrame(() => performance.mark('bench:map')); }
      });
      obs.observe(document, { subtree: true, childList: true, attributes: true });
    })();`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler,blink.user_timing,loading',
      transferMode: 'ReportEvents',
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('bench:map').length > 0, undefined, { timeout: 60000 });
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return categorise(events);
  } finally {
    await context.close();
  }
}

function categorise(events: TraceEvent[]): Map<string, { chart: number; map: number }> {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
  const chartMark = mark('bench:chart');
  const mapMark = mark('bench:map');
  if (!chartMark || !mapMark) throw new Error('profile: the marks are not in the trace');
  // The renderer's main thread: the one the marks were made on.
  const main = `${chartMark.pid}:${chartMark.tid}`;
  const nav =
    events.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === main) ?? events.find((e) => e.name === 'navigationStart');
  if (!nav) throw new Error('profile: no navigationStart');
  // The profile's chunks are posted from the sampler's thread: the renderer's profile with the most of them.
  const byProfile = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if ((e.name !== 'Profile' && e.name !== 'ProfileChunk') || e.pid !== chartMark.pid) continue;
    const list = byProfile.get(e.id ?? '') ?? [];
    list.push(e);
    byProfile.set(e.id ?? '', list);
  }
  const chunks = [...byProfile.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ t: number; id: number }> = [];
  let t = 0;
  for (const e of chunks) {
    const data = e.args?.data as
      { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (e.name === 'Profile') {
      t = data?.startTime ?? e.ts;
      continue;
    }
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      samples.push({ t, id });
    });
  }
  if (samples.length === 0) throw new Error('profile: no CPU samples in the trace');
  const stackOf = new Map<number, Frame[]>();
  const stack = (id: number): Frame[] => {
    const known = stackOf.get(id);
    if (known) return known;
    const out: Frame[] = [];
    for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) out.push(n.callFrame);
    stackOf.set(id, out); // innermost first
    return out;
  };
  const totals = new Map<string, { chart: number; map: number }>(CATEGORIES.map((c) => [c.name, { chart: 0, map: 0 }]));
  samples.sort((a, b) => a.t - b.t);
  for (const [i, s] of samples.entries()) {
    if (s.t < nav.ts || s.t >= mapMark.ts) continue;
    const next = samples[i + 1]?.t ?? s.t;
    const dt = (Math.min(next, mapMark.ts) - s.t) / 1000;
    const frames = stack(s.id);
    const cat = CATEGORIES.find((c) => c.test(frames))?.name ?? 'other JS';
    const row = totals.get(cat);
    if (!row) continue;
    row.map += dt;
    if (s.t < chartMark.ts) row.chart += Math.min(dt, (chartMark.ts - s.t) / 1000);
  }
  totals.set('(to the mark, from navigation)', { chart: (chartMark.ts - nav.ts) / 1000, map: (mapMark.ts - nav.ts) / 1000 });
  return totals;
}

section(`Main thread of a cold load, demo dataset (sampled CPU profile, median of ${RUNS})`, async ({ profile, browser }) => {
  const url = `${profile.url}#/overview`;
  await profileOnce(browser, url); // warms the server and the OS caches
  const runs: Array<Map<string, { chart: number; map: number }>> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await profileOnce(browser, url));
  const names = [...(runs[0]?.keys() ?? [])];
  const rows: Row[] = names.map((name) => {
    const chart = median(runs.map((r) => r.get(name)?.chart ?? 0));
    const map = median(runs.map((r) => r.get(name)?.map ?? 0));
    return { measure: name, value: `${chart.toFixed(0)} / ${map.toFixed(0)} ms` };
  });
  return [{ measure: 'until first chart / until the map, painted', value: '' }, ...rows];
});
