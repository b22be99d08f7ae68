import { queryOptions, QueryClient } from '@tanstack/react-query';
import { MAX_DATASET_BYTES } from './decode.ts';
import { decodeAnySize } from './decodeAnySize.ts';
import { cachedAtOf } from './cachedCopy.ts';
import { abortEarlyRequest, DATASET_REQUEST, takeEarlyResponse } from './early.ts';
import { DatasetLoadError } from './errors.ts';
import { fetchText } from './fetchText.ts';
import { setFreshness } from './freshness.ts';
import { keepCopy, loadKeptCopy, putInOfflineCache, workerControls } from './keptCopy.ts';
import type { Dataset } from '../contract/schema.ts';
import { sourceKey, sourceLabel, type DataSource } from './sources.ts';
import { loadUserDatasetText, storedTextOf } from './datasetStore.ts';

export function sourceUrl(source: DataSource, baseUrl: string): string | null {
  switch (source.kind) {
    case 'embedded':
      return new URL(source.file, baseUrl).href;
    case 'url':
      return source.url;
    case 'api':
      return `${source.base.replace(/\/$/, '')}/dataset`;
    case 'upload':
      return null;
  }
}

/**
 * The last text decoded per source and what it decoded to: the same text again (a kept copy, an
 * unchanged server answer) gives the same object, so nothing on screen is rebuilt for it.
 */
const decoded = new Map<string, { text: string; dataset: Dataset }>();

/** Sources whose last load failed: the next asks past the HTTP cache. */
const failedLast = new Set<string>();

/**
 * URLs whose first request (index.html's preload) hung: Chromium holds every later request for
 * the same URL behind it, however long it hangs, and a page cannot cancel a preload. Later
 * requests for it carry a query of their own (a static file ignores it).
 */
const heldBehindPreload = new Set<string>();

function requestUrl(url: string): string {
  if (!heldBehindPreload.has(url)) return url;
  const u = new URL(url, window.location.href);
  u.searchParams.set('retry', String(Date.now()));
  return u.href;
}

async function decodeOnce(source: DataSource, text: string, label: string, bytes?: number, signal?: AbortSignal): Promise<Dataset> {
  const key = sourceKey(source);
  const last = decoded.get(key);
  if (last?.text === text) return last.dataset;
  const dataset = await decodeAnySize(text, label, bytes, signal);
  decoded.set(key, { text, dataset });
  return dataset;
}

/** Keeps a server's answer as the last good copy (IndexedDB; the worker's cache if it did not see it). */
function keep(source: DataSource, url: string, text: string, contentType: string | null, seenByWorker: boolean): void {
  const at = Date.now();
  void keepCopy(sourceKey(source), text, at);
  if (!seenByWorker) void putInOfflineCache(url, text, at, contentType);
}

/**
 * The dataset of `source`. A copy the service worker served from its cache is shown at once and
 * marked `checking` (revalidate.ts then asks the server); a load that cannot reach its data
 * falls back on the copy the app kept, marked `stale` with why; only with nothing kept does it fail.
 */
