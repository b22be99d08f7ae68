/**
 * The first screen from index.html (issue 27): the build's prerendered default overview, and the
 * picture of the last screen a browser kept.
 *
 * - Shown where it is this page's, under the strict CSP with no violation, and the app takes over
 *   without moving anything (boxes before and after, and the pixels that change).
 * - Never the default's figures, not even for a frame, where they are not the page's: a ?data=
 *   link, a user dataset (also one stored before the localStorage mirror existed), lang=en, dark,
 *   another route, a phone, and a deployment whose dataset or config changed after the build.
 *   Every frame is watched from the first (an init script samples what is visible each frame).
 * - The next visit shows the kept picture at once, marked with its data's as-of; a wall screen too.
 * - A kept picture is data: one tampered with in localStorage builds no script, handler or link out.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { appUnderTest, assertClean, getBrowser, screenshot, waitForCharts, watch } from './browser.ts';
import { SHOT_PREFIX } from '../../src/app/firstScreen/shotStore.ts';
import { boxesOf, framesSeen, heldStart, keptPicture, pictureFacts, pixelChange, watchFrames } from './first-screen-helpers.ts';

const app = appUnderTest();
const HD = { width: 1920, height: 1080 };
/** The demo's first headline figure as the default's first screen shows it. */
const DEFAULT_FIGURE = '17,455 件';

async function newPage(viewport = HD): Promise<Page> {
  const context = await (
    await getBrowser()
  ).newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await watch(page, context);
  await page.addInitScript('window.__name = (f) => f'); // tsx names the functions it hands to evaluate()
  await page.addInitScript(watchFrames);
  return page;
}

/** A new load of `url` (a goto that changes only the hash would not reload the page). */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/** The app's own screen is up: its map drawn and shown, no first screen left. */
async function appShown(page: Page): Promise<void> {
  await waitForCharts(page, 1, 60000);
  await page.waitForFunction(() => !document.documentElement.dataset.firstScreen, undefined, { timeout: 60000 });
}

describe('the prerendered default overview', () => {
  it('is shown before the app, under the strict CSP, and the app takes over without moving anything', async () => {
    const page = await newPage();
    try {
      const start = await heldStart(page);
      await page.goto(`${app.base}#/overview`);
      await page.waitForFunction(() => document.documentElement.dataset.firstScreen === 'build', undefined, { timeout: 30000 });
      assert.deepEqual(
        { ...(await pictureFacts(page, 'first-screen')), links: [], backgrounds: [] },
        {
          svgShown: true,
          cards: 6,
          firstFigure: DEFAULT_FIGURE,
          styleAttributes: 0,
          ids: 0,
          mark: null,
          scripts: 0,
          handlers: 0,
          links: [],
          backgrounds: [],
        },
        'the six cards and the map, no style attribute, no id the app uses',
      );
      assert.equal(await page.locator('#root').evaluate((el) => el.childElementCount), 0, 'the app has not started');
      const before = await boxesOf(page, 'first-screen');
      const pre = await page.screenshot();
      await screenshot(page, 'first-screen-prerendered-1080p');
      start.release();
      await appShown(page);
      assert.equal(await page.locator('#first-screen').count(), 0, 'the picture is gone once the app has drawn');
      const after = await boxesOf(page, 'root');
      assert.deepEqual(after, before, 'nothing moved at the takeover');
      const change = await pixelChange(page, pre, await page.screenshot());
      assert.ok(change < 0.02, `${(change * 100).toFixed(2)} % of the pixels changed at the takeover`);
      await screenshot(page, 'first-screen-taken-over-1080p');
      await assertClean(page);
    } finally {
      await page.close();
    }
  });

  it('with a dataset slow to come, the app starts and says it is loading, and the picture shows once checked', async () => {
    const page = await newPage();
    try {
      const sent = Date.now();
      await page.route(/\/data\/demo\.json$/, async (r: Route) => {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, sent + 5000 - Date.now())));
        await r.continue();
      });
      await page.goto(`${app.base}#/overview`);
      // The boot script's check waits for the dataset; the app does not wait for it past 2.5 s.
      await page.locator('#root main').waitFor({ state: 'visible', timeout: 4500 });
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.firstScreen),
        'build-pending',
        'the picture is still being checked',
      );
      const box = await page.locator('#root main').boundingBox();
      assert.ok(box && box.y < 200, `the app's loading line is at the top of the window, not under the hidden picture (y ${box?.y})`);
      assert.equal((await framesSeen(page)).prerender, false, 'the picture was not shown before its check');
      await appShown(page);
      await assertClean(page);
    } finally {
      await page.close();
    }
  });

  /** `otherFigures`: the page's own figures are not the default's, so no frame may show that one. */
  const notTheirs: Array<{
    name: string;
    path: string;
    otherFigures?: boolean;
    viewport?: { width: number; height: number };
    server?: (page: Page) => Promise<void>;
  }> = [
    { name: 'a ?data= link', path: '?data=data/seeds.json#/overview', otherFigures: true },
    { name: 'lang=en', path: '#/overview?lang=en', otherFigures: true },
    { name: 'the dark theme', path: '#/overview?theme=dark' },
    { name: 'another view (2024)', path: '#/overview?year=2024', otherFigures: true },
    { name: 'another route', path: '#/league', otherFigures: true },
    { name: 'a phone', path: '#/overview', viewport: { width: 390, height: 844 } },
    {
      name: 'a dataset replaced after the build',
      path: '#/overview',
      server: async (page) => {
        const demo = JSON.parse(readFileSync('public/data/demo.json', 'utf8')) as { records: Array<{ values: Array<number | null> }> };
        const first = demo.records[0];
        if (first?.values[0] != null) first.values[0] += 1;
        await page.route(/\/data\/demo\.json$/, (r: Route) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(demo) }));
      },
    },
    {
      name: 'an API deployment (config.json changed after the build)',
      path: '#/overview',
      otherFigures: true,
      server: async (page) => {
        await page.route(/\/config\.json$/, (r: Route) =>
          r.fulfill({ contentType: 'application/json', body: JSON.stringify({ apiBase: './api', allowedDataOrigins: [] }) }),
        );
        const demo = readFileSync('public/data/seeds.json', 'utf8');
        await page.route(/\/api\/dataset$/, (r: Route) => r.fulfill({ contentType: 'application/json', body: demo }));
      },
    },
  ];
  for (const c of notTheirs) {
    it(`is never shown for ${c.name}`, async () => {
      const page = await newPage(c.viewport);
      try {
        await c.server?.(page);
        await page.goto(`${app.base}${c.path}`);
        if (c.path.includes('league')) await page.locator('main#main h1').waitFor({ timeout: 60000 });
        else await appShown(page);
        await page.waitForTimeout(300);
        const seen = await framesSeen(page);
        assert.ok(seen.frames > 3, `frames were watched (${seen.frames})`);
        assert.equal(seen.prerender, false, 'the prerendered default was never on screen');
        if (c.otherFigures)
          assert.ok(!seen.figures.includes(DEFAULT_FIGURE), `no frame showed ${DEFAULT_FIGURE}: ${seen.figures.join(', ')}`);
        // Its own first screen comes whole: the loading line, then cards and map together.
        if (c.path.includes('#/overview') && !c.viewport)
          assert.equal(seen.cardsBeforeMap, 0, `${seen.cardsBeforeMap} frame(s) showed the cards beside a map not yet drawn`);
        await assertClean(page);
      } finally {
        await page.close();
      }
    });
  }
});

