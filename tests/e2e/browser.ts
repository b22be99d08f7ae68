/**
 * Chromium for the e2e specs and the bench: one browser per process, a fresh context per page,
 * and a record of everything that should never happen on a healthy page (console errors, page
 * errors, CSP violations, failed requests) for `assertClean`.
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type TestServer } from './server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const ARTIFACTS = resolve('tests/e2e/artifacts');

let browser: Promise<Browser> | null = null;

/** The process's browser (launched on first use; each context gets its own temp profile). */
export function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close();
}

let server: Promise<TestServer> | null = null;

/** The build under test: `npm run e2e` serves a snapshot of dist/ and passes it as E2E_DIST. */
export function distRoot(): string {
  return process.env.E2E_DIST ?? 'dist';
}

/**
 * The base URL of the app under test (trailing slash). `npm run e2e` starts one server and passes
 * it as E2E_BASE_URL; a spec run on its own starts its own on `dist/`.
 */
export async function baseUrl(): Promise<string> {
  const env = process.env.E2E_BASE_URL;
  if (env) return env.endsWith('/') ? env : `${env}/`;
  server ??= startServer({ root: distRoot() });
  return (await server).url;
}

/**
 * For a spec file: the app's base URL, resolved before its tests and with the browser and the
 * server closed after them. Call once at the top level: `const app = appUnderTest();`, then
 * `${app.base}#/overview`.
 */
export function appUnderTest(): { readonly base: string } {
  const state = { base: '' };
  before(async () => {
    state.base = await baseUrl();
  });
  after(async () => {
    await closeBrowser();
    await closeSharedServer();
  });
  return state;
}

export async function closeSharedServer(): Promise<void> {
  const s = server;
  server = null;
  if (s) await (await s).close();
}

export interface Issue {
  kind: 'console' | 'pageerror' | 'csp' | 'requestfailed' | 'http';
  text: string;
  /** The resource concerned, when known (request URL, console message source). */
  url?: string;
}

interface Recorder {
  issues: Issue[];
  /** URLs whose failure the test expects (exact match, query included). */
  expectedFailures: Set<string>;
  context: BrowserContext;
}

const recorders = new WeakMap<Page, Recorder>();
/** Contexts whose CSP listener is installed context-wide (see watch). */
const listening = new WeakSet<BrowserContext>();

export interface OpenOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Exact URLs the test makes fail on purpose (a 500, an aborted connection). */
  expectFailedUrls?: string[];
  /** Reuse a context (e.g. to share IndexedDB); default: a fresh one, closed with the page. */
  context?: BrowserContext;
  /** Default 'load'; the app's own readiness is asserted by the test. */
  waitUntil?: 'load' | 'domcontentloaded' | 'commit';
  /** A script run in the page before its own (e.g. one that watches frames from the first). */
  initScript?: string;
}

/**
 * Collects CSP violations: the `securitypolicyviolation` event, pushed to `window.__cspViolations`
 * and reported through a binding so violations just before a navigation are not lost.
 */
