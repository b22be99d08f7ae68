/**
 * Which dataset is on screen, and the actions that change it. A dataset that fails to load
 * never replaces one that loaded: the last good dataset (or the default, on a first load) stays
 * on screen and the failure is explained beside it.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { buildModel, type Model } from '../domain/model.ts';
import { bootQueryOptions, initialSelection, resolveSelection, setPageDataParam, type Selection } from './boot.ts';
import type { EmbeddedEntry } from './config.ts';
import { decodeDataset, MAX_DATASET_MB } from './decode.ts';
import { DatasetLoadError } from './errors.ts';
import { cachedCopyTime, datasetQueryOptions } from './fetchDataset.ts';
import type { Dataset } from './schema.ts';
import { defaultSource, sourceKey, type DataSource } from './sources.ts';
import { removeUpload as dropUpload, saveUpload } from './uploadStore.ts';


export interface DatasetContextValue {
  dataset: Dataset | null;
  model: Model | null;
  /** The source of the dataset on screen. */
  shown: DataSource | null;
  requested: DataSource | null;
  loading: boolean;
  embedded: EmbeddedEntry[];
  uploadName: string | null;
  /** Why the requested dataset is not the one on screen. */
  failure: DatasetLoadError | null;
  /** The failure left no earlier dataset to keep, so the default is shown. */
  fellBackToDefault: boolean;
  /** A dropped file that was refused (the dataset on screen is unchanged). */
  uploadFailure: DatasetLoadError | null;
  storageWarning: string | null;
  /** When the dataset on screen was last fetched successfully (ms since epoch; 0 if never). */
  updatedAt: number;
  /** A background refresh failed: the data on screen is the last good one, now stale. */
  refreshFailed: boolean;
  /** Re-fetch the dataset every `ms` (null: never), e.g. on an unattended wall screen. */
  setRefreshInterval: (ms: number | null) => void;
  chooseEmbedded: (entry: EmbeddedEntry) => void;
  chooseUpload: () => void;
  uploadFile: (file: File) => Promise<boolean>;
  removeUpload: () => Promise<void>;
  retry: () => void;
  dismiss: () => void;
}

/** How often a dataset served from the offline cache is asked for again. */
const OFFLINE_RETRY_MS = 30_000;

const DatasetContext = createContext<DatasetContextValue | null>(null);

export function useDatasetContext(): DatasetContextValue {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDatasetContext outside DatasetProvider');
  return value;
}

