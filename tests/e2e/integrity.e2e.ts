/**
 * Inconsistent datasets (a reference that does not resolve, a quote that contradicts its record,
 * a value out of range, an implausible date, a duplicate) are refused in Chromium with their
 * JSON path and the problem in the user's language, and the dataset on screen stays.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { integrityCases } from '../../mocks/fixtures/integrity.ts';
import { tinyDataset } from '../../mocks/fixtures/tiny.ts';
import { decodeDataset } from '../../src/data/decode.ts';
import { translate, type MessageKey } from '../../src/i18n/index.ts';
import { applyMutations, mutationArb, pathsOf, referencesOf } from '../unit/property/mutations.ts';
import { appUnderTest, assertClean, withPage } from './browser.ts';

const app = appUnderTest();
const DEMO_ZH = '河南省演示数据（合成）';

/** The demo dataset is still on screen: its headline cards and its name in the picker. */
async function demoStillShown(page: Page): Promise<void> {
  await page.locator('article.kpi').nth(5).waitFor();
  assert.equal(await page.locator('select[data-testid=dataset-picker]').inputValue(), 'embedded:demo');
  await page.locator('h1', { hasText: '河南省' }).waitFor();
}

/** The message's fixed wording before its first placeholder. */
function wordingOf(code: string, lang: 'zh' | 'en'): string {
  const key = `problem.${code}`;
  const template = translate(lang, key as MessageKey);
  return (template.split('{')[0] ?? '').trim();
}

/** What the two broken datasets of issue 13 must say, word for word. */
const exact: Record<string, string[]> = {
  'document-unknown-unit': ['documents[0].unit 未知单位代码 999999'],
  'evidence-contradicts-rate': [
    'records[2].evidence[2].value 比率不能超过 100：150（random_completion_rate）',
    'records[2].evidence[2].value 引文中的数值为 150，记录中为 100（random_completion_rate）',
  ],
};

describe('inconsistent datasets via ?data=', () => {
  for (const name of Object.keys(exact)) {
    const x = integrityCases[name] ?? assert.fail(`no case ${name}`);
    it(`${name} (${x.what}): refused at ${x.path}, the default dataset stays`, async () => {
      const path = `fixtures/${name}.json`;
      await withPage(`${app.base}?data=${path}#/overview`, { name: `integrity-${name}` }, async (page) => {
        const banner = page.locator('[data-testid=load-error]');
        await banner.waitFor();
        await demoStillShown(page);
        assert.equal(await banner.locator('.load-error').getAttribute('data-failure'), 'schema');
        const text = (await banner.innerText()).replace(/\s+/g, ' ');
        assert.ok(text.includes(`来源：${app.base}${path}`), text);
        for (const fragment of exact[name] ?? []) assert.ok(text.includes(fragment), `says ${JSON.stringify(fragment)}: ${text}`);
        assert.ok(text.includes(`已改为显示默认数据集：${DEMO_ZH}`), text);
        await assertClean(page);
      });
    });
  }

  it('in English: the quote that contradicts its record, worded in English', async () => {
    const path = 'fixtures/evidence-value-mismatch.json';
    await withPage(`${app.base}?data=${path}#/overview?lang=en`, { name: 'integrity-mismatch-en' }, async (page) => {
      const banner = page.locator('[data-testid=load-error]');
      await banner.waitFor();
      await page.locator('article.kpi').nth(5).waitFor();
      const text = (await banner.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes('records[2].evidence[0].value the quote says 15, the record holds 14 (penalty_cases)'), text);
      assert.doesNotMatch(text, /[\u4e00-\u9fff]/, 'no Chinese left in the English message');
      await assertClean(page);
    });
  });
});

