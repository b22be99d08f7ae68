/**
 * The hash as React state, and moving it: one way for every link the app follows itself (a map's
 * tile, a league row, a filter), so the back button and the views' memos see the same thing.
 * What the hash means is the route table's (routes.ts).
 */
import { useSyncExternalStore } from 'react';
import { formatHash, parseHash, type HashState } from './hash.ts';

export { formatHash, parseHash, type HashState };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
const getHash = () => window.location.hash;

/** The hash (`#/league?year=2025`), re-rendering when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, getHash);
}

/** Go to a hash: a new history entry, or in place of this one (typing in a filter). */
export function goTo(hash: string, opts?: { replace?: boolean }): void {
  if (opts?.replace) window.history.replaceState(null, '', hash);
  else window.history.pushState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
