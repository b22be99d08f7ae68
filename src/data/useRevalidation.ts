/**
 * When the page asks the server again, by itself, so it recovers without a reload:
 *
 * - a copy served from a cache (`checking`): at once, past the cache (revalidateDataset);
 * - a copy kept because the server could not be had (`stale`), or no data at all (the load
 *   failed): after 5, 10, 20, then every 30 s, with the time of the next try for a countdown,
 *   and at once when the browser says it is back online;
 * - fresh data on a screen that refreshes (the wall): every `refreshMs`.
 *
 * A newer dataset from the server replaces the one on screen (`applyNewer`); the same one
 * changes nothing.
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { revalidateDataset } from './fetchDataset.ts';
import { useFreshness } from './freshness.ts';
import type { Dataset } from '../contract/schema.ts';
import { sourceKey, type DataSource } from './sources.ts';

const BACKOFF_S = [5, 10, 20, 30];
export const backoffMs = (attempt: number): number => (BACKOFF_S[Math.min(attempt, BACKOFF_S.length - 1)] ?? 30) * 1000;

export interface RevalidationInput {
  source: DataSource | null;
  baseUrl: string;
  /** The source's dataset is on screen. */
  hasData: boolean;
  /** The load failed and nothing was kept: the whole load is tried again. */
  failed: boolean;
  /** A load of the source is under way: nothing is scheduled over it. */
  busy: boolean;
  refreshMs: number | null;
  refetch: () => void;
  applyNewer: (dataset: Dataset) => void;
}

export function useRevalidation(input: RevalidationInput): { nextTryAt: number | null; tryNow: () => void } {
  const { source, baseUrl, hasData, failed, busy, refreshMs, refetch, applyNewer } = input;
  const fresh = useFreshness(source);
  const [attempt, setAttempt] = useState(0);
  const [nextTryAt, setNextTryAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const key = source ? sourceKey(source) : null;
  const askable = source !== null && source.kind !== 'upload' && !(source.kind === 'url' && source.refusedOrigin);

  useEffect(() => {
    setAttempt(0);
  }, [key]);

  // The asking itself reads the source and callbacks of the moment it runs: a new source object
  // for the same key (every render makes one) schedules nothing anew, a new key does.
  const ask = useEffectEvent((whole: boolean, shownAt: number, signal: AbortSignal) => {
    if (whole) {
      setAttempt((a) => a + 1);
      refetch();
      return;
    }
    if (source === null) return;
    revalidateDataset(source, baseUrl, shownAt, signal).then(
      (dataset) => {
        setAttempt(0);
        applyNewer(dataset);
      },
      () => {
        if (!signal.aborted) setAttempt((a) => a + 1);
      },
    );
  });

  useEffect(() => {
    if (!askable || busy) {
      setNextTryAt(null);
      return;
    }
    let delay: number;
    let whole = false;
    if (failed) {
      delay = backoffMs(attempt);
      whole = true;
    } else if (!hasData || !fresh) {
      setNextTryAt(null);
      return;
    } else if (fresh.state === 'checking') delay = 0;
    else if (fresh.state === 'stale') delay = backoffMs(attempt);
    else if (fresh.state === 'fresh' && refreshMs !== null) delay = Math.max(0, fresh.at + refreshMs - Date.now());
    else {
      setNextTryAt(null);
      return;
    }
    // A try the user asked for (the button, the browser back online) goes now.
    if (now > 0 && (failed || fresh?.state === 'stale')) delay = 0;
    const stale = failed || fresh?.state === 'stale';
    setNextTryAt(stale && delay > 0 ? Date.now() + delay : null);
    const ctrl = new AbortController();
    const shownAt = fresh?.at ?? 0;
    const timer = window.setTimeout(() => {
      setNextTryAt(null);
      setNow(0);
      ask(whole, shownAt, ctrl.signal);
    }, delay);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [key, askable, busy, failed, hasData, fresh, refreshMs, attempt, now]);

  const tryNow = useCallback(() => setNow(Date.now()), []);
  useEffect(() => {
    window.addEventListener('online', tryNow);
    return () => window.removeEventListener('online', tryNow);
  }, [tryNow]);
  return { nextTryAt, tryNow };
}
