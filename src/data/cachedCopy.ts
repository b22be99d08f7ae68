/**
 * The service worker (src/sw/sw.ts) answers a fetch from its cache when the network has none, and
 * marks that answer with this header: when the copy was fetched (ms since epoch). The app shows
 * such data as stale ("数据更新失败，显示 HH:MM 的数据") until a fetch reaches the server again.
 */
export const CACHED_AT_HEADER = 'X-Fazhi-Cached-At';

/** When a response's body was fetched, if it came from the service worker's cache; else null. */
export function cachedAtOf(headers: Headers): number | null {
  const raw = headers.get(CACHED_AT_HEADER);
  if (raw === null) return null;
  const at = Number(raw);
  return Number.isFinite(at) && at > 0 ? at : null;
}

/** The service worker's cache of JSON the app fetched (src/sw/sw.ts); the page adds to it too (keptCopy.ts). */
export const DATA_CACHE = 'fazhi-data';
