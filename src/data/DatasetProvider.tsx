/**
 * Which dataset is on screen, and the actions that change it. A dataset that fails to load
 * never replaces one that loaded: the last good dataset (or the default, on a first load) stays
 * on screen and the failure is explained beside it.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { buildModel, type Model } from '../domain/model.ts';
import { prefetchTileLayouts } from './tiles/load.ts';
import { bootQueryOptions, initialSelection, resolveSelection, setPageDataParam, type Selection } from './boot.ts';
import type { DeploymentConfig, EmbeddedEntry } from './config.ts';
import { DatasetLoadError } from './errors.ts';
import { datasetQueryOptions } from './fetchDataset.ts';
import { useFreshness, type Freshness } from './freshness.ts';
import type { Dataset } from '../contract/schema.ts';
import { defaultSource, sourceKey, sourceLabel, type DataSource } from './sources.ts';
import { useUserDatasets, type UserDatasetActions } from './useUserDatasets.ts';
import type { StorageWarning } from './userDatasetTypes.ts';
import type { StoredDataset } from './datasetStore.ts';
import { useRevalidation } from './useRevalidation.ts';

export interface DatasetContextValue extends UserDatasetActions {
  dataset: Dataset | null;
  model: Model | null;
  /** The source of the dataset on screen. */
  shown: DataSource | null;
  requested: DataSource | null;
  loading: boolean;
  embedded: EmbeddedEntry[];
  /** The user's own datasets in this browser, oldest first. */
  userDatasets: StoredDataset[];
  /** Why the requested dataset is not the one on screen. */
  failure: DatasetLoadError | null;
  /** The failure left no earlier dataset to keep, so the default is shown. */
  fellBackToDefault: boolean;
  /** A dropped file that was refused (the dataset on screen is unchanged). */
  uploadFailure: DatasetLoadError | null;
  /** The last save did not reach IndexedDB: the dataset is kept for this session only. */
  storageWarning: StorageWarning | null;
  /** Versions the last add dropped to stay within the budget (0: none). */
  prunedVersions: number;
  clearPruned: () => void;
  /** When the dataset on screen was last fetched successfully (ms since epoch; 0 if never). */
  updatedAt: number;
  /** The server could not be had: the data on screen is the last good copy, now stale. */
  refreshFailed: boolean;
  /** How fresh the requested dataset on screen is (null before it loads, and for the user's own). */
  freshness: Freshness | null;
  /** When the page asks the server again by itself (a failed load, a stale copy); null: not scheduled. */
  nextTryAt: number | null;
  /** Why the requested dataset could not be had at all (not dismissable: a page with no data says why). */
  loadError: DatasetLoadError | null;
  /** A load of the requested dataset is under way. */
  fetching: boolean;
  /** The deployment's config.json, once read (null before). */
  config: DeploymentConfig | null;
  /** Re-fetch the dataset every `ms` (null: never), e.g. on an unattended wall screen. */
  setRefreshInterval: (ms: number | null) => void;
  chooseEmbedded: (entry: EmbeddedEntry) => void;
  retry: () => void;
  dismiss: () => void;
}

/** Any failure of a load as the page can word it (a program error is said to be one). */
function asLoadError(err: Error, source: DataSource | null): DatasetLoadError {
  if (err instanceof DatasetLoadError) return err;
  return new DatasetLoadError({ kind: 'internal', detail: err.message || err.name }, source ? sourceLabel(source) : '');
}

const DatasetContext = createContext<DatasetContextValue | null>(null);

export function useDatasetContext(): DatasetContextValue {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDatasetContext outside DatasetProvider');
  return value;
}

