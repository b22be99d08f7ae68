/**
 * The overview as a user sees it: headline cards, the dataset's synthetic/real label and date,
 * charts drawn, languages and themes, real figures with their quotes, missing figures as '—'.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { appUnderTest, assertClean, getBrowser, screenshot, waitForCharts, watch, withPage } from './browser.ts';

const HEADLINES = ['random', 'penalties', 'complaints', 'training', 'publicity', 'officers'];

const app = appUnderTest();

async function headlineKeys(page: Page): Promise<string[]> {
  await page.locator('article.kpi').first().waitFor();
  return page.locator('article.kpi').evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi') ?? ''));
}

describe('overview', () => {
  it('demo dataset (zh): six headline cards, the synthetic label, the as-of date, charts drawn', async () => {
    await withPage(`${app.base}#/overview`, { name: 'overview-demo-zh' }, async (page) => {
      assert.deepEqual(await headlineKeys(page), HEADLINES);
      await assert.doesNotReject(
        page.locator('h1', { hasText: '河南省 · 2025年' }).waitFor(),
        'title names 河南省 and the latest year 2025',
      );
      const badge = page.locator('header.app-header .dataset-badge');
      assert.equal(await badge.getAttribute('data-synthetic'), 'true');
      assert.match(await badge.locator('.tag-synthetic').innerText(), /演示数据/);
      assert.match(await badge.locator('.dataset-asof').innerText(), /^数据截至 \d{4}-\d{2}-\d{2}$/);
      assert.equal(await page.locator('select[data-testid=dataset-picker]').inputValue(), 'embedded:demo');
      const drawn = await waitForCharts(page, 6);
      assert.ok(drawn >= 6, `at least 6 charts drawn, saw ${drawn}`);
      // Every headline shows a number on the demo data (none is missing for the province).
      for (const key of HEADLINES) {
        const value = await page.locator(`article.kpi[data-kpi=${key}] .kpi-value`).innerText();
        assert.match(value, /\d/, `${key} card shows a figure, saw ${JSON.stringify(value)}`);
      }
      assert.equal(await page.evaluate(() => document.title), '卫生健康法治建设监督看板');
      await assertClean(page);
    });
  });

  it('demo dataset (en): English title and "Synthetic demo data"', async () => {
    await withPage(`${app.base}#/overview?lang=en`, { name: 'overview-demo-en' }, async (page) => {
      assert.deepEqual(await headlineKeys(page), HEADLINES);
      assert.equal(await page.locator('.brand-title').innerText(), 'Health Rule-of-Law Supervision Dashboard');
      assert.equal(await page.evaluate(() => document.title), 'Health Rule-of-Law Supervision Dashboard');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.locator('header.app-header .tag-synthetic').innerText(), 'Synthetic demo data');
      assert.match(await page.locator('header.app-header .dataset-asof').innerText(), /^Data as of \d{4}-\d{2}-\d{2}$/);
      await page.locator('h1', { hasText: '2025 overview' }).waitFor();
      assert.ok((await waitForCharts(page, 6)) >= 6);
      await assertClean(page);
    });
  });

  it('demo dataset (dark theme): html[data-theme=dark], a dark page, charts drawn', async () => {
    const light = await withPage(`${app.base}#/overview`, { name: 'overview-light-bg' }, async (page) => {
      await page.locator('article.kpi').first().waitFor();
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    });
    await withPage(`${app.base}#/overview?theme=dark`, { name: 'overview-demo-dark' }, async (page) => {
      assert.deepEqual(await headlineKeys(page), HEADLINES);
      await page.locator('html[data-theme=dark]').waitFor({ state: 'attached' });
      const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(dark, light, 'the dark theme changes the page background');
      const [r = 255, g = 255, b = 255] = (dark.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      assert.ok(r + g + b < 3 * 128, `dark background is dark, saw ${dark}`);
      assert.ok((await waitForCharts(page, 6)) >= 6);
      await assertClean(page);
    });
  });

  it('what is in view is drawn first: below the fold at 1920×1080 waits for the map, a 4K screen shows it all at once', async () => {
    // Every frame notes whether the placeholder of the content below the first screen was on the page.
    const seen = `(() => { window.__placeholderFrames = 0; const tick = () => { if (document.querySelector('[data-testid=below-first-screen]')) window.__placeholderFrames++; if (performance.now() < 8000) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })();`;
    for (const [width, height, expectPlaceholder] of [
      [1920, 1080, true],
      [3840, 2160, false],
    ] as const) {
      await withPage(
        `${app.base}#/overview`,
        { name: `overview-in-view-${width}`, viewport: { width, height }, initScript: seen },
        async (page) => {
          assert.ok((await waitForCharts(page, 9)) >= 9, 'the map, six trends and two bar charts are drawn');
          const frames = await page.evaluate(() => (window as unknown as { __placeholderFrames: number }).__placeholderFrames);
          if (expectPlaceholder)
            assert.ok(frames > 0, `at ${width}×${height} the trends wait below the fold (placeholder painted in ${frames} frames)`);
          else assert.equal(frames, 0, `at ${width}×${height} everything is in view: no frame shows the placeholder`);
          await assertClean(page);
        },
      );
    }
  });

  it('charts follow the window when it is resized (a wall screen switching mode, a phone turned)', async () => {
    await withPage(`${app.base}#/overview`, { name: 'overview-resize', viewport: { width: 1920, height: 1080 } }, async (page) => {
      await waitForCharts(page, 6);
      const sizes = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.echart[data-ready="true"]')].map((el) => {
            const canvas = el.querySelector('canvas');
            return { host: el.clientWidth, canvas: canvas ? Math.round(canvas.getBoundingClientRect().width) : -1 };
          }),
        );
      const before = await sizes();
      assert.ok(before.length >= 6 && before.every((s) => s.canvas === s.host), `canvases fill their charts: ${JSON.stringify(before)}`);
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLElement>('.echart[data-ready="true"]')].every(
            (el) => Math.round(el.querySelector('canvas')?.getBoundingClientRect().width ?? -1) === el.clientWidth,
          ),
        undefined,
        { timeout: 10000 },
      );
      const after = await sizes();
      assert.ok(
        after.some((s, i) => s.host < (before[i]?.host ?? 0)),
        `the narrower window narrows the charts: ${JSON.stringify({ before, after })}`,
      );
      await assertClean(page);
    });
  });

  it('seeds dataset, 卫滨区 2025: 14 penalty cases, fines 5.34 万元 (53,364 元) with the quote', async () => {
    await withPage(`${app.base}?data=data/seeds.json#/overview?scope=410703&year=2025`, { name: 'overview-seeds-410703' }, async (page) => {
      assert.deepEqual(await headlineKeys(page), HEADLINES);
      await page.locator('h1', { hasText: '卫滨区 · 2025年' }).waitFor();
      const badge = page.locator('header.app-header .dataset-badge');
      assert.equal(await badge.getAttribute('data-synthetic'), 'false');
      assert.equal(await badge.locator('.tag-real').innerText(), '真实数据');
      assert.equal(await page.locator('select[data-testid=dataset-picker]').inputValue(), 'embedded:seeds');

      const card = page.locator('article.kpi[data-kpi=penalties]');
      assert.equal(await card.locator('.kpi-value').innerText(), '14 件');
      assert.equal(await card.locator('.kpi-secondary').innerText(), '罚款 5.34 万元');
      const quote = card.getByText('2025年共办理行政处罚案件 14件', { exact: true });
      assert.equal(await quote.isVisible(), false, 'evidence is folded until asked for');
      await card.locator('details summary').click();
      await quote.waitFor({ state: 'visible' });
      await card.getByText('53,364 元', { exact: true }).waitFor({ state: 'visible' });
      await card.getByText('民币 53364元', { exact: true }).waitFor({ state: 'visible' });
      assert.match(await card.locator('.evidence-doc').first().innerText(), /卫滨区卫生健康委员会/);

      // 卫滨区 reported no complaints-handled rate for 2025: '—' (未填报), never 0.
      const complaints = page.locator('article.kpi[data-kpi=complaints]');
      assert.equal(await complaints.getAttribute('data-missing'), 'true');
      const shown = (await complaints.locator('.kpi-value').innerText()).trim();
      assert.match(shown, /^—\s*未填报$/);
      assert.doesNotMatch(shown, /0/);
      await assertClean(page);
    });
  });

  it('screenshots: 1920×1080 @1x and @2x (3840×2160 pixels), light/dark, zh/en', async () => {
    const browser = await getBrowser();
    const saved: string[] = [];
    for (const deviceScaleFactor of [1, 2]) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor, locale: 'zh-CN' });
      try {
        for (const theme of ['light', 'dark'] as const) {
          for (const lang of ['zh', 'en'] as const) {
            const page = await context.newPage();
            await watch(page, context);
            await page.goto(`${app.base}#/overview?theme=${theme}&lang=${lang}`);
            await waitForCharts(page, 6);
            await page.evaluate(async () => {
              await document.fonts.ready;
            });
            await page.waitForTimeout(1200); // ECharts' entry animation
            const size = await page.evaluate(() => [window.innerWidth * devicePixelRatio, window.innerHeight * devicePixelRatio]);
            assert.deepEqual(size, deviceScaleFactor === 1 ? [1920, 1080] : [3840, 2160]);
            saved.push(await screenshot(page, `overview-${size.join('x')}-${theme}-${lang}`));
            await assertClean(page);
            await page.close();
          }
        }
      } finally {
        await context.close();
      }
    }
    assert.equal(saved.length, 8);
  });
});
