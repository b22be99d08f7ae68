import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_CHUNK_ATTR, preloadApp } from '../../../../src/app/firstScreen/dom.ts';

const named = (href: string, media: string) => {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = 'anonymous';
  link.href = href;
  link.media = media;
  link.setAttribute(APP_CHUNK_ATTR, '');
  document.head.append(link);
};
const asked = () =>
  [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]:not([media])')].map((l) => [l.href, l.crossOrigin]);

afterEach(() => {
  document.head.replaceChildren();
  vi.unstubAllGlobals();
});

describe("preloadApp: the app's first chunks, asked for when they are wanted", () => {
  it('a wide window (the picture shows first): every chunk index.html names, once, the app itself last', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q }));
    named('http://localhost/assets/start-a.js', '(max-width: 1779.98px)');
    named('http://localhost/assets/echarts-b.js', '(max-width: 1779.98px)');
    preloadApp();
    expect(asked()).toEqual([
      ['http://localhost/assets/echarts-b.js', 'anonymous'],
      ['http://localhost/assets/start-a.js', 'anonymous'],
    ]);
    preloadApp(); // the boot script, then the entry script: not asked twice
    expect(asked()).toHaveLength(2);
  });

  it('a narrow window: the parser asked for them already (their media matched), nothing is added', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: true, media: q }));
    named('http://localhost/assets/start-a.js', '(max-width: 1779.98px)');
    preloadApp();
    expect(asked()).toEqual([]);
  });

  it('a page without the build (npm run dev) names none: nothing happens', () => {
    preloadApp();
    expect(asked()).toEqual([]);
  });
});
