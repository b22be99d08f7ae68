import { describe, expect, it } from 'vitest';
import { fillMissing, fillShell, normalise, shellCacheName } from '../../../src/sw/shell.ts';

const scope = 'https://wjw.example.gov.cn/fazhi/';

/** A cache and a server that record what was asked. */
function fixtures(failing: readonly string[] = []) {
  const held = new Map<string, string>();
  const fetched: string[] = [];
  const cache = {
    put: async (url: RequestInfo | URL, res: Response) => void held.set(String(url), await res.text()),
    match: async (url: RequestInfo | URL) => (held.has(String(url)) ? new Response(held.get(String(url))) : undefined),
  };
  const fetchFn = async (req: Request) => {
    fetched.push(req.url);
    return failing.includes(req.url) ? new Response('', { status: 503 }) : new Response(`body of ${req.url}`);
  };
  return { held, fetched, cache, fetchFn };
}

describe('the shell', () => {
  const manifest = normalise(
    [
      { url: 'index.html', revision: 'r1' },
      { url: 'assets/start-a1.js', revision: null },
      { url: 'assets/pptx-b2.js', revision: null, later: true },
      { url: 'assets/worker-c3.js', revision: null, later: true },
    ],
    scope,
  );

  it('keeps the later mark and resolves every URL against the scope', () => {
    expect(manifest.map((e) => [e.url, e.later === true])).toEqual([
      [`${scope}index.html`, false],
      [`${scope}assets/start-a1.js`, false],
      [`${scope}assets/pptx-b2.js`, true],
      [`${scope}assets/worker-c3.js`, true],
    ]);
  });

  it('names the cache after every entry, the later ones too (a changed export writer is a new build)', () => {
    const changed = manifest.map((e) => (e.later ? { ...e, url: e.url.replace('b2', 'b3') } : e));
    expect(shellCacheName(changed)).not.toBe(shellCacheName(manifest));
  });

  it('fills the later tier with only what the cache lacks, and a failed file is tried again next time', async () => {
    const later = manifest.filter((e) => e.later === true);
    const f = fixtures([`${scope}assets/worker-c3.js`]);
    await fillShell(
      f.cache,
      manifest.filter((e) => e.later !== true),
      f.fetchFn,
    );
    expect([...f.held.keys()]).toEqual([`${scope}index.html`, `${scope}assets/start-a1.js`]);
    await expect(fillMissing(f.cache, later, f.fetchFn)).rejects.toThrow(/worker-c3\.js: HTTP 503/);
    expect(f.held.get(`${scope}assets/pptx-b2.js`)).toBe(`body of ${scope}assets/pptx-b2.js`);
    // The next run asks only for the one still missing.
    const again = fixtures();
    again.held.set(`${scope}assets/pptx-b2.js`, 'kept');
    await fillMissing(again.cache, later, again.fetchFn);
    expect(again.fetched).toEqual([`${scope}assets/worker-c3.js`]);
    expect(again.held.get(`${scope}assets/pptx-b2.js`)).toBe('kept');
  });
});
