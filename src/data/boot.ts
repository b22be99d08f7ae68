/**
 * What the app needs before it can choose a dataset: the deployment's config, the embedded
 * datasets, and the user's own datasets kept in this browser (and which of them was last active).
 * app/start.tsx starts this (and the dataset it
 * leads to) before React renders, so the first screen does not wait for a render to ask.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchConfig, fetchEmbeddedList, type DeploymentConfig, type EmbeddedEntry } from './config.ts';
import { datasetQueryOptions } from './fetchDataset.ts';
import { defaultSource, resolveDataUrl, type DataSource } from './sources.ts';
import { loadActiveId, type StoredDataset } from './datasetStore.ts';
import { listUserDatasets } from './userDatasetList.ts';

export interface Boot {
  config: DeploymentConfig;
  embedded: EmbeddedEntry[];
  /** The user's own datasets in this browser, oldest first. */
  userDatasets: StoredDataset[];
  /** The user dataset last made active; null when an embedded one was chosen last (or none). */
  activeUser: string | null;
}

export function bootQueryOptions(baseUrl: string) {
  return queryOptions({
    queryKey: ['boot', baseUrl] as const,
    queryFn: async (): Promise<Boot> => {
      const [config, embedded, userDatasets] = await Promise.all([
        fetchConfig(baseUrl),
        fetchEmbeddedList(baseUrl),
        listUserDatasets(true),
      ]);
      const activeUser = await loadActiveId();
      return { config, embedded, userDatasets, activeUser };
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

/** `user` with id null: the user dataset last made active, if any. */
export type Selection = { kind: 'param'; value: string } | { kind: 'user'; id: string | null } | { kind: 'default' };

export function resolveSelection(sel: Selection, boot: Boot, pageUrl: string): DataSource {
  if (sel.kind === 'user') {
    const entry = boot.userDatasets.find((d) => d.id === (sel.id ?? boot.activeUser));
    if (entry) return { kind: 'upload', id: entry.id, name: entry.fileName };
  }
  if (sel.kind === 'param') {
    const entry = boot.embedded.find((e) => e.file === sel.value.replace(/^\.?\//, '') || e.id === sel.value);
    if (entry) return { kind: 'embedded', id: entry.id, file: entry.file };
    const r = resolveDataUrl(sel.value, pageUrl, boot.config.allowedDataOrigins);
    return r.ok ? { kind: 'url', url: r.url } : { kind: 'url', url: sel.value, refusedOrigin: r.origin };
  }
  return defaultSource(boot.config, boot.embedded);
}

/** A link's `?data=` wins; else the user dataset last made active; else the deployment's default. */
export function initialSelection(): Selection {
  const param = pageDataParam();
  return param ? { kind: 'param', value: param } : { kind: 'user', id: null };
}

/** Starts loading the first dataset as soon as the script runs. */
export async function prefetchFirstDataset(client: QueryClient, baseUrl: string): Promise<void> {
  const boot = await client.query(bootQueryOptions(baseUrl));
  const source: DataSource = resolveSelection(initialSelection(), boot, window.location.href);
  await client.query(datasetQueryOptions(source, baseUrl));
}
