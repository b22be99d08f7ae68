/**
 * Versions of a user dataset: each add (and the creation, and each restore) keeps a snapshot of
 * the dataset as it then was, with when, from which files and what changed, so any add can be
 * undone. Snapshots are deflated (fflate) in IndexedDB beside the dataset. They are kept within a
 * budget: at most VERSION_LIMIT per dataset and VERSION_BYTES of snapshots; the oldest go first,
 * and the write that drops them says how many. Reading is here; writing is in datasetStoreWrites.ts.
 */
import { get } from 'idb-keyval';
import type { DatasetDiff } from '../domain/datasetDiff.ts';

export const VERSION_LIMIT = 30;
export const VERSION_BYTES = 16 * 1024 * 1024;

export const versionsKey = (dataset: string): string => `dataset-versions-v1:${dataset}`;
export const snapshotKey = (dataset: string, version: string): string => `dataset-version-v1:${dataset}:${version}`;

export type VersionKind = 'created' | 'import' | 'restore';

/** A conflict decided in an add: the value kept and the ones set aside, with their sources. */
export interface DecidedConflict {
  unit: string;
  /** The unit's name in the dataset. */
  name?: string;
  year: number;
  indicator: string;
  domain?: string;
  scope?: string;
  kept: number;
  dropped: { value: number; sources: string[] }[];
}

export interface DatasetVersion {
  id: string;
  /** ISO time. */
  at: string;
  kind: VersionKind;
  /** The files an add came from; the file a dataset was created or uploaded as. */
  files: string[];
  /** An add's figures: new, confirmed and in conflict. */
  counts?: { created: number; confirmed: number; conflicts: number; documents: number };
  conflicts?: DecidedConflict[];
  diff?: DatasetDiff;
  /** A restore: the time of the version it went back to. */
  restoredFrom?: string;
  /** Size of the deflated snapshot. */
  bytes: number;
}

export type VersionDraft = Omit<DatasetVersion, 'id' | 'at' | 'bytes'>;

const isVersion = (x: unknown): x is DatasetVersion =>
  typeof x === 'object' && x !== null && 'id' in x && typeof x.id === 'string' && 'at' in x && typeof x.at === 'string';

export function versionList(raw: unknown): DatasetVersion[] {
  return Array.isArray(raw) ? raw.filter(isVersion) : [];
}

/** The versions of a dataset, oldest first (none when storage is unavailable). */
export async function listVersions(dataset: string): Promise<DatasetVersion[]> {
  try {
    return versionList(await get(versionsKey(dataset)));
  } catch {
    return [];
  }
}

/** Appends a version and drops the oldest beyond the budget (never the one just made). */
export function withinBudget(
  list: readonly DatasetVersion[],
  added: DatasetVersion,
): { keep: DatasetVersion[]; dropped: DatasetVersion[] } {
  const keep = [...list, added];
  const dropped: DatasetVersion[] = [];
  let bytes = keep.reduce((n, v) => n + v.bytes, 0);
  while (keep.length > 1 && (keep.length > VERSION_LIMIT || bytes > VERSION_BYTES)) {
    const old = keep.shift();
    if (!old) break;
    dropped.push(old);
    bytes -= old.bytes;
  }
  return { keep, dropped };
}

/** A version's dataset text (fflate loads with the first one read). */
export async function versionText(dataset: string, version: string): Promise<string | null> {
  const raw: unknown = await get(snapshotKey(dataset, version));
  if (!(raw instanceof Uint8Array)) return null;
  const { inflateSync, strFromU8 } = await import('fflate');
  return strFromU8(inflateSync(raw));
}
