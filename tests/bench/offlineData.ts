/**
 * The dataset on a repeat visit, cache first (issue 27 item 4): the service worker answers from
 * its copy at once and asks the server in the background; the page swaps in newer data when the
 * server has it. Measured on loopback and on a throttled real-latency profile (Chromium's network
 * emulation, on the page and on its service worker, which has its own target):
 *
 * - data on screen (the first headline card), repeat visit, worker allowed vs. blocked (the
 *   browser's HTTP cache, revalidated: what a visit without the worker gets);
 * - with a newer dataset on the server: the kept data on screen, then the newer data on screen
 *   (no reload);
 * - with the server gone: the kept data on screen, marked stale.
 *
 * Medians of BENCH_RUNS (default 5) repeat visits in one profile each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { startServer, type TestServer } from '../e2e/server.ts';
import { median, section, type Row } from './frame.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Conditions {
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** Lighthouse's mobile "slow 4G" as DevTools applies it: 150 ms RTT × 3.75, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up. */
const THROTTLED: Conditions = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

const PROFILES: { name: string; conditions: Conditions | null }[] = [
  { name: 'loopback', conditions: null },
  { name: 'throttled (562 ms latency, 1.47 Mbps)', conditions: THROTTLED },
];

/** Marks, from the navigation's start: first headline card, the as-of date the header shows, the stale marker. */
const MARKS = `(() => {
  const w = window;
  const check = () => {
    const now = performance.now();
    if (w.__benchCard === undefined && document.querySelector('article.kpi')) w.__benchCard = now;
    const asOf = document.querySelector('header.app-header')?.textContent ?? '';
    if (w.__benchNewer === undefined && asOf.includes('2099-12-31')) w.__benchNewer = now;
    if (w.__benchStale === undefined && document.querySelector('[data-testid="data-stale"]')) w.__benchStale = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

type Mark = '__benchCard' | '__benchNewer' | '__benchStale';

async function markOf(page: Page, mark: Mark, timeout = 60000): Promise<number> {
  await page.waitForFunction((m) => (window as unknown as Record<string, number | undefined>)[m] !== undefined, mark, { timeout });
  return page.evaluate((m) => (window as unknown as Record<string, number>)[m] ?? NaN, mark);
}

/** Network emulation on the page and on every service worker (a worker is a target of its own). */
async function emulate(browser: Browser, context: BrowserContext, page: Page, c: Conditions | null): Promise<() => Promise<void>> {
  if (!c) return async () => undefined;
  const params = { offline: false, ...c };
  const pageSession = await context.newCDPSession(page);
  await pageSession.send('Network.enable');
  await pageSession.send('Network.emulateNetworkConditions', params);
  const bs: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await bs.send('Target.getTargets');
  let id = 1;
  const replies = new Map<number, () => void>();
  bs.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { id?: number };
    if (msg.id !== undefined) replies.get(msg.id)?.();
  });
  for (const t of targetInfos.filter((x) => x.type === 'service_worker')) {
    // Playwright's CDP sessions are flat; a worker target is driven through the browser session.
    const { sessionId } = await bs.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
    for (const [method, p] of [
      ['Network.enable', {}],
      ['Network.emulateNetworkConditions', params],
    ] as const) {
      const n = id++;
      const done = new Promise<void>((r) => replies.set(n, r));
      await bs.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method, params: p }) });
      await done;
    }
  }
  return async () => {
    await pageSession.detach().catch(() => undefined);
    await bs.detach().catch(() => undefined);
  };
}

async function visit(browser: Browser, context: BrowserContext, url: string, c: Conditions | null, wait: Mark[]): Promise<number[]> {
  const page = await context.newPage();
  try {
    const release = await emulate(browser, context, page, c);
    await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
    const out: number[] = [];
    for (const m of wait) out.push(await markOf(page, m, 120000));
    await release();
    return out;
  } finally {
    await page.close();
  }
}

const ms = (x: number): string => `${Math.round(x)} ms`;

section('Dataset on a repeat visit: service worker cache first', async ({ browser, dist }) => {
  const demo = readFileSync(join(dist, 'data/demo.json'), 'utf8');
  // The same dataset with a later as-of date: the header says which one is on screen.
  const newer = demo.replace(/"asOf":\s*"[^"]+"/, '"asOf": "2099-12-31"');
  const asOf = /"asOf":\s*"([^"]+)"/.exec(demo)?.[1] ?? '';
  const rows: Row[] = [];
  for (const profile of PROFILES) {
    const server: TestServer = await startServer({ root: dist, caching: 'deploy' });
    const url = `${server.url}#/overview`;
    const contexts: BrowserContext[] = [];
    try {
      const results: Record<string, number[]> = { sw: [], block: [], keptFirst: [], newer: [], offline: [] };
      const open = async (block: boolean): Promise<BrowserContext> => {
        const context = await browser.newContext({
          viewport: { width: 1920, height: 1080 },
          locale: 'zh-CN',
          serviceWorkers: block ? 'block' : 'allow',
        });
        contexts.push(context);
        await context.addInitScript(MARKS);
        // The first visit installs the worker (if allowed) and fills the caches; two more warm
        // the code cache, as a user's later visits find it.
        const first = await context.newPage();
        await first.goto(url);
        await markOf(first, '__benchCard');
        if (!block) await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30000 });
        await first.close();
        for (let i = 0; i < 2; i++) await visit(browser, context, url, profile.conditions, ['__benchCard']);
        return context;
      };
      const withWorker = await open(false);
      const blocked = await open(true);
      // Interleaved, so a busy machine weighs on both alike.
      for (let i = 0; i < RUNS; i++) {
        results.sw?.push((await visit(browser, withWorker, url, profile.conditions, ['__benchCard']))[0] ?? NaN);
        results.block?.push((await visit(browser, blocked, url, profile.conditions, ['__benchCard']))[0] ?? NaN);
      }
      // A newer dataset on the server: the kept one at once, then the newer one, no reload.
      for (let i = 0; i < RUNS; i++) {
        server.setRoute('/data/demo.json', { body: newer, contentType: 'application/json; charset=utf-8' });
        const [card, fresh] = await visit(browser, withWorker, url, profile.conditions, ['__benchCard', '__benchNewer']);
        results.keptFirst?.push(card ?? NaN);
        results.newer?.push(fresh ?? NaN);
        // Back to the older one for the next run (the page swaps it in; the worker keeps it).
        server.setRoute('/data/demo.json', null);
        const reset = await withWorker.newPage();
        await reset.goto(url);
        await reset.waitForFunction((d) => document.querySelector('header.app-header')?.textContent?.includes(d) === true, asOf, {
          timeout: 60000,
        });
        await reset.close();
      }
      // The server gone: the kept data, marked stale.
      for (const path of ['/data/demo.json', '/config.json', '/data/index.json']) server.setRoute(path, 'abort');
      for (let i = 0; i < RUNS; i++) {
        const [, stale] = await visit(browser, withWorker, url, profile.conditions, ['__benchCard', '__benchStale']);
        results.offline?.push(stale ?? NaN);
      }
      const p = profile.name;
      rows.push(
        { measure: `${p}: data on screen, repeat visit, worker (cache first)`, value: ms(median(results.sw ?? [])) },
        { measure: `${p}: data on screen, repeat visit, worker blocked (HTTP cache, revalidated)`, value: ms(median(results.block ?? [])) },
        { measure: `${p}: newer data on the server: kept data on screen`, value: ms(median(results.keptFirst ?? [])) },
        { measure: `${p}: newer data on the server: newer data on screen (no reload)`, value: ms(median(results.newer ?? [])) },
        { measure: `${p}: server gone: kept data on screen, marked stale`, value: ms(median(results.offline ?? [])) },
      );
    } finally {
      for (const c of contexts) await c.close();
      await server.close();
    }
  }
  return rows;
});
