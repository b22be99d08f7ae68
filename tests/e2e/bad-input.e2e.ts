/**
 * Bad input never takes the dashboard down: each kind is refused with a message that names the
 * source, the JSON path and the problem (in the UI's language), and the dataset that was on
 * screen (or the default) stays there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { badFixtures } from '../../mocks/fixtures/bad.ts';
import { RETRIES } from '../../src/data/fetchDataset.ts';
import { appUnderTest, assertClean, distRoot, getBrowser, screenshot, watch, withPage } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const HEADLINES = ['random', 'penalties', 'complaints', 'training', 'publicity', 'officers'];
const DEMO_ZH = '河南省演示数据（合成）';

const app = appUnderTest();

/** The default (demo) dataset is on screen: its six headline cards and its name in the picker. */
async function demoStillShown(page: Page): Promise<void> {
  await page.locator('article.kpi').nth(5).waitFor();
  const keys = await page.locator('article.kpi').evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi')));
  assert.deepEqual(keys, HEADLINES, 'the headline cards are still there');
  assert.equal(await page.locator('select[data-testid=dataset-picker]').inputValue(), 'embedded:demo');
  assert.equal(await page.locator('header.app-header .dataset-badge').getAttribute('data-synthetic'), 'true');
  await page.locator('h1', { hasText: '河南省' }).waitFor();
}

interface Expect {
  /** data-failure on the message. */
  kind: string;
  /** Fragments the message must contain (zh). */
  text: string[];
}

const expected: Record<string, Expect> = {
  'not-json': { kind: 'not_json', text: ['文件不是 JSON'] },
  'html-error-page': { kind: 'html', text: ['收到的是网页（HTML），不是数据 JSON'] },
  'empty-object': { kind: 'empty', text: ['空的 JSON 对象'] },
  'wrong-schema': {
    kind: 'schema',
    text: ['数据不符合规范，发现 5 处问题', 'meta.name 缺少必填字段', 'indicators 应为 Array，实为 "none"'],
  },
  'unknown-unit': { kind: 'schema', text: ['records[0].unit 未知单位代码 999999'] },
  'unknown-indicator': { kind: 'schema', text: ['records[0].domains.no_such_indicator 未知指标 no_such_indicator'] },
  'negative-count': {
    kind: 'schema',
    text: ['发现 2 处问题', 'records[2].values[', '数值不能为负', '-3', 'penalty_cases', 'records[2].evidence[0].value'],
  },
  'rate-over-100': { kind: 'schema', text: ['发现 1 处问题', 'records[2].values[', '比率不能超过 100', '130', 'random_completion_rate'] },
  'numbers-as-strings': { kind: 'schema', text: ['records[2].values[', '应为 number，实为 "14"'] },
};

describe('bad input via ?data=', () => {
  it('covers every bad fixture in mocks/fixtures/bad.ts', () => {
    assert.deepEqual(Object.keys(expected).sort(), Object.keys(badFixtures).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: refused with a message, the default dataset stays`, async () => {
      const path = `fixtures/${name}.json`;
      await withPage(`${app.base}?data=${path}#/overview`, { name: `bad-${name}` }, async (page) => {
        const banner = page.locator('[data-testid=load-error]');
        await banner.waitFor();
        await demoStillShown(page);
        assert.equal(await banner.locator('.load-error').getAttribute('data-failure'), want.kind);
        const text = (await banner.innerText()).replace(/\s+/g, ' ');
        assert.ok(text.includes(`来源：${app.base}${path}`), `names the source ${path}: ${text}`);
        for (const fragment of want.text) assert.ok(text.includes(fragment), `says ${JSON.stringify(fragment)}: ${text}`);
        assert.ok(text.includes(`已改为显示默认数据集：${DEMO_ZH}`), `says the default is shown: ${text}`);
        assert.equal(await page.getByRole('button', { name: '重试' }).count(), 0, 'a bad file is not worth retrying');
        await assertClean(page);
      });
    });
  }

  it('negative-count in English: source, JSON path and wording in English', async () => {
    const path = 'fixtures/negative-count.json';
    await withPage(`${app.base}?data=${path}#/overview?lang=en`, { name: 'bad-negative-count-en' }, async (page) => {
      const banner = page.locator('[data-testid=load-error]');
      await banner.waitFor();
      await page.locator('article.kpi').nth(5).waitFor();
      const text = (await banner.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes(`Source: ${app.base}${path}`), text);
      assert.ok(text.includes('records[2].values['), text);
      assert.ok(text.includes('a count cannot be negative'), text);
      assert.ok(text.includes('-3'), text);
      assert.ok(text.includes('Showing the default dataset instead: Henan demo data (synthetic)'), text);
      assert.doesNotMatch(text, /[\u4e00-\u9fff]/, 'no Chinese left in the English message');
      await assertClean(page);
    });
  });

  it('the message can be dismissed and the dashboard carries on', async () => {
    await withPage(`${app.base}?data=fixtures/rate-over-100.json#/overview`, { name: 'bad-dismiss' }, async (page) => {
      const banner = page.locator('[data-testid=load-error]');
      await banner.waitFor();
      await banner.getByRole('button', { name: '关闭' }).click();
      await banner.waitFor({ state: 'detached' });
      await demoStillShown(page);
      await assertClean(page);
    });
  });
});

