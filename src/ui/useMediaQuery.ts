import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the app lays out for a phone (phone.css uses the same 720 px). */
export const PHONE_QUERY = '(max-width: 720px)';

// jsdom and some embedded web views have no matchMedia: they get the desktop layout.
const mediaList = (query: string): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;

/** Whether a media query matches now, re-rendering when it changes (rotation, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaList(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => mediaList(query)?.matches ?? false,
    () => false,
  );
}

export const usePhone = (): boolean => useMediaQuery(PHONE_QUERY);
