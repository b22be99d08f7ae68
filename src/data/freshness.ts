/**
 * How fresh the data on screen is, per source: straight from the server, a kept copy being checked
 * against the server, one the server has a newer version of (loading), or one kept because the
 * server could not be had (stale, with why). The wall screen and the banner read it; loading
 * (fetchDataset.ts, revalidate.ts) writes it.
 */
import { useSyncExternalStore } from 'react';
import type { DatasetLoadError } from './errors.ts';
import { sourceKey, type DataSource } from './sources.ts';

export type Freshness =
  /** From the server at `at` (ms since epoch). */
  | { state: 'fresh'; at: number }
  /** A kept copy fetched at `at`, shown at once while the server is asked. */
  | { state: 'checking'; at: number }
  /** The server has data newer than the copy of `at`: it is on its way. */
  | { state: 'newer'; at: number }
  /** The server could not be had (`failure`): the copy of `at` is shown. */
  | { state: 'stale'; at: number; failure: DatasetLoadError };

const bySource = new Map<string, Freshness>();
const listeners = new Set<() => void>();

export function setFreshness(source: DataSource, f: Freshness): void {
  bySource.set(sourceKey(source), f);
  for (const l of listeners) l();
}

export function freshnessOf(source: DataSource | null): Freshness | null {
  return source ? (bySource.get(sourceKey(source)) ?? null) : null;
}

export function useFreshness(source: DataSource | null): Freshness | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => freshnessOf(source),
    () => null,
  );
}
