/**
 * What the scan specs share: a page on #/import in a context where every request outside the
 * app's origin is aborted and logged, the review's figure rows as the user sees them, and the
 * comparison with the figures the reader finds in the report's .txt.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { corpusDir } from '../../src/node/extract-cli/reportSets.ts';
import type { Figure } from '../../src/extract/extract.ts';
import { baseUrl, closeBrowser, closeSharedServer, getBrowser, watch } from './browser.ts';

/** The app's base URL and a scratch folder, set up before a spec file's tests and removed after. */
export function scanSuite(): { base: string; dir: string } {
  const state = { base: '', dir: '' };
  before(async () => {
    state.base = await baseUrl();
    state.dir = mkdtempSync(join(tmpdir(), 'fazhi-scan-'));
  });
  after(async () => {
    rmSync(state.dir, { recursive: true, force: true });
    await closeBrowser();
    await closeSharedServer();
  });
  return state;
}

export const corpusText = (id: string): string => readFileSync(join(corpusDir(), 'reports', `${id}.txt`), 'utf8');

export interface Offline {
  context: BrowserContext;
  page: Page;
  /** Every request the pages and their workers made. */
  requests: string[];
  /** Requests outside the origin, refused. */
  blocked: string[];
}

/** A page on #/import in a context where nothing outside the app's origin can be reached. */
export async function offlinePage(base: string): Promise<Offline> {
  const origin = new URL(base).origin;
  const context = await (await getBrowser()).newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const requests: string[] = [];
  const blocked: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  await watch(page, context);
  await page.goto(`${base}#/import`);
  await page.locator('[data-testid=report-files]').waitFor();
  page.on('close', () => void context.close().catch(() => undefined));
  return { context, page, requests, blocked };
}

export function assertStayedHome(o: Offline, base: string): void {
  const origin = new URL(base).origin;
  assert.deepEqual(o.blocked, [], 'no request left the origin');
  const outside = o.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  assert.deepEqual(outside, []);
}

/** The review's figure rows: indicator, value as shown, quote, whether a crop of the page is beside it and drawn. */
export async function figureRows(page: Page) {
  return page.locator('[data-testid=figure-row]').evaluateAll((rows) =>
    rows.map((r) => {
      const img = r.querySelector<HTMLImageElement>('[data-testid=scan-crop] img');
      return {
        indicator: r.getAttribute('data-indicator') ?? '',
        value: Number(r.querySelector<HTMLInputElement>('[data-testid=figure-value]')?.value),
        quote: r.querySelector('[data-testid=figure-quote]')?.textContent ?? '',
        crop: img ? { drawn: img.complete && img.naturalWidth > 0, page: Number(img.closest('figure')?.getAttribute('data-page')) } : null,
      };
    }),
  );
}

/** Figures of the .txt found among the rows (indicator and value, each once), and rows the .txt does not hold. */
export function against(fromText: readonly Figure[], rows: Array<{ indicator: string; value: number }>) {
  const pool = fromText.map((f) => `${f.indicator}|${f.value}`);
  const extra: string[] = [];
  for (const r of rows) {
    const k = pool.indexOf(`${r.indicator}|${r.value}`);
    if (k >= 0) pool.splice(k, 1);
    else extra.push(`${r.indicator}|${r.value}`);
  }
  return { found: fromText.length - pool.length, missed: pool, extra };
}
