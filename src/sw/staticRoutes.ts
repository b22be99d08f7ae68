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
 * index.html is not routed here: it has a revision, not a hash, and navigations carry queries
 * (`?data=`) that the worker maps to it. Browsers without the API ignore it: the fetch handler
 * answers the same files from the same cache.
 */
import type { ManifestEntry } from './shell.ts';

interface RouterRule {
  condition: { urlPattern: { pathname: string }; requestMethod: 'GET' };
  source: { cacheName: string };
}

type RoutingInstallEvent = ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };

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
export function addShellRoutes(event: ExtendableEvent, cacheName: string, urls: readonly string[]): void {
  const add = (event as RoutingInstallEvent).addRoutes;
  if (typeof add !== 'function' || urls.length === 0) return;
  const rules = urls.map((url): RouterRule => ({
    condition: { urlPattern: { pathname: exactPath(url) }, requestMethod: 'GET' },
    source: { cacheName },
  }));
  event.waitUntil(add.call(event, rules).catch(() => undefined));
}