describe('bad input via upload on #/import', () => {
  const seedsBytes = readFileSync('public/data/seeds.json');

  it('a bad file is refused and the current dataset stays', async () => {
    await withPage(`${app.base}#/import`, { name: 'upload-bad' }, async (page) => {
      const picker = page.locator('select[data-testid=dataset-picker]');
      await page.locator('header.app-header .dataset-badge').waitFor();
      assert.equal(await picker.inputValue(), 'embedded:demo');
      const input = page.locator('[data-testid=dataset-file]');

      const negative = badFixtures['negative-count']?.() ?? assert.fail('fixture missing');
      await input.setInputFiles({ name: 'bad-counts.json', mimeType: 'application/json', buffer: Buffer.from(negative.body) });
      const error = page.locator('[data-testid=upload-error]');
      await error.waitFor();
      let text = (await error.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes('来源：bad-counts.json'), text);
      assert.ok(text.includes('records[2].values['), text);
      assert.ok(text.includes('数值不能为负'), text);
      assert.equal(await page.locator('[data-testid=upload-ok]').count(), 0);
      assert.equal(await page.locator('[data-testid=remove-upload]').count(), 0, 'nothing was stored');
      assert.equal(await picker.inputValue(), 'embedded:demo');

      await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not json') });
      await page.locator('[data-testid=upload-error]', { hasText: '来源：notes.json' }).waitFor();
      text = (await error.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes('文件不是 JSON'), text);
      assert.equal(await picker.inputValue(), 'embedded:demo');

      // The overview still shows the demo dataset.
      await page.locator('nav.app-nav a', { hasText: '总览' }).click();
      await demoStillShown(page);
      await assertClean(page);
    });
  });

  it('a good file is accepted, survives a reload (IndexedDB) and can be removed', async () => {
    await withPage(`${app.base}#/import`, { name: 'upload-good' }, async (page) => {
      const picker = page.locator('select[data-testid=dataset-picker]');
      const badge = page.locator('header.app-header .dataset-badge');
      await badge.waitFor();
      await page
        .locator('[data-testid=dataset-file]')
        .setInputFiles({ name: 'my-seeds.json', mimeType: 'application/json', buffer: seedsBytes });
      const ok = page.locator('[data-testid=upload-ok]');
      await ok.waitFor();
      assert.match(await ok.innerText(), /已载入 my-seeds\.json：11 个单位/);
      assert.match(await picker.inputValue(), /^upload:/);
      assert.equal(await badge.getAttribute('data-synthetic'), 'false');
      assert.equal(await page.locator('[data-testid=upload-error]').count(), 0);

      await page.reload();
      await page.locator('[data-testid=remove-upload]', { hasText: 'my-seeds.json' }).waitFor();
      assert.match(await picker.inputValue(), /^upload:/, 'the upload is still chosen after a reload');
      assert.equal(await badge.getAttribute('data-synthetic'), 'false');
      assert.equal(await badge.locator('.tag-real').innerText(), '真实数据');
      await page.goto(`${app.base}#/overview?scope=410703&year=2025`);
      await page.locator('article.kpi[data-kpi=penalties] .kpi-value', { hasText: '14 件' }).waitFor();

      await page.goto(`${app.base}#/import`);
      await page.locator('[data-testid=remove-upload]').click();
      // Removing asks first (with a last download offered).
      await page.locator('[data-testid=remove-yes]').click();
      await page.locator('[data-testid=remove-upload]').waitFor({ state: 'detached' });
      await page.waitForFunction(
        () => document.querySelector<HTMLSelectElement>('select[data-testid=dataset-picker]')?.value === 'embedded:demo',
      );
      assert.equal(await badge.getAttribute('data-synthetic'), 'true');
      assert.equal(await picker.locator('option[value^="upload:"]').count(), 0);

      await page.reload();
      await badge.waitFor();
      assert.equal(await picker.inputValue(), 'embedded:demo', 'removed for good: the default after a reload');
      assert.equal(await page.locator('[data-testid=remove-upload]').count(), 0);
      await assertClean(page);
    });
  });
});

