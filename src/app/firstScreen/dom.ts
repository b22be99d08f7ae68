/**
 * The page's first-screen state, on <html data-first-screen>, read by firstScreen.css:
 *
 * - `build-pending`: the build's prerendered picture (#first-screen) may be this page's; the entry
 *   script is checking that what it was drawn from is what the server has now (verify.ts);
 * - `build`: it is, and it is shown while the app draws its own screen, hidden, underneath;
 * - `snapshot`: the last screen the user saw here (#first-shot), shown the same way;
 * - absent: the app draws as it always did.
 */
export type FirstScreenMode = 'build-pending' | 'build' | 'snapshot';

export const PRERENDER_ID = 'first-screen';
/**
 * Marks index.html's `modulepreload` links of the app's first chunks, which apply only below the
 * picture's width (src/node/build/firstScreenPreloads.ts).
 */
export const APP_CHUNK_ATTR = 'data-app-chunk';
export const SNAPSHOT_ID = 'first-shot';

export function firstScreenMode(): FirstScreenMode | null {
  const m = document.documentElement.dataset.firstScreen;
  return m === 'build-pending' || m === 'build' || m === 'snapshot' ? m : null;
}

export function setFirstScreenMode(mode: FirstScreenMode): void {
  document.documentElement.dataset.firstScreen = mode;
}

/** Removes both pictures and shows #root: the app's own screen (or its loading line) from now on. */
export function dropFirstScreen(): void {
  document.getElementById(PRERENDER_ID)?.remove();
  document.getElementById(SNAPSHOT_ID)?.remove();
  delete document.documentElement.dataset.firstScreen;
}

/**
 * Asks for the app's first chunks (index.html names them, for narrow windows only) all at once,
 * fetched and compiled as they arrive: by the boot script where the app's own screen is the
 * first, by the entry script after a picture's first frame.
 */
export function preloadApp(): void {
  // In the reverse of index.html's order, which names the app's own chunk first: asked for last
  // here, so the chunks it imports at once (ECharts, the map's layout) are on their way before it
  // can arrive and run, even where the browser spaces these requests out (a busy 2-core PC: 8 ms
  // apart, and the app's chunk, from a near server, had arrived before ECharts was asked for).
  for (const named of [...document.querySelectorAll<HTMLLinkElement>(`link[${APP_CHUNK_ATTR}]`)].reverse()) {
    named.removeAttribute(APP_CHUNK_ATTR); // once
    if (named.media && window.matchMedia(named.media).matches) continue; // asked for by the parser
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = named.crossOrigin;
    link.href = named.href;
    document.head.append(link);
  }
}
