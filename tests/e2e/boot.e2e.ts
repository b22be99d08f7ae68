/**
 * The first screen asks for everything at once: the dataset request starts before the main script
 * has finished executing — read from the resource timing, not from a clock: before the first chunk
 * that the running app asks for (one index.html does not name, so requested by rendered code),
 * and for the default dataset even before the app chunk has arrived. Each first-screen file is
 * fetched once (the preloads are reused, not repeated).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { appUnderTest, assertClean, distRoot, waitForCharts, withPage } from './browser.ts';

const app = appUnderTest();

interface Entry {
  path: string;
  start: number;
  end: number;
}

async function timings(page: import('playwright-core').Page): Promise<Entry[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      path: new URL(r.name).pathname,
      start: r.startTime,
      end: r.responseEnd,
    })),
  );
}

describe('first screen requests', () => {
  it("the entry script waits for no more than its own small chunk before it runs (never the app's)", () => {
    const html = readFileSync(join(distRoot(), 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(entry, 'index.html names its entry script');
    const code = readFileSync(join(distRoot(), entry), 'utf8');
    // Static imports only: `import{…}from"./x.js"` or `import"./x.js"` (dynamic `import(` is what it should use for the app).
    const imported = [...code.matchAll(/import\s*(?:[\w${},\s*]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1] ?? '');
    const sizes = imported.map((f) => ({ f, kb: statSync(join(distRoot(), 'assets', f)).size / 1024 }));
    assert.ok(!imported.some((f) => /^start-/.test(f)), `the entry imports the app's chunk statically: ${JSON.stringify(sizes)}`);
    const total = sizes.reduce((t, s) => t + s.kb, 0);
    assert.ok(total < 32, `the entry's static imports total ${total.toFixed(1)} KB (< 32 KB): ${JSON.stringify(sizes)}`);
  });

  for (const c of [
    { name: 'default dataset', query: '', dataset: '/data/demo.json' },
    { name: '?data= link', query: '?data=data/seeds.json', dataset: '/data/seeds.json' },
  ]) {
    it(`starts the ${c.name} request before the app's script has run`, async () => {
      await withPage(
        `${app.base}${c.query}#/overview`,
        { name: `boot-${c.name}`, viewport: { width: 1920, height: 1080 } },
        async (page) => {
          await waitForCharts(page, 1);
          const entries = await timings(page);
          const data = entries.filter((e) => e.path === c.dataset);
          const main = entries.find((e) => /\/assets\/start-[^/]+\.js$/.test(e.path));
          assert.equal(data.length, 1, `${c.dataset} fetched once: ${JSON.stringify(entries.map((e) => e.path))}`);
          assert.ok(main, 'the app chunk is in the resource timing');
          const [dataset] = data;
          assert.ok(dataset);
          const named = await page.evaluate(() =>
            [...document.querySelectorAll('link[rel=modulepreload], script[src]')].map(
              (e) => new URL(e.getAttribute('href') ?? e.getAttribute('src') ?? '', location.href).pathname,
            ),
          );
          const lazy = entries
            .filter((e) => /\/assets\/[^/]+\.js$/.test(e.path) && !named.includes(e.path))
            .sort((a, b) => a.start - b.start)[0];
          assert.ok(lazy, 'the app asked for a chunk of its own once running');
          assert.ok(
            dataset.start < lazy.start,
            `dataset starts at ${dataset.start.toFixed(0)} ms, before the running app's first request (${lazy.path} at ${lazy.start.toFixed(0)} ms)`,
          );
          if (c.query === '')
            assert.ok(
              dataset.start < main.end,
              `default dataset starts at ${dataset.start.toFixed(0)} ms, before the app chunk has arrived (${main.end.toFixed(0)} ms)`,
            );
          for (const f of ['/config.json', '/data/index.json'])
            assert.equal(entries.filter((e) => e.path === f).length, 1, `${f} fetched once`);
          const echarts = entries.find((e) => /\/assets\/echarts-(?!extra)[^/]+\.js$/.test(e.path));
          assert.ok(echarts, 'ECharts is in the resource timing');
          assert.ok(
            echarts.start < main.end,
            `ECharts is requested with the app, not after it: ECharts at ${echarts.start.toFixed(1)} ms, the app chunk ${main.start.toFixed(1)} → ${main.end.toFixed(1)} ms`,
          );
          if (c.query === '') assert.ok(!entries.some((e) => e.path === '/data/seeds.json'));
          if (c.query === '') {
            // The demo is Henan's: its tile layout is asked for with the page, not once the dataset is parsed.
            const layout = entries.find((e) => /\/assets\/410000-[^/]+\.js$/.test(e.path));
            assert.ok(layout, "the default dataset's tile layout is loaded");
            assert.ok(
              layout.start < main.end,
              `layout requested at ${layout.start.toFixed(0)} ms, before the app chunk arrived (${main.end.toFixed(0)} ms)`,
            );
          }
          await assertClean(page);
        },
      );
    });
  }
});
