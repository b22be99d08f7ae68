/**
 * The service worker's handling of the datasets the app fetches: cache first, revalidated in the
 * background. A dataset it has a copy of is answered from the cache at once (stamped with when
 * the copy was fetched) while the worker asks the server; the page then asks past the cache
 * (`cache: 'no-store'`), joins that same request, and swaps in what the server now has. Only a
 * complete JSON answer (200, not an HTML error page, parses) replaces the copy: a broken file on
 * the server never overwrites the last good one.
 *
 * Written against small interfaces (a cache, a fetch, a clock) so tests/unit/data/swData.test.ts
 * runs it without a browser.
 */
import { CACHED_AT_HEADER } from '../data/cachedCopy.ts';

export interface CacheLike {
  match(url: string): Promise<Response | undefined>;
  put(url: string, response: Response): Promise<void>;
}

export interface DataDeps {
  openCache: () => Promise<CacheLike>;
  fetch: (request: Request, init: { signal: AbortSignal }) => Promise<Response>;
  now: () => number;
  /** Seconds without an answer, or without a further piece of the body, before giving up. */
  stallSeconds?: number;
}

interface Buffered {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

const toResponse = (b: Buffered, extra: Record<string, string> = {}): Response => {
  // Pairs copied: some Headers implementations keep the array they were given and write into it.
  const headers = new Headers(b.headers.map(([k, v]): [string, string] => [k, v]));
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  // A copy carries its own length; a compressed original's headers would misdescribe it.
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  headers.delete('Vary');
  return new Response(b.status === 204 || b.status === 304 ? null : b.body.slice(0), {
    status: b.status,
    statusText: b.statusText,
    headers,
  });
};

export function headerList(headers: Headers): [string, string][] {
  const out: [string, string][] = [];
  headers.forEach((v, k) => out.push([k, v]));
  return out;
}

/** A complete JSON document: 200, not a web page, and it parses. */
export function isCompleteJson(b: Pick<Buffered, 'status' | 'headers' | 'body'>): boolean {
  if (b.status !== 200) return false;
  const type = b.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  if (/html/i.test(type)) return false;
  try {
    const text = new TextDecoder().decode(b.body).trimStart();
    if (!text.startsWith('{') && !text.startsWith('[')) return false;
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The body of `res`, giving up when no piece arrives for `stallMs`. */
async function readAll(res: Response, stallMs: number, abort: () => void): Promise<ArrayBuffer> {
  if (!res.body) return res.arrayBuffer();
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort();
        void reader.cancel().catch(() => undefined);
        reject(new Error('stalled'));
      }, stallMs);
    });
    const { done, value } = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(timer));
    if (done) break;
    parts.push(value);
    size += value.byteLength;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out.buffer;
}

/** The URL a copy is kept under: the page's `retry` query (src/data/fetchDataset.ts) is not part of it. */
export function cacheKeyOf(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('retry')) return url;
  u.searchParams.delete('retry');
  return u.href;
}

/** Whether a request asks past the cache (the page's revalidation, a reload). */
export const wantsNetwork = (request: Request): boolean => ['no-cache', 'reload', 'no-store'].includes(request.cache);

export function datasetHandler(deps: DataDeps): (request: Request, waitUntil: (p: Promise<unknown>) => void) => Promise<Response> {
  const stallMs = (deps.stallSeconds ?? 20) * 1000;
  /** The server asked once per URL at a time; the page's revalidation joins the worker's. */
  const inflight = new Map<string, Promise<Buffered>>();

  const fromNetwork = (request: Request): Promise<Buffered> => {
    const url = request.url;
    const key = cacheKeyOf(url);
    const running = inflight.get(key);
    if (running) return running;
    const ctrl = new AbortController();
    const p = (async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const answer = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          ctrl.abort();
          reject(new Error('no answer'));
        }, stallMs);
      });
      const res = await Promise.race([
        deps.fetch(new Request(url, { headers: request.headers, cache: 'no-cache' }), { signal: ctrl.signal }),
        answer,
      ]).finally(() => clearTimeout(timer));
      const b: Buffered = {
        status: res.status,
        statusText: res.statusText,
        headers: headerList(res.headers),
        body: await readAll(res, stallMs, () => ctrl.abort()),
      };
      if (isCompleteJson(b)) {
        const cache = await deps.openCache();
        await cache.put(key, toResponse(b, { [CACHED_AT_HEADER]: String(deps.now()) }));
      }
      return b;
    })();
    inflight.set(key, p);
    void p.finally(() => inflight.delete(key)).catch(() => undefined);
    return p;
  };

  return async (request, waitUntil) => {
    if (!wantsNetwork(request)) {
      const cache = await deps.openCache();
      const hit = await cache.match(cacheKeyOf(request.url));
      if (hit) {
        // Served at once; the server is asked in the background.
        const check = fromNetwork(request).catch(() => undefined);
        waitUntil(check);
        return hit;
      }
    }
    // Nothing kept yet, or the page asks past the cache: the server's answer, whatever it is
    // (the page explains a 500 or an HTML page); a network failure is the page's to explain too.
    const b = await fromNetwork(request);
    return toResponse(b);
  };
}
