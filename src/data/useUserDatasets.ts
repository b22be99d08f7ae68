/**
 * The user's own datasets as the provider offers them: add (a dropped file, a new region, the
 * active dataset with imported figures), switch, rename, remove. Every write is one mutation: the
 * writer (userDatasetOps.ts, loaded with the first write) stores it and updates the query cache,
 * and what it wrote is shown here (the dataset selected, the storage word, versions dropped).
 * Another tab's change re-reads the list here.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { bootQueryOptions, setPageDataParam, type Boot, type Selection } from './boot.ts';
import { loadUserDatasetText, saveActiveId, type StoredDataset } from './datasetStore.ts';
import type { DatasetLoadError } from './errors.ts';
import { datasetQueryOptions } from './fetchDataset.ts';
import type { Dataset } from '../contract/schema.ts';
import type { DataSource } from './sources.ts';
import type { OpsContext } from './userDatasetOps.ts';
import type { AddBuild, AddOutcome, SaveOptions, StorageWarning, Wrote } from './userDatasetTypes.ts';
import type { DatasetVersion } from './datasetVersions.ts';

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
type Writer = Awaited<ReturnType<typeof ops>>;
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
  // A removal that ends after a re-render asks whether the removed dataset is the one shown now.
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);

  // Every write is this mutation: the writer stores it and updates the query cache, then what it
  // did is shown here. What this reads is stable (React's setters, a ref), so a write that ends
  // after a re-render still reaches the screen as it is then.
  const { mutateAsync: write } = useMutation({
    // IndexedDB is in the browser: a write does not wait for the network to come back.
    networkMode: 'always',
    // A finished write holds the datasets it was given: let them go at once.
    gcTime: 0,
    mutationFn: async (run: (m: Writer, ctx: OpsContext) => Promise<Wrote>) => run(await ops(), { queryClient, baseUrl }),
    onSuccess: ({ written, failure, removed }) => {
      if (failure) setUploadFailure(failure);
      if (removed) {
        forget(removed);
        const now = shownRef.current;
        if (now?.kind === 'upload' && now.id === removed.id) select({ kind: 'default' });
        queryClient.removeQueries({ queryKey: datasetQueryOptions(removed, baseUrl).queryKey });
      }
      if (!written) return;
      setStorageWarning(written.storage);
      if (written.pruned > 0) setPruned(written.pruned);
      if (written.activate) {
        setPageDataParam(null);
        select({ kind: 'user', id: written.entry.id });
      }
    },
  });

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
      uploadFile: async (file: File) => {
        setUploadFailure(null);
        return !(await write((m, ctx) => m.uploadFile(ctx, file))).failure;
      },
      saveDataset: async (dataset: Dataset, opts?: SaveOptions) =>
        (await write((m, ctx) => m.saveDataset(ctx, dataset, opts))).written?.entry ?? null,
      renameDataset: async (id: string, name: string) => Boolean((await write((m, ctx) => m.renameDataset(ctx, id, name))).written),
      removeDataset: async (id: string) => {
        await write((m, ctx) => m.removeDataset(ctx, id));
      },
      addToDataset: async <A>(args: { target?: string; base: Dataset; fileName: string; build: AddBuild<A> }) => {
        setUploadFailure(null);
        // The outcome's abort is the caller's own type: it comes back past the mutation, not through it.
        const made: { outcome?: AddOutcome<A> } = {};
        await write(async (m, ctx) => {
          const done = await m.addToDataset<A>(ctx, args);
          made.outcome = done.outcome;
          return done;
        });
        if (!made.outcome) throw new Error('unreachable: an add always says how it went');
        return made.outcome;
      },
      restoreVersion: async (id: string, version: DatasetVersion) =>
        Boolean((await write((m, ctx) => m.restoreVersion(ctx, id, version))).written),
    }),
    [write, setUploadFailure],
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
