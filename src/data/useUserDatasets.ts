/**
 * The user's own datasets as the provider offers them: add (a dropped file, a new region, the
 * active dataset with imported figures), switch, rename, remove. The writing is in
 * userDatasetOps.ts, loaded with the first write; another tab's change re-reads the list here.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { bootQueryOptions, setPageDataParam, type Boot, type Selection } from './boot.ts';
import { loadUserDatasetText, saveActiveId, type StorageProblem, type StoredDataset } from './datasetStore.ts';
import type { DatasetLoadError } from './errors.ts';
import type { Dataset } from '../contract/schema.ts';
import type { DataSource } from './sources.ts';
import type { AddBuild, AddOutcome, OpsContext } from './userDatasetOps.ts';
import type { DatasetVersion } from './datasetVersions.ts';

export interface StorageWarning {
  problem: StorageProblem;
  detail: string;
  /** The datasets kept for this session only, named (every one of them, not only the last). */
  name: string;
  names: string[];
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
  /**
   * Adds to a user dataset (`target`) or to a copy of `base`: `build` runs on the dataset as
   * stored at the moment of writing, so adds from several tabs are applied one after another.
   */
  addToDataset: <A>(args: { target?: string; base: Dataset; fileName: string; build: AddBuild<A> }) => Promise<AddOutcome<A>>;
  /** Makes a version the current state of its dataset (itself a new version, so it can be undone). */
  restoreVersion: (id: string, version: DatasetVersion) => Promise<boolean>;
}

/** Must match userDatasetOps.CHANNEL (kept apart so this file does not load that one). */
const CHANNEL = 'fazhi-user-datasets';
const ops = () => import('./userDatasetOps.ts');
/** Screens that write (import, the manager) start loading the writer when they open. */
export const preloadDatasetWrites = (): void => void ops();

export function useUserDatasets(args: {
  baseUrl: string;
  shown: DataSource | null;
  select: (s: Selection) => void;
  forget: (s: DataSource) => void;
  setUploadFailure: (e: DatasetLoadError | null) => void;
}): UserDatasetActions & {
  storageWarning: StorageWarning | null;
  clearStorageWarning: () => void;
  forgetActive: () => void;
  prunedVersions: number;
  clearPruned: () => void;
} {
  const { baseUrl, shown, select, forget, setUploadFailure } = args;
  const queryClient = useQueryClient();
  const [storageWarning, setStorageWarning] = useState<StorageWarning | null>(null);
  const [prunedVersions, setPruned] = useState(0);
  // The actions read the latest context when they run (they are async), not when they were made.
  const ctx = useRef<OpsContext>({ queryClient, baseUrl, shown, select, forget, setUploadFailure, setStorageWarning, setPruned });
  useEffect(() => {
    ctx.current = { queryClient, baseUrl, shown, select, forget, setUploadFailure, setStorageWarning, setPruned };
  }, [queryClient, baseUrl, shown, select, forget, setUploadFailure]);

  const patchBoot = useCallback(
    (fn: (b: Boot) => Boot) => queryClient.setQueryData(bootQueryOptions(baseUrl).queryKey, (b) => (b ? fn(b) : b)),
    [queryClient, baseUrl],
  );

  // Another tab added, renamed or removed one: re-read the list and the user datasets.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = () => {
      void queryClient.invalidateQueries({ queryKey: bootQueryOptions(baseUrl).queryKey });
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'dataset' && String(q.queryKey[1]).startsWith('upload:') });
    };
    return () => ch.close();
  }, [queryClient, baseUrl]);

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

  const actions = useMemo(
    () => ({
      uploadFile: async (file: File) => (await ops()).uploadFile(ctx.current, file),
      saveDataset: async (dataset: Dataset, opts?: SaveOptions) => (await ops()).saveDataset(ctx.current, dataset, opts),
      renameDataset: async (id: string, name: string) => (await ops()).renameDataset(ctx.current, id, name),
      removeDataset: async (id: string) => (await ops()).removeDataset(ctx.current, id),
      addToDataset: async <A>(args: { target?: string; base: Dataset; fileName: string; build: AddBuild<A> }) =>
        (await ops()).addToDataset<A>(ctx.current, args),
      restoreVersion: async (id: string, version: DatasetVersion) => (await ops()).restoreVersion(ctx.current, id, version),
    }),
    [],
  );

  return useMemo(
    () => ({
      ...actions,
      storageWarning,
      clearStorageWarning: () => setStorageWarning(null),
      prunedVersions,
      clearPruned: () => setPruned(0),
      forgetActive,
      chooseUser,
      datasetText: loadUserDatasetText,
    }),
    [actions, storageWarning, prunedVersions, forgetActive, chooseUser],
  );
}
