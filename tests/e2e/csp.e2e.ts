/**
 * The app under a strict Content-Security-Policy (no inline script or style): every route loads
 * and every chart's tooltip shows without a violation or a console error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appUnderTest, assertClean, issuesOf, openPage, waitForCharts, withPage } from './browser.ts';
import { CONTENT_SECURITY_POLICY } from './server.ts';

const app = appUnderTest();

/** Moves the mouse across each chart on a few lines; returns how many charts showed a tooltip. */
async function hoverCharts(page: Page): Promise<{ charts: number; tooltips: number }> {
  const charts = page.locator('.echart');
  const n = await charts.count();
  let tooltips = 0;
  for (let i = 0; i < n; i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) continue;
    let shown = false;
    for (const fy of [0.4, 0.7]) {
      const y = box.y + box.height * fy;
      await page.mouse.move(box.x + 2, y);
      for (let step = 1; step <= 8; step++) {
        await page.mouse.move(box.x + (box.width * step) / 9, y);
        if (!shown) {
          shown = await chart.evaluate((el) =>
            [...el.querySelectorAll<HTMLElement>('.fz-tooltip')].some(
              (t) =>
                t.offsetParent !== null &&
                getComputedStyle(t).visibility !== 'hidden' &&
                getComputedStyle(t).opacity !== '0' &&
                t.textContent !== '',
            ),
          );
        }
      }
    }
    if (shown) tooltips += 1;
    await page.mouse.move(0, 0);
  }
  return { charts: n, tooltips };
}

/** The route's content is there (the wall screen has no header: its own canvas). */
async function routeReady(page: Page): Promise<void> {
  await page.locator('main#main h1, [data-testid=screen-canvas]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const n = await page.locator('.echart').count();
  if (n > 0) await waitForCharts(page, n);
}

const routes: Array<{ route: string; minCharts: number }> = [
  { route: 'overview', minCharts: 6 },
  { route: 'league', minCharts: 0 },
  { route: 'weaknesses', minCharts: 0 },
  { route: 'units/410703', minCharts: 0 },
  { route: 'screen', minCharts: 0 },
  { route: 'import', minCharts: 0 },
];

describe('strict CSP', () => {
  it('the server sends the policy on the page and its assets', async () => {
    const page = await openPage(`${app.base}#/overview`);
    try {
      const headers: Record<string, string | undefined> = {};
      page.on('response', (r) => {
        headers[new URL(r.url()).pathname] = r.headers()['content-security-policy'];
      });
      await page.reload();
      await waitForCharts(page, 1);
      const paths = Object.keys(headers);
      assert.ok(paths.includes('/'), 'the document');
      assert.ok(
        paths.some((p) => p.endsWith('.js')),
        'scripts',
      );
      assert.ok(
        paths.some((p) => p.endsWith('.css')),
        'styles',
      );
      assert.ok(
        paths.some((p) => p.endsWith('.json')),
        'data',
      );
      for (const [path, csp] of Object.entries(headers)) assert.equal(csp, CONTENT_SECURITY_POLICY, path);
      await assertClean(page);
    } finally {
      await page.close();
    }
  });

  it('the harness notices a violation and a console error (canary)', async () => {
    const page = await openPage(`${app.base}#/import`);
    try {
      await page.locator('header.app-header').waitFor();
      await page.evaluate(() => {
        const div = document.createElement('div');
        div.innerHTML = '<span style="color: red">inline style</span>';
        document.body.append(div);
        console.error('canary console error');
      });
      await page.waitForFunction(() => ((window as unknown as { __cspViolations?: unknown[] }).__cspViolations ?? []).length > 0);
      const kinds = (await issuesOf(page)).map((i) => i.kind);
      assert.ok(kinds.includes('csp'), `a CSP violation is recorded: ${kinds.join(', ')}`);
      assert.ok(kinds.includes('console'), `a console error is recorded: ${kinds.join(', ')}`);
      await assert.rejects(assertClean(page));
    } finally {
      await page.close();
    }
  });

  for (const { route, minCharts } of routes) {
    it(`#/${route}: loads, charts answer the mouse, no violation, no console error`, async () => {
      await withPage(
        `${app.base}#/${route}`,
        { name: `csp-${route.replace('/', '-')}`, viewport: { width: 1600, height: 1000 } },
        async (page) => {
          await routeReady(page);
          if (route === 'overview') await waitForCharts(page, minCharts);
          const { charts, tooltips } = await hoverCharts(page);
          assert.ok(charts >= minCharts, `at least ${minCharts} charts on #/${route}, saw ${charts}`);
          if (charts > 0) assert.ok(tooltips >= 1, `a chart tooltip showed on #/${route} (${tooltips}/${charts})`);
          if (charts > 0) console.log(`# #/${route}: ${tooltips} of ${charts} charts showed a tooltip`);
          await assertClean(page);
        },
      );
    });
  }

  it('dark and English: the overview is clean too', async () => {
    for (const q of ['theme=dark&lang=en']) {
      await withPage(`${app.base}#/overview?${q}`, { name: `csp-overview-${q}` }, async (page) => {
        await waitForCharts(page, 6);
        await hoverCharts(page);
        await assertClean(page);
      });
    }
  });
});
