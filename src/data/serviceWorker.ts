/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The offline service worker (src/sw/sw.ts), from the app's side: registered in production builds
 * once the page has loaded (a first visit's install is begun by the entry script,
 * ./swFirstInstall.ts), never in `npm run dev`, where MSW runs its own worker, and not where the
 * deployment's config.json says `"serviceWorker": false`, which also removes one that an earlier
 * build installed.
 *
 * A new build is not taken mid-use: `useUpdateReady()` turns true, the page says so, and
 * `applyUpdate()` (the user's click, or the wall screen's next page turn) switches and reloads.
 */
import { useSyncExternalStore } from 'react';
import type { DeploymentConfig } from './config.ts';
import { startFirstInstall } from './swFirstInstall.ts';

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
  // The first visit: normally begun by the entry script at the load event (./swFirstInstall.ts);
  // again here for a config the entry could not read. Workbox-window then takes over the same registration.
  startFirstInstall();
  // A worker that already controls this page completes the shell's later files if it has not yet.
  navigator.serviceWorker.controller?.postMessage({ type: 'FILL_SHELL' });
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
