import { queryOptions, QueryClient } from '@tanstack/react-query';
import { decodeDataset } from './decode.ts';
import { cachedAtOf } from './cachedCopy.ts';
import { DATASET_REQUEST, takeEarlyResponse } from './early.ts';
import { DatasetLoadError } from './errors.ts';
import type { Dataset } from './schema.ts';
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

export async function fetchDataset(source: DataSource, baseUrl: string, signal?: AbortSignal): Promise<Dataset> {
  const label = sourceLabel(source);
  if (source.kind === 'upload') {
    const text = await loadUserDatasetText(source.id);
    if (text === null) throw new DatasetLoadError({ kind: 'empty' }, label);
    const dataset = decodeDataset(text, source.name);
    storedTextOf.set(dataset, text);
    return dataset;
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
  lastAnswer.set(sourceKey(source), cachedAtOf(res.headers));
  return dataset;
}

function absolute(url: string): string {
  try {
    return new URL(url, window.location.href).href;
  } catch {
    return url;
  }
}

/**
 * Per source, whether its last answer came from the service worker's cache (when that copy was
 * fetched) or from the server (null). Kept by source, not by dataset object: React Query keeps the
 * old object when a fresh answer is equal to it, so the object cannot tell the two apart.
 */
const lastAnswer = new Map<string, number | null>();

/** When the last answer for `source` was fetched, if it came from the offline cache; else null. */
export function cachedCopyTime(source: DataSource): number | null {
  return lastAnswer.get(sourceKey(source)) ?? null;
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
