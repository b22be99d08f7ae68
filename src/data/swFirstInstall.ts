/**
 * The service worker's first install, from the entry script (src/main.tsx) at the page's load event:
 * no React, no config schema, so the entry chunk stays small. Installing the shell takes ~1 s on a
 * busy 2-core PC; started from the app's chunk it began 150–350 ms after the load event (behind the
 * first screen's rendering), and a wall reloaded offline 2 s after its first visit needs the worker
 * by then (issue 24). src/data/serviceWorker.ts does the rest (updates, the deployment's switch).
 */

let started = false;

/**
 * Whether the deployment config, as read from config.json's raw JSON, leaves the worker on. Only an
 * explicit `"serviceWorker": false` turns it off; a config that cannot be read is decided later by
 * the app, with the full schema (src/data/config.ts), so this is never more willing than that.
 */
export function configAllowsWorker(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { serviceWorker?: unknown }).serviceWorker !== false;
}

/**
 * Registers the worker if no worker controls this page yet (a first visit), once per page. Once it
 * takes the page, it is asked to keep the app's files this page loaded before it was there.
 */
export function startFirstInstall(): void {
  if (started || !('serviceWorker' in navigator) || navigator.serviceWorker.controller !== null) return;
  started = true;
  void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  cacheLoadedAssetsOnControl();
}

/**
 * Once the worker takes the page, asks it to keep the app's files this page loaded before it was
 * there (Workbox's CACHE_URLS: each goes through the worker's own route). The shell holds the
 * screens; this adds what was loaded on demand, such as the dataset's tile layout.
 */
function cacheLoadedAssetsOnControl(): void {
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      const urlsToCache = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => {
          const url = new URL(u);
          return url.origin === window.location.origin && /\/assets\/[^/]+\.(?:js|css)$/.test(url.pathname);
        });
      navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
    },
    { once: true },
  );
}
