/**
 * The last good copy of each JSON the app fetched from a server (the dataset on screen, the
 * deployment's config, the dataset index), kept by the app itself so that a load that cannot
 * reach its server still has something true to show, with the time it was fetched:
 *
 * - in IndexedDB, which every browser the app supports has, also on a plain-http intranet
 *   address where there is no service worker and no Cache Storage;
 * - in the service worker's cache, for an answer the worker did not see (the first visit is
 *   fetched before the worker takes the page): a reload offline in the first minute then finds it.
 *
 * Best effort: a browser that refuses storage loses only this safety net, never the data on screen.
 */
import { createStore, get, set, del, type UseStore } from 'idb-keyval';
import { CACHED_AT_HEADER, DATA_CACHE } from './cachedCopy.ts';

export interface KeptCopy {
  text: string;
  /** When it was fetched from the server (ms since epoch). */
  at: number;
}

interface IndexEntry {
  key: string;
  at: number;
  hash: string;
}

/** Copies kept at most (the oldest goes first): a few datasets, the config and the index. */
const MAX_COPIES = 6;
const INDEX = 'index';
const textKey = (key: string): string => `text:${key}`;

let store: UseStore | null = null;
const db = (): UseStore => (store ??= createStore('fazhi-kept-v1', 'copies'));

/** A short fingerprint of a text (cyrb53), to skip writing a copy that is already kept. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}`;
}

async function readIndex(): Promise<IndexEntry[]> {
  const raw: unknown = await get(INDEX, db());
  return Array.isArray(raw)
    ? raw.filter((e): e is IndexEntry => typeof e === 'object' && e !== null && 'key' in e && 'at' in e && 'hash' in e)
    : [];
}

export async function loadKeptCopy(key: string): Promise<KeptCopy | null> {
  try {
    const entry = (await readIndex()).find((e) => e.key === key);
    if (!entry) return null;
    const text: unknown = await get(textKey(key), db());
    return typeof text === 'string' ? { text, at: entry.at } : null;
  } catch {
    return null;
  }
}

/** Writes are one at a time, so two loads finishing together do not drop each other's entry. */
let queue: Promise<void> = Promise.resolve();

/** Keeps `text` as the last good copy of `key`, fetched at `at`. Never throws. */
export function keepCopy(key: string, text: string, at: number): Promise<void> {
  queue = queue.then(async () => {
    try {
      const hash = fingerprint(text);
      const index = await readIndex();
      const same = index.find((e) => e.key === key && e.hash === hash);
      if (!same) await set(textKey(key), text, db());
      const next = [{ key, at, hash }, ...index.filter((e) => e.key !== key)];
      for (const old of next.splice(MAX_COPIES)) await del(textKey(old.key), db());
      await set(INDEX, next, db());
    } catch {
      /* storage refused or full: the data on screen is unaffected */
    }
  });
  return queue;
}

/** A service worker controls this page (and so sees its requests). */
export const workerControls = (): boolean =>
  typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;

let decide: (allowed: boolean) => void = () => undefined;
/** Settled once the deployment's config is read (the worker may be turned off there). */
const offlineCache = new Promise<boolean>((resolve) => {
  decide = resolve;
});

/** Whether the page may add to the service worker's cache (production, worker not turned off). */
export function allowOfflineCache(allowed: boolean): void {
  decide(allowed && import.meta.env.PROD && typeof caches !== 'undefined');
}

/**
 * Puts an answer the service worker did not see into its cache, stamped like the worker's own, so
 * the worker can serve it when the server is gone. Only when no worker controlled the request.
 */
export async function putInOfflineCache(url: string, text: string, at: number, contentType: string | null): Promise<void> {
  if (!(await offlineCache)) return;
  try {
    const cache = await caches.open(DATA_CACHE);
    const headers = new Headers({ 'Content-Type': contentType ?? 'application/json', [CACHED_AT_HEADER]: String(at) });
    await cache.put(new Request(url), new Response(text, { status: 200, headers }));
  } catch {
    /* no Cache Storage here (an insecure origin, a private window): IndexedDB still has it */
  }
}
