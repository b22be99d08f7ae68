/**
 * Helpers of first-screen.e2e.ts: watching every frame from the first, holding the app back, boxes
 * and pixels before and after the takeover.
 */
import type { Page } from 'playwright-core';

/**
 * An init script: each animation frame (each one the page paints), whether the prerendered
 * default (#first-screen) or a kept picture (#first-shot) is visible, the first frame with any
 * content, every headline figure visible in any frame, and the frames that showed the app's cards
 * beside its map still undrawn.
 */
export const watchFrames = `(() => {
  const seen = { frames: 0, prerender: false, shot: false, shotFrame: null, firstContentFrame: null, figures: [], cardsBeforeMap: 0 };
  window.__fsSeen = seen;
  // The pictures are drawn in closed shadow roots: keep a hand on each, to look inside.
  const roots = (window.__fsRoots = new Map());
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); roots.set(this.id, r); return r; };
  const all = (s) => [document, ...roots.values()].flatMap((r) => [...r.querySelectorAll(s)]);
  const shown = (el) => !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  // (A picture's host may be 0 px high: the wall screen's content is fixed to the window.)
  const visible = (el) => shown(el) && el.getBoundingClientRect().height > 0;
  const tick = () => {
    seen.frames += 1;
    if (shown(document.getElementById('first-screen'))) seen.prerender = true;
    if (shown(document.getElementById('first-shot'))) {
      seen.shot = true;
      if (seen.shotFrame === null) seen.shotFrame = seen.frames;
    }
    if (seen.firstContentFrame === null && document.body && all('h1, .kpi, svg, canvas').some(visible))
      seen.firstContentFrame = seen.frames;
    for (const v of all('.kpi-value'))
      if (visible(v) && !seen.figures.includes(v.textContent)) seen.figures.push(v.textContent);
    // The app's own cards shown while its map, in the window, is not drawn yet (FirstDrawGate).
    const map = document.querySelector('[data-testid="overview-map"]');
    if (
      map && map.getBoundingClientRect().top < window.innerHeight &&
      !map.querySelector('.echart[data-ready="true"]') &&
      [...document.querySelectorAll('.kpi-value')].some(visible)
    )
      seen.cardsBeforeMap += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export interface FramesSeen {
  frames: number;
  prerender: boolean;
  shot: boolean;
  shotFrame: number | null;
  firstContentFrame: number | null;
  figures: string[];
  cardsBeforeMap: number;
}

export const framesSeen = (page: Page): Promise<FramesSeen> =>
  page.evaluate(() => (window as unknown as { __fsSeen: FramesSeen }).__fsSeen);

/** Holds the app's chunk until released: what index.html shows by itself stays on screen. */
export async function heldStart(page: Page): Promise<{ release: () => void }> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release };
}

/** Waits until the app has kept its picture of the first screen. */
export async function keptPicture(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      performance
        .getEntriesByName('fazhi:first-screen-kept')
        .some((e) => ((e as PerformanceMark).detail as { saved?: boolean } | null)?.saved === true),
    undefined,
    { timeout: 30000 },
  );
}

export interface PictureFacts {
  /** The host is shown and its picture holds a drawn SVG (the map). */
  svgShown: boolean;
  cards: number;
  firstFigure: string | null;
  styleAttributes: number;
  ids: number;
  mark: string | null;
  scripts: number;
  handlers: number;
  links: string[];
  backgrounds: string[];
}

/** What a picture (its host's id) holds, read inside its closed shadow root. */
export function pictureFacts(page: Page, host: string): Promise<PictureFacts | null> {
  return page.evaluate((id) => {
    const hostEl = document.getElementById(id);
    const root = (window as unknown as { __fsRoots: Map<string, ShadowRoot> }).__fsRoots.get(id);
    if (!hostEl || !root) return null;
    const all = [...root.querySelectorAll('*')];
    const svg = root.querySelector('svg');
    const box = svg?.getBoundingClientRect();
    return {
      svgShown: !!svg && hostEl.checkVisibility() && !!box && box.width > 50 && box.height > 50,
      cards: root.querySelectorAll('article.kpi').length,
      firstFigure: root.querySelector('.kpi-value')?.textContent ?? null,
      styleAttributes: root.querySelectorAll('[style]').length,
      ids: root.querySelectorAll('[id]:not(svg [id]), [data-testid]').length,
      mark: root.querySelector('.first-shot-mark')?.textContent ?? null,
      scripts: root.querySelectorAll('script, img, iframe, foreignObject, object, embed').length,
      handlers: all.filter((e) => [...e.attributes].some((at) => at.name.startsWith('on'))).length,
      links: all.flatMap((e) => (e.getAttribute('href') ? [e.getAttribute('href') ?? ''] : [])).filter((h) => !h.startsWith('#')),
      backgrounds: all.flatMap((e) => (e instanceof HTMLElement && e.style.background ? [e.style.background] : [])),
    };
  }, host);
}

/**
 * Where the first screen's parts are (those in the window: what lies below renders later), inside
 * `root`: a picture's host id, or 'root' for the app's #root.
 */
export function boxesOf(page: Page, root: string): Promise<string[]> {
  return page.evaluate((id) => {
    const roots = (window as unknown as { __fsRoots: Map<string, ShadowRoot> }).__fsRoots;
    const el: ParentNode | null = roots.get(id) ?? document.getElementById(id);
    if (!el) return [];
    return [...el.querySelectorAll('header, h1, h2, h3, .kpi, .panel, .echart')].flatMap((e) => {
      const b = e.getBoundingClientRect();
      if (b.top >= window.innerHeight) return [];
      const box = [b.x, b.y, b.width, b.height].map((x) => Math.round(x * 2) / 2);
      return [`${e.tagName.toLowerCase()}.${e.classList[0] ?? ''} ${box[0]},${box[1]} ${box[2]}×${box[3]}`];
    });
  }, root);
}

/** The share of pixels that differ (a channel by more than 40 of 255) between two screenshots. */
export function pixelChange(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ x, y }) => {
      const pixels = async (b64: string) => {
        // Decoded here, not fetched as a data: URL (the page's CSP allows no such connection).
        const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
        const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(bmp, 0, 0);
        return ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      };
      const [p, q] = await Promise.all([pixels(x), pixels(y)]);
      if (p.length !== q.length) return 1;
      let n = 0;
      for (let i = 0; i < p.length; i += 4)
        if (Math.max(Math.abs(p[i]! - q[i]!), Math.abs(p[i + 1]! - q[i + 1]!), Math.abs(p[i + 2]! - q[i + 2]!)) > 40) n += 1;
      return n / (p.length / 4);
    },
    { x: a.toString('base64'), y: b.toString('base64') },
  );
}
