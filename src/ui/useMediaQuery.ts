import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the app lays out for a phone (phone.css uses the same 720 px). */
export const PHONE_QUERY = '(max-width: 720px)';

/** Whether a media query matches now, re-rendering when it changes (rotation, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export const usePhone = (): boolean => useMediaQuery(PHONE_QUERY);