describe('network and origin failures', () => {
  let server: TestServer;
  before(async () => {
    // A private server: these tests change what a path answers.
    server = await startServer({ root: distRoot() });
  });
  after(async () => {
    await server.close();
  });

  for (const mode of ['abort', 500] as const) {
    it(`a dataset URL that fails (${mode === 'abort' ? 'connection aborted' : 'HTTP 500'}) is retried ${RETRIES} times, then explained; retry works`, async () => {
      const path = mode === 'abort' ? '/data/flaky-abort.json' : '/data/flaky-500.json';
      const url = `${server.origin}${path}`;
      server.setRoute(path, mode === 'abort' ? 'abort' : { status: 500, body: 'Internal Server Error' });
      const browser = await getBrowser();
      const context = await browser.newContext({ locale: 'zh-CN' });
      // Requests the page made. The context also reports the service worker's own fetch of a
      // request it handles for the page (once it controls the page, mid-retries): that is the same
      // attempt, not another. Chromium may also resend a request whose reused connection closed
      // without an answer, so the server can see more than the app asked for.
      let attempts = 0;
      context.on('request', (r) => {
        if (r.url() === url && r.serviceWorker() === null) attempts += 1;
      });
      try {
        await withPage(
          `${server.url}?data=${path.slice(1)}#/overview`,
          { name: `network-${mode}`, expectFailedUrls: [url], context },
          async (page) => {
            const banner = page.locator('[data-testid=load-error]');
            await banner.waitFor({ timeout: 15000 });
            await demoStillShown(page);
            assert.equal(attempts, 1 + RETRIES, `one request and ${RETRIES} retries`);
            assert.ok(server.hits(path) >= attempts);
            const text = (await banner.innerText()).replace(/\s+/g, ' ');
            assert.ok(text.includes(`来源：${url}`), text);
            if (mode === 'abort') {
              assert.equal(await banner.locator('.load-error').getAttribute('data-failure'), 'network');
              assert.ok(text.includes('网络请求失败'), text);
              assert.ok(text.includes(`已重试 ${RETRIES} 次`), text);
            } else {
              assert.equal(await banner.locator('.load-error').getAttribute('data-failure'), 'http');
              assert.ok(text.includes('服务器返回 500'), text);
            }
            assert.ok(text.includes(`已改为显示默认数据集：${DEMO_ZH}`), text);

            // The server recovers; the user presses 重试 and gets the dataset.
            server.setRoute(path, { body: readFileSync('public/data/seeds.json'), contentType: 'application/json' });
            await banner.getByRole('button', { name: '重试' }).click();
            await banner.waitFor({ state: 'detached' });
            await page.locator('header.app-header .dataset-badge[data-synthetic=false]').waitFor();
            assert.equal(attempts, 2 + RETRIES);
            await assertClean(page);
          },
        );
      } finally {
        await context.close();
      }
    });
  }

  it('a ?data= URL on another origin is refused without a request to it', async () => {
    const foreign = 'http://127.0.0.2:9/x.json';
    const browser = await getBrowser();
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await watch(page, context);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    try {
      await page.goto(`${server.url}?data=${foreign}#/overview`);
      const banner = page.locator('[data-testid=load-error]');
      await banner.waitFor();
      await demoStillShown(page);
      assert.equal(await banner.locator('.load-error').getAttribute('data-failure'), 'origin');
      const text = (await banner.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes(`来源：${foreign}`), text);
      assert.ok(text.includes('不允许从其他网站载入数据：http://127.0.0.2:9'), text);
      assert.ok(text.includes('allowedDataOrigins'), text);
      assert.deepEqual(
        requested.filter((u) => u.startsWith('http://127.0.0.2')),
        [],
        'no request to the other origin',
      );
      assert.ok(
        requested.every((u) => u.startsWith(server.origin)),
        `only same-origin requests: ${requested.join(' ')}`,
      );
      await assertClean(page);
    } catch (err) {
      await screenshot(page, 'FAILED-origin', true).catch(() => undefined);
      throw err;
    } finally {
      await context.close();
    }
  });
});
