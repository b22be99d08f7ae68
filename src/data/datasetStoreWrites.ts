/**
 * Writing the user's datasets (datasetStore.ts reads them): loaded with the first write, so the
 * first screen carries only what it needs to read.
 */
import { del, get, setMany } from 'idb-keyval';
import { summarizeDataset, type DatasetSummary } from './datasetSummary.ts';
import { decodeDataset } from './decode.ts';
import { noteActiveDataset } from './storedChoice.ts';
import {
  ACTIVE,
  INDEX,
  LEGACY,
  readIndex,
  session as memory,
  storeHandle,
  textKey,
  withUnsaved,
  type SaveResult,
  type StorageProblem,
  type StoredDataset,
} from './datasetStore.ts';

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
    await setMany(
      [[textKey(saved.id), text], [INDEX, index], ...(activate ? [[ACTIVE, saved.id] satisfies [string, string]] : [])],
      storeHandle(),
    );
    memory.unsaved.delete(saved.id);
    memory.index = withUnsaved(index);
    if (activate) noteActiveDataset(saved.id);
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
    const active: unknown = await get(ACTIVE, storeHandle());
    await setMany([[INDEX, index], ...(active === id ? [[ACTIVE, null] satisfies [string, null]] : [])], storeHandle());
    if (active === id) noteActiveDataset(null);
    await del(textKey(id), storeHandle());
  } catch {
    /* nothing stored */
  }
}

interface LegacyUpload {
  name: string;
  text: string;
  savedAt?: unknown;
}
const isLegacy = (x: unknown): x is LegacyUpload =>
  typeof x === 'object' && x !== null && 'name' in x && typeof x.name === 'string' && 'text' in x && typeof x.text === 'string';

/** The single upload of earlier versions, moved into the list (and made active) instead of being lost. */
/** The summary of a stored text, or null when it no longer passes the contract. */
export function summarizeText(text: string): DatasetSummary | null {
  try {
    return summarizeDataset(decodeDataset(text, ''));
  } catch {
    return null;
  }
}

export async function migrateLegacyUpload(
  index: StoredDataset[],
  summarize: (text: string) => DatasetSummary | null = summarizeText,
): Promise<StoredDataset[]> {
  const legacy: unknown = await get(LEGACY, storeHandle());
  if (!isLegacy(legacy)) return index;
  const summary = summarize(legacy.text);
  let out = index;
  if (summary) {
    const savedAt = typeof legacy.savedAt === 'string' ? legacy.savedAt : new Date().toISOString();
    const entry: StoredDataset = { ...summary, id: newDatasetId(), fileName: legacy.name, savedAt, bytes: legacy.text.length };
    out = [...index, entry];
    await setMany(
      [
        [textKey(entry.id), legacy.text],
        [INDEX, out],
        [ACTIVE, entry.id],
      ],
      storeHandle(),
    );
    noteActiveDataset(entry.id);
  }
  await del(LEGACY, storeHandle());
  return out;
}
