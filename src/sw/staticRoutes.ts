/**
 * The shell's hashed files answered by the browser from the shell's cache, without running this
 * worker (the Service Worker Static Routing API, `InstallEvent.addRoutes`, Chromium 123+).
 *
 * Measured on a warm load of the demo (bench "First chart"): with every request going through the
 * worker's fetch handler, the two stylesheets in <head> (which hold back the first paint and the
 * boot script) came 170 ms after they were asked for, behind the worker's own work on the dataset.
 * A hashed file's name changes with its content, so the shell's copy is always the right answer;
 * a miss (a cache the browser cleared) goes to the network, as the browser does for this source.
 *
 * index.html has a revision, not a hash: it is this build's copy because the shell's cache is
 * this build's (a new build installs a new worker with its own cache and rules). Navigations
 * without a query are routed to it below (addPageRoutes); those with one (`?data=`) go to the
 * worker, which maps them to it. Browsers without the API ignore both: the fetch handler answers
 * the same files from the same cache.
 */
import type { ManifestEntry } from './shell.ts';

interface RouterRule {
  condition: { urlPattern: { pathname: string; search?: string }; requestMethod: 'GET'; requestMode?: 'navigate' };
  source: { cacheName: string };
}

/** What of an install event these use (typed here, not from the worker's lib: the unit tests run outside a worker). */
export interface RoutingInstallEvent {
  waitUntil(promise: Promise<unknown>): void;
  addRoutes?: (rules: RouterRule[]) => Promise<void>;
}

/** The shell's entries that are content-hashed (no revision: their name is their version). */
export function shellRoutes(entries: readonly ManifestEntry[]): string[] {
  return entries.filter((e) => e.revision === null && /\/assets\/[^/]+\.(?:js|css)$/.test(new URL(e.url).pathname)).map((e) => e.url);
}

/** A path as a URLPattern that matches it and nothing else (pattern syntax escaped). */
export const exactPath = (url: string): string => new URL(url).pathname.replace(/[\\:*?+()[\]{}]/g, '\\$&');

/**
 * Declares one rule per file (its exact path; the origin is the worker's); if the browser refuses
 * them, the fetch handler answers as before.
 */
export function addShellRoutes(event: RoutingInstallEvent, cacheName: string, urls: readonly string[]): void {
  const add = event.addRoutes;
  if (typeof add !== 'function' || urls.length === 0) return;
  const rules = urls.map((url): RouterRule => ({
    condition: { urlPattern: { pathname: exactPath(url) }, requestMethod: 'GET' },
    source: { cacheName },
  }));
  event.waitUntil(add.call(event, rules).catch(() => undefined));
}

/**
 * The page itself: a navigation to the app's address (its scope, or index.html) with no query is
 * answered from the shell's copy of index.html without starting this worker. On a warm load of
 * the demo the worker's start sat on the page's critical path (first chart 395 ms with the worker,
 * 306 ms with it blocked, 7 loads each); this rule takes the navigation off it, while the data
 * requests still start the worker (interleaved A/B of the rule alone: 473 → 412 ms in one run of
 * 7 each, 428 → 423 ms in another of 11: within this machine's noise). `?data=` links and other
 * queries still go through the fetch handler, which maps them to the same copy (the cache is
 * matched by the exact URL). sw.ts keeps the copy under the scope's address too, since that is
 * what a navigation asks for.
 *
 * A rule set of its own: a browser that knows the API but not `requestMode` refuses only these.
 */
export function addPageRoutes(event: RoutingInstallEvent, cacheName: string, scope: string): void {
  const add = event.addRoutes;
  if (typeof add !== 'function') return;
  const rules = [scope, new URL('index.html', scope).href].map((url): RouterRule => ({
    condition: { urlPattern: { pathname: exactPath(url), search: '' }, requestMethod: 'GET', requestMode: 'navigate' },
    source: { cacheName },
  }));
  event.waitUntil(add.call(event, rules).catch(() => undefined));
}
