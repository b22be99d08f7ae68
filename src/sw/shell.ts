/**
 * The app shell (index.html, the screens' JS and CSS), kept by the service worker from install on.
 *
 * Workbox's precache installs its files one at a time (workbox issue 2528); on a busy office PC
 * that took 1.2–1.6 s for the shell, and a wall screen reloaded 2 s after its first visit, with
 * the server gone, found no worker and showed the browser's error page. Here they are fetched
 * several at a time into a cache named after the build's manifest, so a new build installs beside
 * the old one and the old one is removed when the new one takes over (as Workbox does).
 */

export interface ManifestEntry {
  url: string;
  revision: string | null;
  /** Kept just after the install rather than during it (src/node/build/shellTiers.ts). */
  later?: boolean;
}

export const SHELL_PREFIX = 'fazhi-shell-';
const PARALLEL = 6;

/** A short stable name for the manifest (a changed file changes it). */
export function shellCacheName(entries: readonly ManifestEntry[]): string {
  let h = 0x811c9dc5;
  for (const e of entries) {
    const s = `${e.url}@${e.revision ?? ''};`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  }
  return `${SHELL_PREFIX}${(h >>> 0).toString(36)}`;
}

export function normalise(manifest: ReadonlyArray<string | ManifestEntry>, scope: string): ManifestEntry[] {
  return manifest
    .map((e) => (typeof e === 'string' ? { url: e, revision: null } : e))
    .map((e) => ({ ...e, url: new URL(e.url, scope).href }));
}

/** Fetches every entry (a revisioned one past the HTTP cache), `PARALLEL` at a time; any failure fails the install. */
export async function fillShell(
  cache: Pick<Cache, 'put'>,
  entries: readonly ManifestEntry[],
  fetchFn: (request: Request) => Promise<Response>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const entry = entries[next++];
      if (!entry) continue;
      // Hashed names never change content; a file with a revision (index.html) must be this build's.
      const res = await fetchFn(new Request(entry.url, { cache: entry.revision ? 'reload' : 'default', credentials: 'same-origin' }));
      if (!res.ok) throw new Error(`${entry.url}: HTTP ${res.status}`);
      await cache.put(entry.url, res);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, entries.length) }, worker));
}

/**
 * The entries the cache does not hold yet, fetched as `fillShell` does. For the later tier: run
 * once the worker has taken the page, and again on each later visit until it is complete (a worker
 * stopped midway, a failed fetch).
 */
export async function fillMissing(
  cache: Pick<Cache, 'put' | 'match'>,
  entries: readonly ManifestEntry[],
  fetchFn: (request: Request) => Promise<Response>,
): Promise<void> {
  const held = await Promise.all(entries.map(async (e) => (await cache.match(e.url)) !== undefined));
  await fillShell(
    cache,
    entries.filter((_, i) => !held[i]),
    fetchFn,
  );
}

/** The request's URL as the shell keys it (no query string or fragment), if the shell has it. */
export function shellKey(url: URL, urls: ReadonlySet<string>): string | null {
  const bare = `${url.origin}${url.pathname}`;
  return urls.has(bare) ? bare : null;
}
