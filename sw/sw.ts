/**
 * The dashboard's service worker (built by vite-plugin-pwa, injectManifest; registered by
 * src/data/serviceWorker.ts in production builds only, never in `npm run dev`, where MSW's own
 * worker runs).
 *
 * - The app shell (index.html, the JS and CSS of every screen, the icon) is precached: a warm
 *   load comes from here, and a wall screen that restarts before the network is back still starts.
 * - Other hashed assets (the PDF reader, its fonts) are cached on first use: their names change
 *   with their content, so a cached copy is never wrong.
 * - JSON fetched by the app (config.json, the dataset index, each dataset, an API's /dataset) is
 *   network-first: the server's answer whenever there is one, the last good copy when there is
 *   none. A copy served from the cache carries `X-Fazhi-Cached-At` (when it was fetched), which the
 *   app shows as "数据更新失败，显示 HH:MM 的数据" until the network is back.
 * - A new build waits until the page asks for it (the "new version" notice), so an open tab is
 *   never switched mid-use; the wall screen takes it at its next page turn.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { isAppJson, stampCachedAt } from './rules.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install takes the open page at once, so its next fetches already keep a copy. (An
// update activates only when the page asks for it, and the page then reloads.)
clientsClaim();

// Every page of the app is index.html (hash routes; `?data=` links).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.destination !== 'document' && /\/assets\//.test(url.pathname),
  new CacheFirst({ cacheName: 'fazhi-assets' }),
);

registerRoute(
  ({ url, request }) => isAppJson(url, request.destination),
  new NetworkFirst({
    cacheName: 'fazhi-data',
    // A network that hangs (a router still booting) must not keep the wall blank.
    networkTimeoutSeconds: 8,
    plugins: [
      {
        // Only complete answers are kept, each stamped with the time it was fetched.
        cacheWillUpdate: async ({ response }) => (response.status === 200 ? stampCachedAt(response, Date.now()) : null),
      },
    ],
  }),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') void self.skipWaiting();
});