export function DatasetProvider({ children, baseUrl }: { children: ReactNode; baseUrl: string }) {
  const queryClient = useQueryClient();
  const boot = useQuery(bootQueryOptions(baseUrl));
  const [selection, setSelection] = useState<Selection>(initialSelection);
  const [lastGood, setLastGood] = useState<DataSource | null>(null);
  const [uploadFailure, setUploadFailure] = useState<DatasetLoadError | null>(null);
  const [storageWarning, setStorageWarning] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [refreshMs, setRefreshMs] = useState<number | null>(null);

  const bootData = boot.data;
  const requested = useMemo(
    () => (bootData ? resolveSelection(selection, bootData, window.location.href) : null),
    [bootData, selection],
  );
  const fallback = useMemo(
    () => lastGood ?? (bootData ? defaultSource(bootData.config, bootData.embedded) : null),
    [lastGood, bootData],
  );

  const main = useQuery({
    ...datasetQueryOptions(requested ?? { kind: 'embedded', id: '', file: '' }, baseUrl),
    enabled: requested !== null,
    // A copy from the offline cache is re-asked for every half minute, so the page recovers by itself.
    refetchInterval: () => refreshMs ?? (requested && cachedCopyTime(requested) !== null ? OFFLINE_RETRY_MS : false),
    refetchIntervalInBackground: true,
  });
  const needFallback = main.isError && fallback !== null && requested !== null && sourceKey(fallback) !== sourceKey(requested);
  const backup = useQuery({
    ...datasetQueryOptions(fallback ?? { kind: 'embedded', id: '', file: '' }, baseUrl),
    enabled: needFallback || (main.isPending && lastGood !== null),
  });

  useEffect(() => {
    if (main.isSuccess && requested) setLastGood(requested);
  }, [main.isSuccess, requested]);

  const dataset = main.data ?? backup.data ?? null;
  const shown = main.data ? requested : backup.data ? fallback : null;
  const model = useMemo(() => (dataset ? buildModel(dataset) : null), [dataset]);
  // A failed background refresh leaves the last good data in place: that is staleness, not a
  // failure; so is a copy the service worker served from its cache while the server was unreachable.
  const cachedAt = main.data && requested ? cachedCopyTime(requested) : null;
  const refreshFailed = main.isRefetchError || cachedAt !== null;
  const failure = main.error instanceof DatasetLoadError && !refreshFailed ? main.error : null;

  const chooseEmbedded = useCallback((entry: EmbeddedEntry) => {
    setPageDataParam(entry.file);
    setUploadFailure(null);
    setSelection({ kind: 'param', value: entry.file });
  }, []);

  const chooseUpload = useCallback(() => {
    setPageDataParam(null);
    setSelection({ kind: 'upload' });
  }, []);

  const uploadFile = useCallback(
    async (file: File): Promise<boolean> => {
      setUploadFailure(null);
      try {
        if (file.size > MAX_DATASET_MB * 1024 * 1024) {
          throw new DatasetLoadError({ kind: 'too_large', sizeMb: Math.round(file.size / 1048576), maxMb: MAX_DATASET_MB }, file.name);
        }
        const text = await file.text();
        const parsed = decodeDataset(text, file.name);
        const saved = await saveUpload({ name: file.name, text, savedAt: new Date().toISOString() });
        setStorageWarning(saved.persisted ? null : (saved.detail ?? ''));
        queryClient.setQueryData(datasetQueryOptions({ kind: 'upload', name: file.name }, baseUrl).queryKey, parsed);
        queryClient.setQueryData(bootQueryOptions(baseUrl).queryKey, (b) => (b ? { ...b, uploadName: file.name } : b));
        setPageDataParam(null);
        setSelection({ kind: 'upload' });
        return true;
      } catch (err) {
        setUploadFailure(
          err instanceof DatasetLoadError ? err : new DatasetLoadError({ kind: 'not_json', detail: String(err) }, file.name),
        );
        return false;
      }
    },
    [queryClient, baseUrl],
  );

  const removeUpload = useCallback(async () => {
    const name = bootData?.uploadName;
    await dropUpload();
    if (name) queryClient.removeQueries({ queryKey: datasetQueryOptions({ kind: 'upload', name }, baseUrl).queryKey });
    queryClient.setQueryData(bootQueryOptions(baseUrl).queryKey, (b) => (b ? { ...b, uploadName: null } : b));
    setLastGood(null);
    setSelection({ kind: 'default' });
  }, [bootData, queryClient, baseUrl]);

  const retry = useCallback(() => {
    setDismissed(null);
    void main.refetch();
  }, [main]);

  const failureKey = failure && requested ? sourceKey(requested) : null;
  const value: DatasetContextValue = {
    dataset,
    model,
    shown,
    requested,
    loading: boot.isPending || (main.isPending && !dataset) || (needFallback && backup.isPending),
    embedded: bootData?.embedded ?? [],
    uploadName: bootData?.uploadName ?? null,
    failure: failureKey !== null && failureKey !== dismissed ? failure : null,
    fellBackToDefault: lastGood === null,
    uploadFailure,
    storageWarning,
    updatedAt: cachedAt ?? main.dataUpdatedAt,
    refreshFailed,
    setRefreshInterval: setRefreshMs,
    chooseEmbedded,
    chooseUpload,
    uploadFile,
    removeUpload,
    retry,
    dismiss: () => {
      setDismissed(failureKey);
      setUploadFailure(null);
      setStorageWarning(null);
    },
  };
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}