describe('inconsistent datasets uploaded on #/import: every rule', () => {
  // One page for every case (a page load per case would not fit the time budget): each file is
  // dropped in turn, refused, and the demo stays chosen; the overview still shows it at the end.
  it(`${Object.keys(integrityCases).length} files, each refused with its path and wording, nothing stored`, async () => {
    await withPage(`${app.base}#/import`, { name: 'integrity-upload-all' }, async (page) => {
      const picker = page.locator('select[data-testid=dataset-picker]');
      await page.locator('header.app-header .dataset-badge').waitFor();
      const input = page.locator('[data-testid=dataset-file]');
      const error = page.locator('[data-testid=upload-error]');
      for (const [name, x] of Object.entries(integrityCases)) {
        await input.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(x.make().body) });
        await page.locator('[data-testid=upload-error]', { hasText: `来源：${name}.json` }).waitFor();
        const first = (await error.locator('.load-error-problems li').first().innerText()).replace(/\s+/g, ' ');
        assert.ok(first.startsWith(`${x.path} `), `${name}: the first problem is at ${x.path}: ${first}`);
        const wording = wordingOf(x.code, 'zh');
        if (wording) assert.ok(first.includes(wording), `${name} says ${JSON.stringify(wording)}: ${first}`);
        const text = (await error.innerText()).replace(/\s+/g, ' ');
        for (const fragment of exact[name] ?? []) assert.ok(text.includes(fragment), `${name} says ${JSON.stringify(fragment)}: ${text}`);
        assert.equal(await page.locator('[data-testid=upload-ok]').count(), 0, `${name}: not accepted`);
        assert.equal(await page.locator('[data-testid=remove-upload]').count(), 0, `${name}: nothing was stored`);
        assert.equal(await picker.inputValue(), 'embedded:demo', `${name}: the demo stays chosen`);
      }
      await page.locator('nav.app-nav a', { hasText: '总览' }).click();
      await demoStillShown(page);
      await assertClean(page);
    });
  });
});

describe('mutated datasets on every screen', () => {
  // A fixed sample of the property suite's mutations (tests/unit/property): some the contract
  // accepts, some it refuses. Each is dropped on #/import; an accepted one is then opened on
  // every screen, which must draw (no page error, never blank); a refused one must be explained.
  const base = JSON.stringify(tinyDataset());
  const root: unknown = JSON.parse(base);
  const paths = pathsOf(root);
  const references = referencesOf(root);
  const ctx = { paths, references, rateIndex: tinyDataset().indicators.findIndex((i) => i.id === 'random_completion_rate') };
  const sample = fc.sample(
    fc.array(mutationArb(paths.length, references.length, tinyDataset().records.length), { minLength: 1, maxLength: 3 }),
    { seed: 13, numRuns: 400 },
  );
  const accepted: string[] = [];
  const refused: string[] = [];
  for (const mutations of sample) {
    const text = applyMutations(base, mutations, ctx);
    let ok = true;
    try {
      decodeDataset(text, 'mutant.json');
    } catch {
      ok = false;
    }
    if (ok && accepted.length < 4 && text !== base) accepted.push(text);
    if (!ok && refused.length < 4) refused.push(text);
  }
  const screens = ['#/overview', '#/league', '#/weaknesses', '#/units/410703', '#/screen'];

  it(`${accepted.length} accepted mutants drawn on ${screens.length} screens, ${refused.length} refused mutants explained`, async () => {
    assert.equal(accepted.length, 4, 'the sample has accepted mutants');
    assert.equal(refused.length, 4, 'the sample has refused mutants');
    await withPage(`${app.base}#/import`, { name: 'integrity-mutants' }, async (page) => {
      await page.locator('header.app-header .dataset-badge').waitFor();
      const input = page.locator('[data-testid=dataset-file]');
      for (const [k, text] of refused.entries()) {
        await input.setInputFiles({ name: `refused-${k}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
        await page.locator('[data-testid=upload-error]', { hasText: `refused-${k}.json` }).waitFor();
      }
      for (const [k, text] of accepted.entries()) {
        await page.goto(`${app.base}#/import`);
        await page
          .locator('[data-testid=dataset-file]')
          .setInputFiles({ name: `accepted-${k}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
        await page.locator('[data-testid=upload-ok]', { hasText: `accepted-${k}.json` }).waitFor();
        for (const screen of screens) {
          await page.goto(`${app.base}${screen}`);
          await page.waitForFunction(
            () => {
              const main = document.querySelector('main');
              const text = main?.textContent ?? '';
              return text.trim().length > 0 && !text.includes('正在载入');
            },
            undefined,
            { timeout: 15000 },
          );
          assert.equal(await page.locator('main .panel-error').count(), 0, `accepted-${k} on ${screen}: the screen drew, no crashed panel`);
        }
      }
      await assertClean(page);
    });
  });
});
