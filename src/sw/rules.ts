/** What the service worker caches how; pure functions, unit-tested in tests/unit/swRules.test.ts. */

import { CACHED_AT_HEADER } from '../data/cachedCopy.ts';
import { headerList, isCompleteJson } from './data.ts';

/** JSON the app fetches (config, dataset index, datasets, an API's /dataset): kept for when the server is gone. */
export function isAppJson(url: URL, destination: string): boolean {
  // Not pages, scripts, styles or images. (index.html's preloads are not destination '' in
  // Chromium, so that cannot be the test.)
  if (['document', 'script', 'style', 'image', 'font', 'worker', 'sharedworker'].includes(destination)) return false;
  if (/\/assets\//.test(url.pathname)) return false;
  return /\.json$/i.test(url.pathname) || /\/dataset$/.test(url.pathname);
}

/** A copy of `response` carrying the time it was fetched, for the cache; null if it is not a complete JSON answer. */
export async function stampCachedAt(response: Response, at: number): Promise<Response | null> {
  const body = await response.arrayBuffer();
  const headers = headerList(response.headers);
  if (!isCompleteJson({ status: response.status, headers, body })) return null;
  const out = new Headers(headers);
  out.set(CACHED_AT_HEADER, String(at));
  out.delete('Content-Encoding');
  out.delete('Content-Length');
  out.delete('Vary');
  return new Response(body, { status: response.status, statusText: response.statusText, headers: out });
}

/**
 * The deployment's config and the dataset index (network first: an operator's edit is seen on
 * the next load) as against a dataset (cache first, revalidated: src/sw/data.ts).
 */
export function isBootJson(url: URL, scope: string): boolean {
  return url.href === new URL('config.json', scope).href || url.href === new URL('data/index.json', scope).href;
}