const CSP_LISTENER = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const v = { directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample };
    window.__cspViolations.push(v);
    try { window.__e2eReportCsp && window.__e2eReportCsp(JSON.stringify(v)); } catch {}
  }, true);
})();`;

/** A page on `url` in a fresh context, recording every problem for `assertClean`. */
export async function openPage(url: string, opts: OpenOptions = {}): Promise<Page> {
  const ownContext = !opts.context;
  const context =
    opts.context ??
    (await (
      await getBrowser()
    ).newContext({
      viewport: opts.viewport ?? { width: 1440, height: 900 },
      deviceScaleFactor: opts.deviceScaleFactor ?? 1,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    }));
  const page = await context.newPage();
  if (ownContext) page.on('close', () => void context.close().catch(() => undefined));
  await watch(page, context, opts.expectFailedUrls ?? []);
  if (opts.initScript) await page.addInitScript(opts.initScript);
  await page.goto(url, { waitUntil: opts.waitUntil ?? 'load' });
  return page;
}

/**
 * Records problems on a page (openPage does this; use it for pages made another way).
 *
 * `contextLevel`: install the CSP listener on the context rather than the page. A page-level init
 * script or binding makes Chromium (via Playwright) send that page's navigations past its service
 * worker, so a test of the offline worker must use this (once per context).
 */
export async function watch(
  page: Page,
  context: BrowserContext,
  expectedFailures: string[] = [],
  opts: { contextLevel?: boolean } = {},
): Promise<void> {
  const rec: Recorder = { issues: [], expectedFailures: new Set(expectedFailures), context };
  recorders.set(page, rec);
  const target = opts.contextLevel ? context : page;
  if (!opts.contextLevel || !listening.has(context)) {
    if (opts.contextLevel) listening.add(context);
    await target.exposeBinding('__e2eReportCsp', (src, json: string) => {
      const at = src.page ? (recorders.get(src.page) ?? rec) : rec;
      at.issues.push({ kind: 'csp', text: json });
    });
    await target.addInitScript(CSP_LISTENER);
  }
  page.on('console', (msg) => {
    const text = msg.text();
    const url = msg.location().url || undefined;
    if (/Content[- ]Security[- ]Policy/i.test(text)) rec.issues.push({ kind: 'csp', text, url });
    else if (msg.type() === 'error') rec.issues.push({ kind: 'console', text, url });
  });
  page.on('pageerror', (err) => rec.issues.push({ kind: 'pageerror', text: err.stack ?? String(err) }));
  page.on('requestfailed', (req) => {
    const failure = req.failure()?.errorText ?? 'failed';
    // net::ERR_ABORTED is the browser cancelling a request it no longer needs (a navigation or a
    // reload during a fetch, a closed page): not a failure of the app or the server.
    if (failure === 'net::ERR_ABORTED') return;
    rec.issues.push({ kind: 'requestfailed', text: `${req.method()} ${req.url()} ${failure}`, url: req.url() });
  });
  page.on('response', (res) => {
    if (res.status() >= 400) rec.issues.push({ kind: 'http', text: `${res.status()} ${res.url()}`, url: res.url() });
  });
}

/** Also expect `url` to fail on this page (see OpenOptions.expectFailedUrls). */
export function expectFailure(page: Page, url: string): void {
  recorderOf(page).expectedFailures.add(url);
}

function recorderOf(page: Page): Recorder {
  const rec = recorders.get(page);
  if (!rec) throw new Error('page not opened with openPage()/watch()');
  return rec;
}

/** Everything recorded so far, expected failures removed. */
export async function issuesOf(page: Page): Promise<Issue[]> {
  const rec = recorderOf(page);
  // Violations already in the window array but not yet delivered through the binding.
  if (!page.isClosed()) {
    const inPage = await page
      .evaluate(() => JSON.stringify((window as unknown as { __cspViolations?: unknown[] }).__cspViolations ?? []))
      .catch(() => '[]');
    for (const v of JSON.parse(inPage) as unknown[]) {
      const text = JSON.stringify(v);
      if (!rec.issues.some((i) => i.kind === 'csp' && i.text === text)) rec.issues.push({ kind: 'csp', text });
    }
  }
  return rec.issues.filter((i) => {
    if (i.kind === 'csp' || i.kind === 'pageerror' || i.url === undefined) return true;
    if (!rec.expectedFailures.has(i.url)) return true;
    // An expected failure is allowed only as the network/HTTP failure itself and Chromium's
    // matching "Failed to load resource" console line, nothing else from that URL.
    return !(i.kind === 'requestfailed' || i.kind === 'http' || (i.kind === 'console' && i.text.startsWith('Failed to load resource')));
  });
}

/** Fails the test on any console error, page error, CSP violation or unexpected failed request. */
export async function assertClean(page: Page): Promise<void> {
  const issues = await issuesOf(page);
  assert.deepEqual(
    issues.map((i) => `${i.kind}: ${i.text}${i.url ? ` (${i.url})` : ''}`),
    [],
    `page ${page.url()} was not clean`,
  );
}

/** Screenshot into tests/e2e/artifacts/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Screenshot on failure: wrap a test body so a failing page is kept for the report. */
export async function withPage<T>(url: string, opts: OpenOptions & { name: string }, fn: (page: Page) => Promise<T>): Promise<T> {
  const page = await openPage(url, opts);
  try {
    return await fn(page);
  } catch (err) {
    const path = await screenshot(page, `FAILED-${opts.name}`, true).catch(() => null);
    if (path && err instanceof Error) err.message += `\n  screenshot: ${path}`;
    throw err;
  } finally {
    await page.close();
  }
}

/** Waits until at least `n` charts are drawn (`.echart[data-ready=true]` with a canvas). */
export async function waitForCharts(page: Page, n: number, timeout = 20000): Promise<number> {
  await page.waitForFunction((min) => document.querySelectorAll('.echart[data-ready="true"] canvas').length >= min, n, { timeout });
  return page.locator('.echart[data-ready="true"]').count();
}
