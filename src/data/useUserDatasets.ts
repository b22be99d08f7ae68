/**
 * The user's own datasets as the provider offers them: add (a dropped file, a new region, the
 * active dataset with imported figures), switch, rename, remove. Every change is written to
 * IndexedDB (datasetStore.ts), put straight into the query cache (no re-read), and announced to
 * the app's other tabs, which re-read the list.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { bootQueryOptions, setPageDataParam, type Boot, type Selection } from './boot.ts';
import { summarizeDataset } from './datasetSummary.ts';
import {
  loadUserDatasetText,
  removeUserDataset,
  saveActiveId,
  saveUserDataset,
  type StorageProblem,
  type StoredDataset,
} from './datasetStore.ts';
import { decodeDataset, MAX_DATASET_MB } from './decode.ts';
import { DatasetLoadError } from './errors.ts';
import { datasetQueryOptions } from './fetchDataset.ts';
import type { Dataset } from './schema.ts';
import type { DataSource } from './sources.ts';

export interface StorageWarning {
  problem: StorageProblem;
  detail: string;
  /** The dataset that is kept for this session only. */
  name: string;
}

export interface SaveOptions {
  /** Replace this user dataset (filling it) instead of adding a new one. */
  replace?: string;
  fileName?: string;
}

export interface UserDatasetActions {
  chooseUser: (id: string) => void;
  /** A dataset file dropped or picked: checked, kept as a new user dataset and shown. */
  uploadFile: (file: File) => Promise<boolean>;
  /** A dataset built here (a new region; the one on screen with imported figures): kept and shown. */
  saveDataset: (dataset: Dataset, opts?: SaveOptions) => Promise<StoredDataset | null>;
  renameDataset: (id: string, name: string) => Promise<boolean>;
  removeDataset: (id: string) => Promise<void>;
  /** The stored text of a user dataset, for a download. */
  datasetText: (id: string) => Promise<string | null>;
}

const CHANNEL = 'fazhi-user-datasets';

function announce(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage('changed');
  ch.close();
}

