/** What the service worker caches how; pure functions, unit-tested in tests/unit/swRules.test.ts. */

import { CACHED_AT_HEADER } from '../src/data/cachedCopy.ts';

/** JSON the app fetches (config, dataset index, datasets, an API's /dataset): network first, cache as fallback. */
export function isAppJson(url: URL, destination: string): boolean {
  // Not pages, scripts, styles or images. (index.html's preloads are not destination '' in
  // Chromium, so that cannot be the test.)
  if (['document', 'script', 'style', 'image', 'font', 'worker', 'sharedworker'].includes(destination)) return false;
  if (/\/assets\//.test(url.pathname)) return false;
  return /\.json$/i.test(url.pathname) || /\/dataset$/.test(url.pathname);
}

/** A copy of `response` carrying the time it was fetched, for the cache. */
export async function stampCachedAt(response: Response, at: number): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(CACHED_AT_HEADER, String(at));
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}
