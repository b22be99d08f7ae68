/**
 * What the user-dataset writes take and give back, shared by the hook (useUserDatasets.ts) and the
 * writer it loads with the first write (userDatasetOps.ts), so neither imports the other's types.
 */
import type { Dataset } from '../contract/schema.ts';
import type { StorageProblem, StoredDataset } from './datasetStore.ts';
import type { DatasetLoadError } from './errors.ts';
import type { DataSource } from './sources.ts';
import type { VersionDraft } from './datasetVersions.ts';

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

/** What an add to a dataset does with the dataset as stored at the moment of writing. */
export type AddBuild<A> = (current: Dataset) => { dataset: Dataset; version: VersionDraft } | { abort: A };

export type AddOutcome<A> =
  { ok: true; entry: StoredDataset; dataset: Dataset; pruned: number } | { ok: false; abort: A } | { ok: false; error: DatasetLoadError };

/** What a write did, for the screen to follow: the storage word, versions dropped, which dataset to show. */
export interface Written {
  entry: StoredDataset;
  /** Show the written dataset (an upload, a save, an add; not a rename or a restore). */
  activate: boolean;
  /** null: stored, and nothing else is kept for this session only. */
  storage: StorageWarning | null;
  /** Versions dropped to stay within the budget. */
  pruned: number;
}

/** What a write leaves for the screen to do. */
export interface Wrote {
  written?: Written | null;
  /** The file or dataset was refused: said beside the dataset on screen, which stays. */
  failure?: DatasetLoadError;
  /** The dataset removed: the screen stops showing it. */
  removed?: Extract<DataSource, { kind: 'upload' }>;
}
