/**
 * Hash routing and view state. The route and every view setting live in the hash
 * (`#/overview?year=2025&scope=410000&lang=en`), so dist/ works from any static server
 * and a link reproduces the view. The dataset URL is the page's own query (`?data=`).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { formatHash, parseHash, type HashState } from './hash.ts';

export { formatHash, parseHash, type HashState };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
const getHash = () => window.location.hash;

export function useHashState(): HashState & {
  navigate: (path: string[], patch?: Record<string, string | null>) => void;
  setParams: (patch: Record<string, string | null>, opts?: { replace?: boolean }) => void;
} {
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  const state = parseHash(hash);
  const setParams = useCallback((patch: Record<string, string | null>, opts?: { replace?: boolean }) => {
    const current = parseHash(window.location.hash);
    const next = new URLSearchParams(current.params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    const target = formatHash(current.path.length ? current.path : ['overview'], next);
    if (opts?.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, []);
  const navigate = useCallback((path: string[], patch?: Record<string, string | null>) => {
    const current = parseHash(window.location.hash);
    const next = new URLSearchParams(current.params);
    for (const [k, v] of Object.entries(patch ?? {})) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    window.location.hash = formatHash(path, next);
  }, []);
  return { ...state, navigate, setParams };
}
