import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest `value`, for callbacks and effects that must not re-subscribe
 * when it changes (an onClose prop, the view an export reads). Updated after each commit, not
 * during render, so a render that is thrown away never leaks its value.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