describe('what a browser keeps', () => {
  it("a user dataset: never the default's figures, then its own picture on the next visit", async () => {
    const page = await newPage();
    try {
      await page.goto(`${app.base}#/import`);
      await page.locator('header.app-header .dataset-badge').waitFor({ timeout: 60000 });
      await page
        .locator('[data-testid=dataset-file]')
        .setInputFiles({ name: 'my-seeds.json', mimeType: 'application/json', buffer: readFileSync('public/data/seeds.json') });
      await page.locator('[data-testid=upload-ok]').waitFor();
      // As the browser had it before the localStorage mirror existed: only IndexedDB knows.
      for (const mirror of [true, false]) {
        if (!mirror) await page.evaluate(() => localStorage.clear());
        await visit(page, `${app.base}#/overview`);
        await appShown(page);
        const seen = await framesSeen(page);
        assert.equal(seen.prerender, false, `the default's picture was never on screen (mirror ${mirror ? 'kept' : 'cleared'})`);
        assert.ok(!seen.figures.includes(DEFAULT_FIGURE), `no frame showed the default's figures: ${seen.figures.join(', ')}`);
        await keptPicture(page);
      }
      await visit(page, `${app.base}#/overview`);
      await appShown(page);
      const seen = await framesSeen(page);
      assert.equal(seen.shot, true, 'the next visit showed its own kept picture');
      assert.ok(!seen.figures.includes(DEFAULT_FIGURE), `and never the default's figures: ${seen.figures.join(', ')}`);
      await assertClean(page);
    } finally {
      await page.close();
    }
  });

  for (const c of [
    // (The default view of the default dataset shows the build's picture instead: the test below.)
    { name: 'the overview at 1080p, another year', path: '#/overview?year=2024', viewport: HD },
    { name: 'the overview on a phone', path: '#/overview', viewport: { width: 390, height: 844 } },
    { name: 'the overview, English, dark', path: '#/overview?lang=en&theme=dark', viewport: HD },
    { name: 'a wall screen', path: '#/screen', viewport: HD },
  ]) {
    it(`${c.name}: the next visit shows the last screen at once, marked with its as-of, then the app`, async () => {
      const page = await newPage(c.viewport);
      try {
        await page.goto(`${app.base}${c.path}`);
        await appShown(page);
        await keptPicture(page);
        const start = await heldStart(page);
        await visit(page, `${app.base}${c.path}`);
        await page.waitForFunction(() => document.documentElement.dataset.firstScreen === 'snapshot');
        const facts = await pictureFacts(page, 'first-shot');
        assert.ok(facts, 'a kept picture');
        assert.match(facts.mark ?? '', c.path.includes('lang=en') ? /as of 2026-01-15/ : /数据截至 2026-01-15/);
        // (Its style declarations were set through the CSSOM, which shows them as attributes: no violation.)
        assert.deepEqual([facts.ids, facts.scripts, facts.handlers], [0, 0, 0]);
        const before = await boxesOf(page, 'first-shot');
        const pre = await page.screenshot();
        await screenshot(page, `first-screen-kept-${c.name.replace(/\W+/g, '-')}`);
        start.release();
        await appShown(page);
        const seen = await framesSeen(page);
        assert.ok(
          seen.shotFrame !== null && seen.shotFrame <= (seen.firstContentFrame ?? Infinity),
          `the kept picture was the first thing painted: ${JSON.stringify(seen)}`,
        );
        assert.deepEqual(await boxesOf(page, 'root'), before, 'nothing moved at the takeover');
        const change = await pixelChange(page, pre, await page.screenshot());
        assert.ok(change < 0.05, `${(change * 100).toFixed(2)} % of the pixels changed at the takeover`);
        await assertClean(page);
      } finally {
        await page.close();
      }
    });
  }

  it('the default view of the default dataset, seen before: the build’s picture (checked, current), not the kept one', async () => {
    const page = await newPage();
    try {
      await page.goto(`${app.base}#/overview`);
      await appShown(page);
      await keptPicture(page);
      const start = await heldStart(page);
      await visit(page, `${app.base}#/overview`);
      await page.waitForFunction(() => document.documentElement.dataset.firstScreen === 'build', undefined, { timeout: 30000 });
      const facts = await pictureFacts(page, 'first-screen');
      assert.equal(facts?.svgShown, true, 'the build’s picture is shown');
      assert.equal(facts.firstFigure, DEFAULT_FIGURE);
      assert.equal(await page.locator('#first-shot').count(), 0, 'no kept picture beside it');
      start.release();
      await appShown(page);
      const seen = await framesSeen(page);
      assert.equal(seen.shot, false, 'the kept picture was never on screen');
      await assertClean(page);
    } finally {
      await page.close();
    }
  });

  it('a kept picture is data: one tampered with builds no script, handler or outside link', async () => {
    const page = await newPage();
    try {
      await page.goto(`${app.base}#/overview?year=2024`);
      await appShown(page);
      await keptPicture(page);
      await page.evaluate((prefix) => {
        const key = Object.keys(localStorage).find((k) => k.startsWith(`${prefix}:`) && !k.endsWith(':index'));
        if (!key) throw new Error('no kept picture');
        const shot = JSON.parse(localStorage.getItem(key) ?? '{}') as { tree: unknown[]; mark: string; css: string };
        shot.css += '\n.kpi { background: url(https://example.invalid/x.png); }\n@import url(https://example.invalid/y.css);';
        shot.mark = '<img src=x onerror="window.__pwned=1">';
        shot.tree.unshift(
          ['script', {}, 'window.__pwned = 1'],
          ['img', { src: 'x', onerror: 'window.__pwned=1' }],
          ['a', { href: 'javascript:window.__pwned=1', class: 'evil-link' }, 'x'],
          ['div', { onclick: 'window.__pwned=1', class: 'evil-div', style: 'background:url(https://example.invalid/x.png)' }, 'y'],
          ['svg', {}, ['foreignObject', {}, ['iframe', { src: 'https://example.invalid/' }]], ['a', { href: '#x' }]],
        );
        localStorage.setItem(key, JSON.stringify(shot));
      }, SHOT_PREFIX);
      const start = await heldStart(page);
      await visit(page, `${app.base}#/overview?year=2024`);
      await page.waitForFunction(() => document.documentElement.dataset.firstScreen === 'snapshot');
      const facts = await pictureFacts(page, 'first-shot');
      assert.ok(facts, 'the picture is shown');
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null), null, 'nothing ran');
      assert.deepEqual(
        { scripts: facts.scripts, handlers: facts.handlers, links: facts.links, backgrounds: facts.backgrounds, mark: facts.mark },
        { scripts: 0, handlers: 0, links: [], backgrounds: [], mark: '<img src=x onerror="window.__pwned=1">' },
      );
      start.release();
      await appShown(page);
      await assertClean(page);
    } finally {
      await page.close();
    }
  });
});
