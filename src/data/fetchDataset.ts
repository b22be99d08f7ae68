import { queryOptions, QueryClient } from '@tanstack/react-query';
import { decodeDataset } from './decode.ts';
import { cachedAtOf } from './cachedCopy.ts';
import { DATASET_REQUEST, takeEarlyResponse } from './early.ts';
import { DatasetLoadError } from './errors.ts';
import type { Dataset } from './schema.ts';
import { sourceKey, sourceLabel, type DataSource } from './sources.ts';
import { loadUpload } from './uploadStore.ts';

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

export async function fetchDataset(source: DataSource, baseUrl: string, signal?: AbortSignal): Promise<Dataset> {
  const label = sourceLabel(source);
  if (source.kind === 'upload') {
    const stored = await loadUpload();
    if (!stored) throw new DatasetLoadError({ kind: 'empty' }, label);
    return decodeDataset(stored.text, stored.name);
  }
  if (source.kind === 'url' && source.refusedOrigin) {
    throw new DatasetLoadError({ kind: 'origin', origin: source.refusedOrigin }, label);
  }
  const url = sourceUrl(source, baseUrl) ?? label;
  let res: Response;
  try {
    // The entry script may have asked already (early.ts): that answer, else a request of our own.
    res = await (takeEarlyResponse(absolute(url)) ?? fetch(url, { ...DATASET_REQUEST, signal }));
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new DatasetLoadError({ kind: 'network', detail: err instanceof Error ? err.message : String(err) }, label);
  }
  if (!res.ok) throw new DatasetLoadError({ kind: 'http', status: res.status }, label);
  const text = await res.text();
  const dataset = decodeDataset(text, label);
  const cachedAt = cachedAtOf(res.headers);
  if (cachedAt !== null) servedFromCache.set(dataset, cachedAt);
  return dataset;
}

function absolute(url: string): string {
  try {
    return new URL(url, window.location.href).href;
  } catch {
    return url;
  }
}

/** Datasets the service worker answered from its cache (no network), with when they were fetched. */
const servedFromCache = new WeakMap<Dataset, number>();

/** When `dataset` was fetched, if it came from the offline cache rather than the server; else null. */
export function cachedCopyTime(dataset: Dataset): number | null {
  return servedFromCache.get(dataset) ?? null;
}

export const RETRIES = 2;

export function datasetQueryOptions(source: DataSource, baseUrl: string) {
  return queryOptions({
    queryKey: ['dataset', sourceKey(source)] as const,
    queryFn: ({ signal }) => fetchDataset(source, baseUrl, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Query defaults live here; tests build a fresh client with `createQueryClient({ retry: false })`. */
export function createQueryClient(overrides: { retry?: false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        gcTime: 30 * 60 * 1000,
        // Retry only what may pass next time: the network or a server error, not a bad file.
        retry: overrides.retry ?? ((failures, error) => error instanceof DatasetLoadError && error.retryable && failures < RETRIES),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}
