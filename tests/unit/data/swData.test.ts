/**
 * The service worker's dataset route (src/sw/data.ts) against a fake cache, server and clock: cache
 * first, the server asked in the background, the page's revalidation joining that request, only
 * complete JSON replacing the kept copy, and a server that hangs given up on.
 */
import { describe, expect, it } from 'vitest';
import { datasetHandler, isCompleteJson, type CacheLike } from '../../../src/sw/data.ts';
import { CACHED_AT_HEADER } from '../../../src/data/cachedCopy.ts';

const URL_ = 'https://x.cn/data/demo.json';

function fakeCache(): CacheLike & { store: Map<string, Response> } {
  const store = new Map<string, Response>();
  return {
    store,
    match: async (url) => store.get(url)?.clone(),
    put: async (url, res) => {
      store.set(url, res);
    },
  };
}

type Answer = { status?: number; body: string; type?: string } | 'fail' | 'hang';

function setup(answers: Answer[], stallSeconds = 20) {
  const cache = fakeCache();
  let calls = 0;
  const waits: Promise<unknown>[] = [];
  const handler = datasetHandler({
    openCache: async () => cache,
    now: () => 1_000,
    stallSeconds,
    fetch: async (_req, { signal }) => {
      const a = answers[Math.min(calls, answers.length - 1)] ?? 'fail';
      calls++;
      if (a === 'fail') throw new TypeError('Failed to fetch');
      if (a === 'hang')
        return new Promise<Response>((_, reject) =>
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      return new Response(a.body, { status: a.status ?? 200, headers: { 'Content-Type': a.type ?? 'application/json' } });
    },
  });
  // Node's Request drops `cache`; a browser's keeps it, and the route reads it.
  const ask = (cacheMode: RequestCache = 'default') =>
    handler({ url: URL_, cache: cacheMode, headers: new Headers({ Accept: 'application/json' }) } as Request, (p) => waits.push(p));
  return { cache, handler, ask, calls: () => calls, settle: () => Promise.all(waits) };
}

describe('service worker dataset route', () => {
  it('first visit: the server answer, kept stamped with its time', async () => {
    const s = setup([{ body: '{"v":1}' }]);
    const res = await s.ask();
    expect(await res.text()).toBe('{"v":1}');
    const kept = s.cache.store.get(URL_);
    expect(kept?.headers.get(CACHED_AT_HEADER)).toBe('1000');
    expect(await kept?.clone().text()).toBe('{"v":1}');
  });

  it('a later visit: the kept copy at once, the server asked in the background, the page joins it', async () => {
    const s = setup([{ body: '{"v":1}' }, { body: '{"v":2}' }]);
    await (await s.ask()).text();
    const cached = await s.ask();
    expect(await cached.text()).toBe('{"v":1}');
    expect(cached.headers.get(CACHED_AT_HEADER)).toBe('1000');
    // The page's revalidation (cache: 'no-cache') joins the worker's request: the server is asked once.
    const fresh = await s.ask('no-cache');
    expect(await fresh.text()).toBe('{"v":2}');
    expect(fresh.headers.get(CACHED_AT_HEADER)).toBeNull();
    await s.settle();
    expect(s.calls()).toBe(2);
    expect(await s.cache.store.get(URL_)?.clone().text()).toBe('{"v":2}');
  });

  it('a broken answer never replaces the last good copy, and is passed on for the page to explain', async () => {
    for (const bad of [
      { status: 500, body: 'Internal Server Error', type: 'text/plain' },
      { body: '<!doctype html><p>error</p>', type: 'text/html' },
      { body: '{"v":', type: 'application/json' },
      { body: '', type: 'application/json' },
    ]) {
      const s = setup([{ body: '{"v":1}' }, bad]);
      await (await s.ask()).text();
      const res = await s.ask('no-cache');
      expect(res.status).toBe(bad.status ?? 200);
      expect(await res.text()).toBe(bad.body);
      expect(await s.cache.store.get(URL_)?.clone().text()).toBe('{"v":1}');
    }
  });

  it('offline: the kept copy; the page’s own revalidation fails as a network error', async () => {
    const s = setup([{ body: '{"v":1}' }, 'fail']);
    await (await s.ask()).text();
    expect(await (await s.ask()).text()).toBe('{"v":1}');
    await expect(s.ask('no-cache')).rejects.toThrow();
  });

  it('a server that never answers is given up on', async () => {
    const s = setup(['hang'], 0.05);
    await expect(s.ask()).rejects.toThrow(/no answer/);
  });

  it('keeps one copy per dataset, whatever retry query the page added', async () => {
    const s = setup([{ body: '{"v":1}' }]);
    const res = await s.handler({ url: `${URL_}?retry=123`, cache: 'no-store', headers: new Headers() } as Request, () => undefined);
    expect(await res.text()).toBe('{"v":1}');
    expect([...s.cache.store.keys()]).toEqual([URL_]);
  });

  it('complete JSON: 200, not HTML, parses', () => {
    const enc = (t: string) => new TextEncoder().encode(t).buffer;
    expect(isCompleteJson({ status: 200, headers: [['content-type', 'application/json']], body: enc(' {"a":1}') })).toBe(true);
    expect(isCompleteJson({ status: 200, headers: [['content-type', 'text/html']], body: enc('{"a":1}') })).toBe(false);
    expect(isCompleteJson({ status: 404, headers: [], body: enc('{}') })).toBe(false);
    expect(isCompleteJson({ status: 200, headers: [], body: enc('{"a":') })).toBe(false);
  });
});
