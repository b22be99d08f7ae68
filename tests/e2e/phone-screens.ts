/**
 * The phone screen checks shared by phone.e2e.ts (390×844) and phone-360.e2e.ts (360×800): each
 * language and theme on one page in a touch context at dpr 3, every screen visited in turn.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { assertClean, getBrowser, screenshot, watch } from './browser.ts';
import { axeSerious, clippedText, sidewaysOverflow, smallTargets } from './phone-checks.ts';

export interface Viewport {
  name: string;
  width: number;
  height: number;
}

interface Screen {
  name: string;
  url: (params: string) => string;
  ready: string;
}

const SCREENS: Screen[] = [
  { name: 'overview', url: (p) => `#/overview?${p}`, ready: '.echart[data-ready="true"] canvas' },
  { name: 'league', url: (p) => `#/league?${p}`, ready: '[data-testid=league-list] .ll-row' },
  { name: 'weaknesses', url: (p) => `#/weaknesses?${p}`, ready: '.wk-heatmap .echart[data-ready="true"] canvas' },
  { name: 'unit', url: (p) => `?data=data/seeds.json#/units/410703?year=2025&${p}`, ready: '[data-testid=indicator-table]' },
  { name: 'screen', url: (p) => `#/screen?${p}`, ready: '.scr-canvas' },
  { name: 'import', url: (p) => `#/import?${p}`, ready: 'main h1' },
];

const contexts = new Map<string, Promise<BrowserContext>>();
function phoneContext(vp: Viewport): Promise<BrowserContext> {
  let ctx = contexts.get(vp.name);
  if (!ctx) {
    ctx = getBrowser().then((b) =>
      b.newContext({
        viewport: { width: vp.width, height: vp.height },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      }),
    );
    contexts.set(vp.name, ctx);
  }
  return ctx;
}

async function openOn(vp: Viewport): Promise<Page> {
  const context = await phoneContext(vp);
  const page = await context.newPage();
  await watch(page, context);
  return page;
}

async function show(app: { base: string }, page: Page, screen: Screen, params: string): Promise<void> {
  await page.goto(`${app.base}${screen.url(params)}`);
  await page.locator(screen.ready).first().waitFor({ timeout: 30000 });
  // Fonts and the charts' first frame, so the checks and the screenshot see the settled page.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}

/** Wall screen: the 1920×1080 canvas scaled to fit inside the phone, as on any screen. */
async function letterboxed(page: Page): Promise<string[]> {
  const r = await page.locator('.scr-canvas').evaluate((el) => {
    const b = el.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, vw: innerWidth, vh: innerHeight };
  });
  const ok = r.left >= -1 && r.top >= -1 && r.right <= r.vw + 1 && r.bottom <= r.vh + 1 && r.right - r.left >= r.vw - 2;
  return ok ? [] : [`wall screen canvas not letterboxed: ${JSON.stringify(r)}`];
}

/** One test per language and theme at this viewport; axe-core on the `lang-theme` pairs in axeOn. */
export function phoneScreenTests(app: { base: string }, vp: Viewport, axeOn: ReadonlySet<string>): void {
  const combos = (['zh', 'en'] as const).flatMap((lang) => (['light', 'dark'] as const).map((theme) => ({ lang, theme })));
  for (const { lang, theme } of combos) {
    const axe = axeOn.has(`${lang}-${theme}`);
    describe(`phone ${vp.width}×${vp.height} ${lang} ${theme}`, () => {
      it(`every screen fits, reads whole, has 44 px targets${axe ? ' and no serious axe finding' : ''}`, async () => {
        const page = await openOn(vp);
        const params = [lang === 'en' ? 'lang=en' : '', theme === 'dark' ? 'theme=dark' : ''].filter(Boolean).join('&');
        const problems: string[] = [];
        const timings: string[] = [];
        try {
          for (const screen of SCREENS) {
            const t0 = performance.now();
            await show(app, page, screen, params);
            const where = `${screen.name}:`;
            const over = await sidewaysOverflow(page);
            if (over > 0) problems.push(`${where} page scrolls sideways by ${over}px`);
            if (screen.name === 'screen') problems.push(...(await letterboxed(page)).map((p) => `${where} ${p}`));
            else {
              problems.push(...(await clippedText(page)).map((p) => `${where} ${p}`));
              problems.push(...(await smallTargets(page)).map((p) => `${where} small target ${p}`));
            }
            const t1 = performance.now();
            if (axe)
              for (const f of await axeSerious(page)) problems.push(`${where} axe ${f.impact} ${f.id} (${f.help}): ${f.nodes.join(' | ')}`);
            timings.push(`${screen.name} ${Math.round(t1 - t0)}${axe ? `+axe ${Math.round(performance.now() - t1)}` : ''} ms`);
            await screenshot(page, `phone-${vp.name}-${lang}-${theme}-${screen.name}`);
          }
          console.log(`# ${vp.name} ${lang} ${theme}: ${timings.join(', ')}`);
          assert.deepEqual(problems, [], `${vp.width}×${vp.height} ${lang} ${theme}`);
          await assertClean(page);
        } catch (err) {
          await screenshot(page, `FAILED-phone-${vp.name}-${lang}-${theme}`).catch(() => undefined);
          throw err;
        } finally {
          await page.close();
        }
      });
    });
  }
}