export function useUserDatasets(args: {
  baseUrl: string;
  shown: DataSource | null;
  select: (s: Selection) => void;
  forget: (s: DataSource) => void;
  setUploadFailure: (e: DatasetLoadError | null) => void;
}): UserDatasetActions & { storageWarning: StorageWarning | null; clearStorageWarning: () => void; forgetActive: () => void } {
  const { baseUrl, shown, select, forget, setUploadFailure } = args;
  const queryClient = useQueryClient();
  const [storageWarning, setStorageWarning] = useState<StorageWarning | null>(null);
  const bootKey = bootQueryOptions(baseUrl).queryKey;

  const patchBoot = useCallback(
    (fn: (b: Boot) => Boot) => queryClient.setQueryData(bootQueryOptions(baseUrl).queryKey, (b) => (b ? fn(b) : b)),
    [queryClient, baseUrl],
  );

  // Another tab added, renamed or removed one: re-read the list and the changed datasets.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = () => {
      void queryClient.invalidateQueries({ queryKey: bootKey });
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'dataset' && String(q.queryKey[1]).startsWith('upload:') });
    };
    return () => ch.close();
    // bootKey is a new array each render; its content depends on baseUrl only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, baseUrl]);

  const keep = useCallback(
    async (text: string, dataset: Dataset, fileName: string, opts: { replace?: string; activate?: boolean } = {}): Promise<StoredDataset> => {
      const activate = opts.activate ?? true;
      const { entry, result } = await saveUserDataset(
        { ...summarizeDataset(dataset), fileName, ...(opts.replace ? { id: opts.replace } : {}) },
        text,
        activate,
      );
      setStorageWarning(result.persisted ? null : { problem: result.problem, detail: result.detail, name: fileName });
      const source: DataSource = { kind: 'upload', id: entry.id, name: entry.fileName };
      queryClient.setQueryData(datasetQueryOptions(source, baseUrl).queryKey, dataset);
      patchBoot((b) => {
        const at = b.userDatasets.findIndex((d) => d.id === entry.id);
        const list = at >= 0 ? b.userDatasets.map((d, i) => (i === at ? entry : d)) : [...b.userDatasets, entry];
        return { ...b, userDatasets: list, activeUser: activate ? entry.id : b.activeUser };
      });
      if (activate) {
        setPageDataParam(null);
        select({ kind: 'user', id: entry.id });
      }
      announce();
      return entry;
    },
    [queryClient, baseUrl, patchBoot, select],
  );

  const uploadFile = useCallback(
    async (file: File): Promise<boolean> => {
      setUploadFailure(null);
      try {
        if (file.size > MAX_DATASET_MB * 1024 * 1024) {
          throw new DatasetLoadError({ kind: 'too_large', sizeMb: Math.round(file.size / 1048576), maxMb: MAX_DATASET_MB }, file.name);
        }
        const text = await file.text();
        await keep(text, decodeDataset(text, file.name), file.name);
        return true;
      } catch (err) {
        setUploadFailure(err instanceof DatasetLoadError ? err : new DatasetLoadError({ kind: 'not_json', detail: String(err) }, file.name));
        return false;
      }
    },
    [keep, setUploadFailure],
  );

  const saveDataset = useCallback(
    async (dataset: Dataset, opts: SaveOptions = {}): Promise<StoredDataset | null> => {
      const text = JSON.stringify(dataset);
      const name = opts.fileName ?? `${dataset.meta.id}.json`;
      try {
        // Checked as a dropped file is: what is kept must load again.
        return await keep(text, decodeDataset(text, name), name, opts.replace ? { replace: opts.replace } : {});
      } catch (err) {
        setUploadFailure(err instanceof DatasetLoadError ? err : new DatasetLoadError({ kind: 'not_json', detail: String(err) }, name));
        return null;
      }
    },
    [keep, setUploadFailure],
  );

  const renameDataset = useCallback(
    async (id: string, name: string): Promise<boolean> => {
      const entry = queryClient.getQueryData(bootQueryOptions(baseUrl).queryKey)?.userDatasets.find((d) => d.id === id);
      const text = await loadUserDatasetText(id);
      const trimmed = name.trim();
      if (!entry || text === null || trimmed === '') return false;
      const ds = decodeDataset(text, entry.fileName);
      // The name is in the dataset itself, so a download carries it.
      const renamed: Dataset = { ...ds, meta: { ...ds.meta, name: { zh: trimmed, en: trimmed } } };
      await keep(JSON.stringify(renamed), renamed, entry.fileName, { replace: id, activate: false });
      return true;
    },
    [queryClient, baseUrl, keep],
  );

  const removeDataset = useCallback(
    async (id: string): Promise<void> => {
      const entry = queryClient.getQueryData(bootQueryOptions(baseUrl).queryKey)?.userDatasets.find((d) => d.id === id);
      await removeUserDataset(id);
      const source: DataSource = { kind: 'upload', id, name: entry?.fileName ?? id };
      patchBoot((b) => ({ ...b, userDatasets: b.userDatasets.filter((d) => d.id !== id), activeUser: b.activeUser === id ? null : b.activeUser }));
      forget(source);
      if (shown?.kind === 'upload' && shown.id === id) select({ kind: 'default' });
      queryClient.removeQueries({ queryKey: datasetQueryOptions(source, baseUrl).queryKey });
      announce();
    },
    [queryClient, baseUrl, patchBoot, forget, shown, select],
  );

  const chooseUser = useCallback(
    (id: string) => {
      setPageDataParam(null);
      setUploadFailure(null);
      void saveActiveId(id);
      patchBoot((b) => ({ ...b, activeUser: id }));
      select({ kind: 'user', id });
    },
    [patchBoot, select, setUploadFailure],
  );

  const forgetActive = useCallback(() => {
    void saveActiveId(null);
    patchBoot((b) => ({ ...b, activeUser: null }));
  }, [patchBoot]);

  return useMemo(
    () => ({
      storageWarning,
      clearStorageWarning: () => setStorageWarning(null),
      forgetActive,
      chooseUser,
      uploadFile,
      saveDataset,
      renameDataset,
      removeDataset,
      datasetText: loadUserDatasetText,
    }),
    [storageWarning, forgetActive, chooseUser, uploadFile, saveDataset, renameDataset, removeDataset],
  );
}
