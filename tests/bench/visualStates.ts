/**
 * What a user sees while #/overview loads: the distinct pictures the page shows before its
 * complete screen, from a screencast (CDP Page.startScreencast: a frame whenever the page's pixels
 * change), and how many pixels change when a first screen from index.html gives way to the app's.
 *
 * Frames are compared at 960×540 (a pixel differs when a channel moves by more than 40, above JPEG
 * noise). A new state starts where a frame differs from the last state's by more than 0.5 % of its
 * pixels; the complete screen is the first state within 2 % of the last frame (canvas and SVG
 * anti-aliasing, the kept picture's as-of mark: ~1 %; a screen missing its map or its cards: > 10 %).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIRST_CHART, marksScript } from './firstChart.ts';
import { section } from './frame.ts';

const RUNS = Math.min(Number(process.env.BENCH_RUNS ?? 5), 3);
const NEW_STATE = 0.005;
const COMPLETE = 0.02;

interface Frame {
  /** ms from navigation. */
  t: number;
  data: string;
}

/** Loads `url` and waits until the app's own screen is up (its map shown) and the picture kept. */
async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __benchMapPainted?: number }).__benchMapPainted !== undefined, undefined, {
    timeout: 60000,
  });
}

async function prime(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  try {
    await settle(page, url);
    await page
      .waitForFunction(() => performance.getEntriesByName('fazhi:first-screen-kept').length > 0, undefined, { timeout: 15000 })
      .catch(() => undefined);
  } finally {
    await page.close();
  }
}

async function screencast(browser: Browser, url: string, warm: boolean): Promise<{ frames: Frame[]; takeover: number | null }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    await context.addInitScript(marksScript(FIRST_CHART));
    if (warm) {
      await prime(context, url);
      await prime(context, url);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const raw: Array<{ ts: number; data: string }> = [];
    cdp.on('Page.screencastFrame', (f) => {
      raw.push({ ts: (f.metadata.timestamp ?? 0) * 1000, data: f.data });
      void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
    });
    await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 85, maxWidth: 960, maxHeight: 540, everyNthFrame: 1 });
    await settle(page, url);
    await page.waitForTimeout(1500); // what follows the takeover (menus, fonts) settles too
    await cdp.send('Page.stopScreencast');
    const { origin, takeover } = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      takeover: performance.getEntriesByName('fazhi:takeover')[0]?.startTime ?? null,
    }));
    await page.close();
    // Frames before navigation (the blank tab) are the page's first, white state.
    return { frames: raw.map((f) => ({ t: f.ts - origin, data: f.data })), takeover };
  } finally {
    await context.close();
  }
}

/** Each frame's differing-pixel fraction against the previous state's frame and against the last frame. */
async function compare(
  browser: Browser,
  frames: Frame[],
): Promise<Array<{ t: number; vsState: number; vsFinal: number; newState: boolean }>> {
  const page = await browser.newPage();
  try {
    await page.evaluate('window.__name = (f) => f'); // tsx names the functions it hands to evaluate()
    return await page.evaluate(
      async ({ list, newState }) => {
        const pixels = async (b64: string) => {
          const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
          const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
          const c = new OffscreenCanvas(bmp.width, bmp.height);
          const ctx = c.getContext('2d');
          if (!ctx) throw new Error('no 2d context');
          ctx.drawImage(bmp, 0, 0);
          return ctx.getImageData(0, 0, bmp.width, bmp.height).data;
        };
        const diff = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
          if (a.length !== b.length) return 1;
          let n = 0;
          for (let i = 0; i < a.length; i += 4)
            if (Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!)) > 40) n++;
          return n / (a.length / 4);
        };
        const decoded = await Promise.all(list.map((f) => pixels(f.data)));
        const last = decoded[decoded.length - 1]!;
        // A frame of another size than the last is the tab before it took the viewport, not a picture
        // of the page: compared, it would count as "100 % different", a state of its own.
        const kept = decoded.map((px, i) => ({ px, t: list[i]!.t })).filter((f) => f.px.length === last.length);
        let state = kept[0]!.px;
        return kept.map(({ px, t }, i) => {
          const vsState = i === 0 ? 1 : diff(px, state);
          const isNew = i === 0 || vsState > newState;
          if (isNew) state = px;
          return { t, vsState, vsFinal: diff(px, last), newState: isNew };
        });
      },
      { list: frames, newState: NEW_STATE },
    );
  } finally {
    await page.close();
  }
}

interface States {
  /** States before the first one within COMPLETE of the last frame. */
  before: number;
  /** When the complete screen was first shown (ms from navigation). */
  completeAt: number;
  /** Pixels that change when the first screen gives way to the app's (the largest step after completeness). */
  takeoverChange: number;
  trace: string;
}

async function states(browser: Browser, url: string, warm: boolean): Promise<States> {
  const { frames, takeover } = await screencast(browser, url, warm);
  if (frames.length === 0) throw new Error('screencast: no frames');
  const rows = await compare(browser, frames);
  const starts = rows.filter((r) => r.newState);
  const complete = starts.findIndex((r) => r.vsFinal <= COMPLETE);
  const completeAt = starts[complete]?.t ?? Number.NaN;
  const after = rows.filter((r) => r.t > completeAt);
  return {
    before: complete,
    completeAt,
    takeoverChange: Math.max(0, ...after.map((r) => r.vsState)),
    trace:
      starts.map((r) => `${r.t.toFixed(0)} ms (${(r.vsFinal * 100).toFixed(1)} % off the final screen)`).join(' → ') +
      (takeover === null ? '' : `; takeover at ${takeover.toFixed(0)} ms`),
  };
}

section(`First screen: visual states before the complete screen (screencast, ${RUNS} loads each)`, async ({ app, browser }) => {
  const overview = `${app.url}#/overview`;
  const national = `${app.url}?data=data/national.json#/overview`;
  const cases: Array<{ name: string; url: string; warm: boolean }> = [
    { name: 'demo, cold', url: overview, warm: false },
    { name: 'demo, warm', url: overview, warm: true },
    { name: 'national (?data= link), cold', url: national, warm: false },
    { name: 'national (?data= link), warm', url: national, warm: true },
  ];
  const rows = [];
  for (const c of cases) {
    const runs: States[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await states(browser, c.url, c.warm));
    for (const r of runs) console.log(`[bench] visual states, ${c.name}: ${r.trace}`);
    const worst = Math.max(...runs.map((r) => r.before));
    rows.push({
      measure: `${c.name}: states before the complete screen (each run)`,
      value: runs.map((r) => String(r.before)).join(' / '),
      goal: '≤ 1',
      status: worst <= 1 ? ('ok' as const) : ('MISSED' as const),
    });
    rows.push({
      measure: `${c.name}: complete screen shown / largest change after it`,
      value: `${runs.map((r) => r.completeAt.toFixed(0)).join(' / ')} ms; ${(Math.max(...runs.map((r) => r.takeoverChange)) * 100).toFixed(1)} % of pixels`,
    });
  }
  return rows;
});
