/**
 * The dashboard's service worker (built by vite-plugin-pwa, injectManifest; registered by
 * src/data/serviceWorker.ts in production builds only, never in `npm run dev`, where MSW's own
 * worker runs).
 *
 * - The app shell (index.html, the JS and CSS of every screen, the icon) is kept from install on
 *   (src/sw/shell.ts): a warm load comes from here, and a wall screen that restarts before the network
 *   is back still starts. The files only an action needs (the exports' writers, the report reader)
 *   are kept just after the install, once the worker has the page.
 * - Other hashed assets (the PDF reader, its fonts) are cached on first use: their names change
 *   with their content, so a cached copy is never wrong.
 * - config.json and the dataset index are network first (an operator's edit is seen on the next
 *   load), the last good copy after 4 s without an answer or when there is none.
 * - A dataset (any other JSON the app fetches, an API's /dataset) is cache first and revalidated
 *   in the background (src/sw/data.ts): a repeat visit draws at once, and the page swaps in newer data
 *   when the server has it. A copy served from the cache carries `X-Fazhi-Cached-At` (when it was
 *   fetched); if the server cannot be had, the app shows "数据更新失败，显示 HH:MM 的数据" until it can.
 *   The page puts in what it fetched before this worker took it over (src/data/keptCopy.ts).
 * - A new build waits until the page asks for it (the "new version" notice), so an open tab is
 *   never switched mid-use; the wall screen takes it at its next page turn.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { DATA_CACHE } from '../data/cachedCopy.ts';
import { datasetHandler } from './data.ts';
import { isAppJson, isBootJson, stampCachedAt } from './rules.ts';
import { fillMissing, fillShell, normalise, SHELL_PREFIX, shellCacheName, shellKey } from './shell.ts';
import { addPageRoutes, addShellRoutes, shellRoutes } from './staticRoutes.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

// The app shell, fetched several files at a time (src/sw/shell.ts).
const shell = normalise(self.__WB_MANIFEST, self.registration.scope);
const SHELL = shellCacheName(shell);
const shellUrls = new Set(shell.map((e) => e.url));
const indexUrl = new URL('index.html', self.registration.scope).href;
// What no screen needs to be drawn (the exports' writers, the report reader): kept just after the
// install, so that the worker takes a first visit's page sooner (src/node/build/shellTiers.ts).
const installShell = shell.filter((e) => e.later !== true);
const laterShell = shell.filter((e) => e.later === true);
let laterFill: Promise<void> | null = null;
/** The later tier, once per run of this worker (a failure is tried again on the next message). */
const fillLater = (): Promise<void> =>
  (laterFill ??= caches
    .open(SHELL)
    .then((cache) => fillMissing(cache, laterShell, (request) => fetch(request)))
    .catch(() => {
      laterFill = null;
    }));

self.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(
    caches.open(SHELL).then(async (cache) => {
      await fillShell(cache, installShell, (request) => fetch(request));
      // index.html under the scope's address too, the URL a navigation asks for (addPageRoutes).
      const page = await cache.match(indexUrl);
      if (page) await cache.put(self.registration.scope, page);
    }),
  );
  addShellRoutes(event, SHELL, shellRoutes(shell));
  addPageRoutes(event, SHELL, self.registration.scope);
});
self.addEventListener('activate', (event: ExtendableEvent) => {
  // The shell of the build this worker replaces, and a Workbox precache of earlier versions.
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => (n.startsWith(SHELL_PREFIX) && n !== SHELL) || n.startsWith('workbox-precache')).map((n) => caches.delete(n)),
        ),
      ),
  );
});
// The first install takes the open page at once, so its next fetches already keep a copy. (An
// update activates only when the page asks for it, and the page then reloads.)
clientsClaim();

const fromShell = async (key: string, request: Request): Promise<Response> =>
  (await (await caches.open(SHELL)).match(key)) ?? fetch(request);
registerRoute(
  ({ url }) => shellKey(url, shellUrls) !== null,
  ({ url, request }) => fromShell(shellKey(url, shellUrls) ?? url.href, request),
);
// Every page of the app is index.html (hash routes; `?data=` links).
registerRoute(new NavigationRoute(({ request }) => fromShell(indexUrl, request)));

registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.destination !== 'document' && /\/assets\//.test(url.pathname),
  new CacheFirst({ cacheName: 'fazhi-assets' }),
);

registerRoute(
  ({ url, request }) => isAppJson(url, request.destination) && isBootJson(url, self.registration.scope),
  new NetworkFirst({
    cacheName: DATA_CACHE,
    // A network that hangs (a router still booting) must not keep the wall waiting.
    networkTimeoutSeconds: 4,
    plugins: [
      {
        // Only complete JSON answers are kept, each stamped with the time it was fetched.
        cacheWillUpdate: async ({ response }) => stampCachedAt(response, Date.now()),
      },
    ],
  }),
);

const datasets = datasetHandler({
  openCache: async () => {
    const cache = await caches.open(DATA_CACHE);
    return { match: (url) => cache.match(url), put: (url, res) => cache.put(url, res) };
  },
  fetch: (request, init) => fetch(request, init),
  now: () => Date.now(),
});
registerRoute(
  ({ url, request }) => isAppJson(url, request.destination) && !isBootJson(url, self.registration.scope),
  ({ request, event }) => datasets(request, (p) => event.waitUntil(p)),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || !('type' in data)) return;
  if (data.type === 'SKIP_WAITING') void self.skipWaiting();
  // The page's messages once this worker controls it (src/data/swFirstInstall.ts; src/data/serviceWorker.ts on each visit).
  if (data.type === 'CACHE_URLS' || data.type === 'FILL_SHELL') event.waitUntil(fillLater());
});
