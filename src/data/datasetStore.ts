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
import { createStore, del, get, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { DatasetSummary } from './datasetSummary.ts';

const INDEX = 'user-datasets-v1';
const ACTIVE = 'active-user-dataset-v1';
const textKey = (id: string): string => `user-dataset-v1:${id}`;
/** The single upload slot of earlier versions, moved into the list on first use. */
const LEGACY = 'uploaded-dataset-v1';

export interface StoredDataset extends DatasetSummary {
  /** Storage id (not the dataset's meta.id: two files may share one). */
  id: string;
  /** The file name it came as, or the one it downloads as. */
  fileName: string;
  savedAt: string;
  bytes: number;
}

export type StorageProblem = 'quota' | 'unavailable';

export type SaveResult = { persisted: true } | { persisted: false; problem: StorageProblem; detail: string };

let store: UseStore | undefined;
/** Tests pass their own store (`createStore`); the app uses idb-keyval's default database. */
export function setDatasetStoreForTests(s: UseStore | undefined): void {
  store = s;
}
export { createStore };

interface SessionCopy {
  index: StoredDataset[] | null;
  texts: Map<string, string>;
  /** undefined: never set in this session. */
  active: string | null | undefined;
  /** Datasets IndexedDB refused to keep: listed from this session's copy until a save succeeds. */
  unsaved: Map<string, StoredDataset>;
}
/** This session's copy: what the user has even when IndexedDB refuses to keep it. */
const memory: SessionCopy = { index: null, texts: new Map(), active: undefined, unsaved: new Map() };

const withUnsaved = (index: StoredDataset[]): StoredDataset[] => [
  ...index.map((d) => memory.unsaved.get(d.id) ?? d),
  ...[...memory.unsaved.values()].filter((u) => !index.some((d) => d.id === u.id)),
];

/** A failed write as the user should hear of it. */
export function storageProblemOf(err: unknown): { problem: StorageProblem; detail: string } {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  const detail = err instanceof DOMException || err instanceof Error ? err.message : String(err);
  // Chromium and Firefox name it QuotaExceededError; old Firefox NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(detail)) {
    return { problem: 'quota', detail };
  }
  return { problem: 'unavailable', detail };
}

const isStored = (x: unknown): x is StoredDataset =>
  typeof x === 'object' && x !== null && 'id' in x && typeof x.id === 'string' && 'fileName' in x && typeof x.fileName === 'string';

interface LegacyUpload {
  name: string;
  text: string;
  savedAt: string;
}
const isLegacy = (x: unknown): x is LegacyUpload =>
  typeof x === 'object' && x !== null && 'name' in x && typeof x.name === 'string' && 'text' in x && typeof x.text === 'string';

async function readIndex(): Promise<StoredDataset[]> {
  const raw: unknown = await get(INDEX, store);
  return Array.isArray(raw) ? raw.filter(isStored) : [];
}

/**
 * The user's datasets, oldest first. `summarize` turns a legacy upload's text into a summary
 * (the one-slot store of earlier versions), so that upload is kept rather than forgotten.
 */
export async function listUserDatasets(summarize?: (text: string) => DatasetSummary | null): Promise<StoredDataset[]> {
  try {
    const index = await readIndex();
    if (summarize) {
      const legacy: unknown = await get(LEGACY, store);
      if (isLegacy(legacy)) {
        const summary = summarize(legacy.text);
        if (summary) {
          const entry: StoredDataset = { ...summary, id: newDatasetId(), fileName: legacy.name, savedAt: typeof legacy.savedAt === 'string' ? legacy.savedAt : new Date().toISOString(), bytes: legacy.text.length };
          index.push(entry);
          await setMany([[textKey(entry.id), legacy.text], [INDEX, index], [ACTIVE, entry.id]], store);
        }
        await del(LEGACY, store);
      }
    }
    memory.index = withUnsaved(index);
    return memory.index;
  } catch {
    return memory.index ?? [];
  }
}

export async function loadUserDatasetText(id: string): Promise<string | null> {
  // A newer version IndexedDB refused is the one the user has.
  const unsaved = memory.unsaved.has(id) ? memory.texts.get(id) : undefined;
  if (unsaved !== undefined) return unsaved;
  try {
    const text: unknown = await get(textKey(id), store);
    if (typeof text === 'string') return text;
  } catch {
    /* storage unavailable: this session's copy */
  }
  return memory.texts.get(id) ?? null;
}

let counter = 0;
export function newDatasetId(): string {
  counter += 1;
  return `d${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Adds a dataset (no id) or replaces one (its id); it becomes the active one unless `activate` is false. */
export async function saveUserDataset(
  entry: Omit<StoredDataset, 'id' | 'savedAt' | 'bytes'> & { id?: string },
  text: string,
  activate = true,
): Promise<{ entry: StoredDataset; result: SaveResult }> {
  const saved: StoredDataset = { ...entry, id: entry.id ?? newDatasetId(), savedAt: new Date().toISOString(), bytes: text.length };
  const put = (list: StoredDataset[]): StoredDataset[] => {
    const at = list.findIndex((d) => d.id === saved.id);
    return at >= 0 ? list.map((d, i) => (i === at ? saved : d)) : [...list, saved];
  };
  memory.texts.set(saved.id, text);
  memory.index = put(memory.index ?? []);
  if (activate) memory.active = saved.id;
  try {
    const index = put(await readIndex());
    // One transaction: the text, the index and the active pointer are written together or not at all.
    await setMany([[textKey(saved.id), text], [INDEX, index], ...(activate ? [[ACTIVE, saved.id] satisfies [string, string]] : [])], store);
    memory.unsaved.delete(saved.id);
    memory.index = withUnsaved(index);
    return { entry: saved, result: { persisted: true } };
  } catch (err) {
    memory.unsaved.set(saved.id, saved);
    return { entry: saved, result: { persisted: false, ...storageProblemOf(err) } };
  }
}

export async function removeUserDataset(id: string): Promise<void> {
  memory.texts.delete(id);
  memory.unsaved.delete(id);
  memory.index = (memory.index ?? []).filter((d) => d.id !== id);
  if (memory.active === id) memory.active = null;
  try {
    const index = (await readIndex()).filter((d) => d.id !== id);
    const active: unknown = await get(ACTIVE, store);
    await setMany([[INDEX, index], ...(active === id ? [[ACTIVE, null] satisfies [string, null]] : [])], store);
    await del(textKey(id), store);
  } catch {
    /* nothing stored */
  }
}

/** The user dataset last made active (null: an embedded one, or none). */
export async function loadActiveId(): Promise<string | null> {
  try {
    const id: unknown = await get(ACTIVE, store);
    if (typeof id === 'string' || id === null) return id;
  } catch {
    /* storage unavailable */
  }
  return memory.active ?? null;
}

export async function saveActiveId(id: string | null): Promise<void> {
  memory.active = id;
  try {
    await set(ACTIVE, id, store);
  } catch {
    /* kept for the session */
  }
}

/** Every stored text at once (tests, and a last download of everything). */
export async function loadTexts(ids: readonly string[]): Promise<(string | null)[]> {
  try {
    const got: unknown[] = await getMany(ids.map(textKey), store);
    return got.map((t, i) => (typeof t === 'string' ? t : (memory.texts.get(ids[i] ?? '') ?? null)));
  } catch {
    return ids.map((id) => memory.texts.get(id) ?? null);
  }
}

/** Forget this session's copy (tests: as if the page had been reloaded). */
export function resetSessionMemory(): void {
  memory.index = null;
  memory.texts.clear();
  memory.active = undefined;
  memory.unsaved.clear();
}
