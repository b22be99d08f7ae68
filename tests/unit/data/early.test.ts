import { describe, expect, it } from 'vitest';
import { isAppJson, isBootJson } from '../../../src/sw/rules.ts';
import { earlyDataUrl } from '../../../src/data/early.ts';

describe('earlyDataUrl', () => {
  const page = 'https://dash.example.gov.cn/app/?data=x#/overview';
  it('starts a same-origin JSON link early', () => {
    expect(earlyDataUrl('data/seeds.json', page)).toBe('https://dash.example.gov.cn/app/data/seeds.json');
  });
  it('leaves other origins and non-JSON names to the app (config decides)', () => {
    expect(earlyDataUrl('https://other.example.com/d.json', page)).toBeNull();
    expect(earlyDataUrl('seeds', page)).toBeNull();
  });
});

describe('service worker: which requests are network-first JSON', () => {
  it('config, dataset index, datasets and an API /dataset; not pages or assets', () => {
    expect(isAppJson(new URL('https://x.cn/config.json'), '')).toBe(true);
    expect(isAppJson(new URL('https://x.cn/data/demo.json'), '')).toBe(true);
    expect(isAppJson(new URL('https://x.cn/api/dataset'), '')).toBe(true);
    expect(isAppJson(new URL('https://x.cn/assets/a.json'), '')).toBe(false);
    expect(isAppJson(new URL('https://x.cn/index.html'), 'document')).toBe(false);
  });
});

describe('service worker: the config and the index apart from datasets', () => {
  it('network first for what the deployment may edit; cache first for a dataset', () => {
    const scope = 'https://x.cn/app/';
    expect(isBootJson(new URL('https://x.cn/app/config.json'), scope)).toBe(true);
    expect(isBootJson(new URL('https://x.cn/app/data/index.json'), scope)).toBe(true);
    expect(isBootJson(new URL('https://x.cn/app/data/demo.json'), scope)).toBe(false);
    expect(isBootJson(new URL('https://api.x.cn/config.json'), scope)).toBe(false);
  });
});
