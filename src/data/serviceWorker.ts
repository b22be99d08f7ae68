/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The offline service worker (src/sw/sw.ts), from the app's side: registered in production builds
 * after the page has loaded (never on the first chart's path, never in `npm run dev`, where MSW
 * runs its own worker), unless the deployment's config.json says `"serviceWorker": false`, which
 * also removes one that an earlier build installed.
 *
 * A new build is not taken mid-use: `useUpdateReady()` turns true, the page says so, and
 * `applyUpdate()` (the user's click, or the wall screen's next page turn) switches and reloads.
 */
import { useSyncExternalStore } from 'react';
import type { DeploymentConfig } from './config.ts';

/** How often an open tab (a wall screen never navigates) asks the server for a new build. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let ready = false;
let update: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

function setReady(): void {
  ready = true;
  for (const l of listeners) l();
}

/** Registers (or, if the deployment turned it off, removes) the service worker. */
export async function startServiceWorker(config: Pick<DeploymentConfig, 'serviceWorker'>): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (config.serviceWorker === false) {
    await removeServiceWorker();
    return;
  }
  if (navigator.serviceWorker.controller === null) {
    // The first visit: installing starts now, not once the app's registration code has loaded
    // behind the first screen's rendering (~0.8 s later), so a reload in the first seconds is
    // already served offline. (workbox-window, below, then takes over the same registration.)
    void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
    cacheLoadedAssetsOnControl();
  }
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: setReady,
    onRegisteredSW(_url, registration) {
      if (registration) window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
  });
  update = () => updateSW(true);
}

/**
 * Once the worker takes the page, asks it to keep the app's files this page loaded before it was
 * there (Workbox's CACHE_URLS: each goes through the worker's own route). The precache holds the
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

async function removeServiceWorker(): Promise<void> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((r) => r.unregister()));
  if ('caches' in window) {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('fazhi-') || n.startsWith('workbox-')).map((n) => caches.delete(n)));
  }
}

/** A new build is installed and waiting for `applyUpdate()`. */
export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => ready,
    () => false,
  );
}

/** Switches to the waiting build; the page reloads on it. */
export function applyUpdate(): void {
  void update?.().catch(() => window.location.reload());
}