export async function fetchDataset(source: DataSource, baseUrl: string, signal?: AbortSignal): Promise<Dataset> {
  const label = sourceLabel(source);
  if (source.kind === 'upload') {
    const text = await loadUserDatasetText(source.id);
    if (text === null) throw new DatasetLoadError({ kind: 'empty' }, label);
    const dataset = await decodeAnySize(text, source.name, undefined, signal);
    storedTextOf.set(dataset, text);
    return dataset;
  }
  if (source.kind === 'url' && source.refusedOrigin) {
    throw new DatasetLoadError({ kind: 'origin', origin: source.refusedOrigin }, label);
  }
  const url = sourceUrl(source, baseUrl) ?? label;
  const seenByWorker = workerControls();
  const key = sourceKey(source);
  try {
    // The entry script may have asked already (early.ts): that answer, else a request of our own.
    const early = absolute(url);
    const pending = takeEarlyResponse(early);
    // After a failure, past the HTTP cache: a request still hanging on the same URL (the page's
    // preload) holds the cache's lock on it, and a retry through the cache would wait behind it.
    const init: RequestInit = failedLast.has(key) ? { ...DATASET_REQUEST, cache: 'no-store' } : DATASET_REQUEST;
    const got = await fetchText(requestUrl(url), {
      label,
      maxBytes: MAX_DATASET_BYTES,
      signal,
      init,
      ...(pending
        ? {
            pending,
            abortPending: () => {
              abortEarlyRequest(early);
              if (source.kind !== 'api') heldBehindPreload.add(url);
            },
          }
        : {}),
    });
    failedLast.delete(key);
    const dataset = await decodeOnce(source, got.text, label, got.bytes, signal);
    const cachedAt = cachedAtOf(got.headers);
    if (cachedAt !== null) {
      setFreshness(source, { state: 'checking', at: cachedAt });
    } else {
      setFreshness(source, { state: 'fresh', at: Date.now() });
      keep(source, url, got.text, got.headers.get('Content-Type'), seenByWorker);
    }
    return dataset;
  } catch (err) {
    if (signal?.aborted || !(err instanceof DatasetLoadError)) throw err;
    failedLast.add(key);
    const kept = await loadKeptCopy(key);
    if (!kept) throw err;
    let dataset: Dataset;
    try {
      dataset = await decodeOnce(source, kept.text, label, undefined, signal);
    } catch {
      throw err;
    }
    setFreshness(source, { state: 'stale', at: kept.at, failure: err });
    return dataset;
  }
}

/**
 * Asks the server for `source` past any cached copy (`cache: 'no-store'`; the service worker
 * sends such a request to the network, revalidating its HTTP cache). Resolves to the dataset the server now has (the same
 * object when nothing changed); on failure marks the copy on screen stale and rejects.
 */
export async function revalidateDataset(source: DataSource, baseUrl: string, shownAt: number, signal?: AbortSignal): Promise<Dataset> {
  const label = sourceLabel(source);
  const url = sourceUrl(source, baseUrl) ?? label;
  const seenByWorker = workerControls();
  try {
    // Past every cache: the service worker sends it to the network; without one, the HTTP cache
    // cannot hold it behind an earlier request that hangs.
    const got = await fetchText(requestUrl(url), {
      label,
      maxBytes: MAX_DATASET_BYTES,
      signal,
      init: { ...DATASET_REQUEST, cache: 'no-store' },
    });
    if (decoded.get(sourceKey(source))?.text !== got.text) setFreshness(source, { state: 'newer', at: shownAt });
    const dataset = await decodeOnce(source, got.text, label, got.bytes, signal);
    setFreshness(source, { state: 'fresh', at: Date.now() });
    keep(source, url, got.text, got.headers.get('Content-Type'), seenByWorker);
    return dataset;
  } catch (err) {
    if (signal?.aborted) throw err;
    const failure =
      err instanceof DatasetLoadError
        ? err
        : new DatasetLoadError({ kind: 'network', detail: err instanceof Error ? err.message : String(err) }, label);
    setFreshness(source, { state: 'stale', at: shownAt, failure });
    throw failure;
  }
}

function absolute(url: string): string {
  try {
    return new URL(url, window.location.href).href;
  } catch {
    return url;
  }
}

export const RETRIES = 2;

export function datasetQueryOptions(source: DataSource, baseUrl: string) {
  return queryOptions({
    queryKey: ['dataset', sourceKey(source)] as const,
    queryFn: ({ signal }) => fetchDataset(source, baseUrl, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // A dataset is never changed in place, and the same text decodes to the same object
    // (decodeOnce): comparing a new one with the last, field by field, would only cost the page
    // (an add into a national dataset: ~170 ms in replaceEqualDeep).
    structuralSharing: false,
  });
}

/** Query defaults live here; tests build a fresh client with `createQueryClient({ retry: false })`. */
export function createQueryClient(overrides: { retry?: false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        gcTime: 30 * 60 * 1000,
        // Retry at once only what may pass next time: the network or a server error, not a bad
        // file, and not a server that let a request time out (the page's own retries take over).
        retry:
          overrides.retry ??
          ((failures, error) =>
            error instanceof DatasetLoadError && error.retryable && error.failure.kind !== 'timeout' && failures < RETRIES),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}
