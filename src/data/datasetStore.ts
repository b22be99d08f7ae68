/**
 * The user's own datasets (uploaded, created for a region, or filled by imports), kept in
 * IndexedDB (idb-keyval) until the user removes one. Several side by side: a small index of
 * summaries (what the picker lists without parsing every file) and one entry per dataset text.
 * The text is stored as given and decoded again on load, so a dataset is checked every time.
 *
 * Nothing the user loaded is lost: a write that fails keeps the dataset in this session's memory
 * and says why (a full quota is told apart from storage refused outright), so the user can still
 * download it.
 */
import { get, set, type UseStore } from 'idb-keyval';
import type { DatasetSummary } from './datasetSummary.ts';
import { IDB_KEYS, noteActiveDataset } from './storedChoice.ts';

export const INDEX = 'user-datasets-v1';
export const ACTIVE = IDB_KEYS.active;
export const textKey = (id: string): string => `user-dataset-v1:${id}`;
/** The single upload slot of earlier versions, moved into the list on first use. */
export const LEGACY = 'uploaded-dataset-v1';

export interface StoredDataset extends DatasetSummary {
  /** Storage id (not the dataset's meta.id: two files may share one). */
  id: string;
  /** The file name it came as, or the one it downloads as. */
  fileName: string;
  savedAt: string;
  bytes: number;
  /** IndexedDB refused it: it lives in this session only (never written to the stored index). */
  unsaved?: true;
}

export type StorageProblem = 'quota' | 'unavailable';

export type SaveResult = { persisted: true } | { persisted: false; problem: StorageProblem; detail: string };

/**
 * The stored text a dataset object was decoded from (or written as), so a write that finds the
 * same text in storage builds on the object in memory instead of decoding it again (seconds for a
 * national dataset).
 */
export const storedTextOf = new WeakMap<object, string>();

/** idb-keyval's default database (a test could pass its own). */
const store: UseStore | undefined = undefined;
export const storeHandle = (): UseStore | undefined => store;

interface SessionCopy {
  index: StoredDataset[] | null;
  texts: Map<string, string>;
  /** undefined: never set in this session. */
  active: string | null | undefined;
  /** Datasets IndexedDB refused to keep: listed from this session's copy until a save succeeds. */
  unsaved: Map<string, StoredDataset>;
}
/** This session's copy: what the user has even when IndexedDB refuses to keep it. */
export const session: SessionCopy = { index: null, texts: new Map(), active: undefined, unsaved: new Map() };

export const withUnsaved = (index: StoredDataset[]): StoredDataset[] => [
  ...index.map((d) => session.unsaved.get(d.id) ?? d),
  ...[...session.unsaved.values()].filter((u) => !index.some((d) => d.id === u.id)),
];

const isStored = (x: unknown): x is StoredDataset =>
  typeof x === 'object' && x !== null && 'id' in x && typeof x.id === 'string' && 'fileName' in x && typeof x.fileName === 'string';

export async function readIndex(): Promise<StoredDataset[]> {
  const raw: unknown = await get(INDEX, store);
  return Array.isArray(raw) ? raw.filter(isStored) : [];
}

export async function loadUserDatasetText(id: string): Promise<string | null> {
  // A newer version IndexedDB refused is the one the user has.
  const unsaved = session.unsaved.has(id) ? session.texts.get(id) : undefined;
  if (unsaved !== undefined) return unsaved;
  try {
    const text: unknown = await get(textKey(id), store);
    if (typeof text === 'string') return text;
  } catch {
    /* storage unavailable: this session's copy */
  }
  return session.texts.get(id) ?? null;
}

/** The user dataset last made active (null: an embedded one, or none). */
export async function loadActiveId(): Promise<string | null> {
  try {
    const id: unknown = await get(ACTIVE, store);
    if (typeof id === 'string' || id === null || id === undefined) noteActiveDataset(id ?? null);
    if (typeof id === 'string' || id === null) return id;
  } catch {
    /* storage unavailable */
  }
  return session.active ?? null;
}

export async function saveActiveId(id: string | null): Promise<void> {
  session.active = id;
  try {
    await set(ACTIVE, id, store);
    noteActiveDataset(id);
  } catch {
    /* kept for the session */
  }
}

/** Forget this session's copy (tests: as if the page had been reloaded). */
export function resetSessionMemory(): void {
  session.index = null;
  session.texts.clear();
  session.active = undefined;
  session.unsaved.clear();
}