export function DatasetProvider({ children, baseUrl }: { children: ReactNode; baseUrl: string }) {
  const boot = useQuery(bootQueryOptions(baseUrl));
  const [selection, setSelection] = useState<Selection>(initialSelection);
  const [lastGood, setLastGood] = useState<DataSource | null>(null);
  const [uploadFailure, setUploadFailure] = useState<DatasetLoadError | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [refreshMs, setRefreshMs] = useState<number | null>(null);

  const bootData = boot.data;
  const requested = useMemo(() => (bootData ? resolveSelection(selection, bootData, window.location.href) : null), [bootData, selection]);
  const fallback = useMemo(() => lastGood ?? (bootData ? defaultSource(bootData.config, bootData.embedded) : null), [lastGood, bootData]);

  const queryClient = useQueryClient();
  const mainOptions = datasetQueryOptions(requested ?? { kind: 'embedded', id: '', file: '' }, baseUrl);
  const main = useQuery({ ...mainOptions, enabled: requested !== null });
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
  const model = useMemo(() => {
    if (!dataset) return null;
    // The maps' layout is asked for now, not once the first screen has rendered: the map is the
    // chart in the overview's first view (an idempotent, cached import).
    prefetchTileLayouts(dataset.units);
    return buildModel(dataset);
  }, [dataset]);
  // A failed background refresh leaves the last good data in place: that is staleness, not a
  // failure; so is a kept copy shown while the server was unreachable.
  const freshness = useFreshness(main.data ? requested : null);
  const refreshFailed = main.isRefetchError || freshness?.state === 'stale';
  const failure = main.error && !refreshFailed ? asLoadError(main.error, requested) : null;
  const mainKey = mainOptions.queryKey;
  const applyNewer = useCallback((d: Dataset) => queryClient.setQueryData(mainKey, d), [queryClient, mainKey]);
  const refetchMain = main.refetch;
  const revalidation = useRevalidation({
    source: requested,
    baseUrl,
    hasData: main.data !== undefined,
    failed: main.isError && main.data === undefined,
    busy: main.isFetching,
    refreshMs,
    refetch: useCallback(() => void refetchMain(), [refetchMain]),
    applyNewer,
  });

  // A removed dataset is no longer a last good one to fall back on.
  const forget = useCallback((source: DataSource) => {
    setLastGood((g) => (g && sourceKey(g) === sourceKey(source) ? null : g));
  }, []);
  const user = useUserDatasets({ baseUrl, shown, select: setSelection, forget, setUploadFailure });

  // Pin "the last active one" to the one it was: another tab switching does not switch this one.
  useEffect(() => {
    if (selection.kind === 'user' && selection.id === null && requested?.kind === 'upload')
      setSelection({ kind: 'user', id: requested.id });
  }, [selection, requested]);

  const chooseEmbedded = useCallback(
    (entry: EmbeddedEntry) => {
      setPageDataParam(entry.file);
      setUploadFailure(null);
      user.forgetActive();
      setSelection({ kind: 'param', value: entry.file });
    },
    [user],
  );

  const { tryNow } = revalidation;
  const retry = useCallback(() => {
    setDismissed(null);
    tryNow();
  }, [tryNow]);

  const failureKey = failure && requested ? sourceKey(requested) : null;
  const value: DatasetContextValue = {
    dataset,
    model,
    shown,
    requested,
    loading: boot.isPending || (main.isPending && !dataset) || (needFallback && backup.isPending),
    config: bootData?.config ?? null,
    embedded: bootData?.embedded ?? [],
    userDatasets: bootData?.userDatasets ?? [],
    failure: failureKey !== null && failureKey !== dismissed ? failure : null,
    fellBackToDefault: lastGood === null,
    uploadFailure,
    storageWarning: user.storageWarning,
    prunedVersions: user.prunedVersions,
    clearPruned: user.clearPruned,
    addToDataset: user.addToDataset,
    restoreVersion: user.restoreVersion,
    updatedAt: freshness?.at ?? main.dataUpdatedAt,
    refreshFailed,
    freshness,
    nextTryAt: revalidation.nextTryAt,
    loadError: failure,
    fetching: main.isFetching,
    setRefreshInterval: setRefreshMs,
    chooseEmbedded,
    chooseUser: user.chooseUser,
    uploadFile: user.uploadFile,
    saveDataset: user.saveDataset,
    renameDataset: user.renameDataset,
    removeDataset: user.removeDataset,
    datasetText: user.datasetText,
    retry,
    dismiss: () => {
      setDismissed(failureKey);
      setUploadFailure(null);
      user.clearStorageWarning();
    },
  };
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}
