/**
 * What the app needs before it can choose a dataset: the deployment's config, the embedded
 * datasets, and whether the user keeps an uploaded one. app/start.tsx starts this (and the dataset it
 * leads to) before React renders, so the first screen does not wait for a render to ask.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchConfig, fetchEmbeddedList, type DeploymentConfig, type EmbeddedEntry } from './config.ts';
import { datasetQueryOptions } from './fetchDataset.ts';
import { defaultSource, resolveDataUrl, type DataSource } from './sources.ts';
import { loadUpload } from './uploadStore.ts';

export interface Boot {
  config: DeploymentConfig;
  embedded: EmbeddedEntry[];
  uploadName: string | null;
}

export function bootQueryOptions(baseUrl: string) {
  return queryOptions({
    queryKey: ['boot', baseUrl] as const,
    queryFn: async (): Promise<Boot> => {
      const [config, embedded, upload] = await Promise.all([fetchConfig(baseUrl), fetchEmbeddedList(baseUrl), loadUpload()]);
      return { config, embedded, uploadName: upload?.name ?? null };
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

function pageDataParam(): string | null {
  return new URLSearchParams(window.location.search).get('data');
}

export function setPageDataParam(value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete('data');
  else url.searchParams.set('data', value);
  window.history.replaceState(null, '', url.href);
}

export type Selection = { kind: 'param'; value: string } | { kind: 'upload' } | { kind: 'default' };

export function resolveSelection(sel: Selection, boot: Boot, pageUrl: string): DataSource {
  if (sel.kind === 'upload' && boot.uploadName) return { kind: 'upload', name: boot.uploadName };
  if (sel.kind === 'param') {
    const entry = boot.embedded.find((e) => e.file === sel.value.replace(/^\.?\//, '') || e.id === sel.value);
    if (entry) return { kind: 'embedded', id: entry.id, file: entry.file };
    const r = resolveDataUrl(sel.value, pageUrl, boot.config.allowedDataOrigins);
    return r.ok ? { kind: 'url', url: r.url } : { kind: 'url', url: sel.value, refusedOrigin: r.origin };
  }
  return defaultSource(boot.config, boot.embedded);
}

/** A link's `?data=` wins; else a kept upload; else the deployment's default. */
export function initialSelection(): Selection {
  const param = pageDataParam();
  return param ? { kind: 'param', value: param } : { kind: 'upload' };
}

/** Starts loading the first dataset as soon as the script runs. */
export async function prefetchFirstDataset(client: QueryClient, baseUrl: string): Promise<void> {
  const boot = await client.fetchQuery(bootQueryOptions(baseUrl));
  const source: DataSource = resolveSelection(initialSelection(), boot, window.location.href);
  await client.prefetchQuery(datasetQueryOptions(source, baseUrl));
}
