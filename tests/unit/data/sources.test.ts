import { describe, expect, it } from 'vitest';
import { defaultSource, resolveDataUrl } from '../../../src/data/sources.ts';

describe('resolveDataUrl', () => {
  const page = 'https://dash.example.gov.cn/fazhi/index.html?data=x';
  it('resolves same-origin paths against the page (sub-path deployments)', () => {
    expect(resolveDataUrl('data/seeds.json', page, [])).toEqual({ ok: true, url: 'https://dash.example.gov.cn/fazhi/data/seeds.json' });
  });
  it('refuses another origin unless the deployment allows it', () => {
    expect(resolveDataUrl('https://evil.example.com/d.json', page, [])).toEqual({ ok: false, origin: 'https://evil.example.com' });
    expect(resolveDataUrl('https://data.example.gov.cn/d.json', page, ['https://data.example.gov.cn'])).toEqual({
      ok: true,
      url: 'https://data.example.gov.cn/d.json',
    });
  });
  it('refuses non-http schemes', () => {
    expect(resolveDataUrl('javascript:alert(1)', page, [])).toEqual({ ok: false, origin: 'javascript:' });
  });
});

describe('defaultSource', () => {
  it('prefers a configured API, then the embedded default', () => {
    const embedded = [
      { id: 'seeds', file: 'data/seeds.json', name: { zh: 'a', en: 'a' }, synthetic: false },
      { id: 'demo', file: 'data/demo.json', name: { zh: 'b', en: 'b' }, synthetic: true, default: true },
    ];
    expect(defaultSource({ apiBase: null, allowedDataOrigins: [] }, embedded)).toEqual({
      kind: 'embedded',
      id: 'demo',
      file: 'data/demo.json',
    });
    expect(defaultSource({ apiBase: '/api', allowedDataOrigins: [] }, embedded)).toEqual({ kind: 'api', base: '/api' });
  });
});
