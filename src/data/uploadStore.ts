/**
 * A dataset the user dropped or picked, kept in IndexedDB until the user removes it.
 * The text is stored as given and decoded again on load, so a dataset is checked every time.
 */
import { del, get, set } from 'idb-keyval';

const KEY = 'uploaded-dataset-v1';

export interface StoredUpload {
  name: string;
  text: string;
  savedAt: string;
}

/** Fallback for browsers that refuse IndexedDB (private modes): keep it for the session. */
let memory: StoredUpload | null = null;

export async function saveUpload(upload: StoredUpload): Promise<{ persisted: boolean; detail?: string }> {
  memory = upload;
  try {
    await set(KEY, upload);
    return { persisted: true };
  } catch (err) {
    return { persisted: false, detail: err instanceof Error ? err.message : String(err) };
  }
}

export async function loadUpload(): Promise<StoredUpload | null> {
  try {
    const stored = await get<StoredUpload>(KEY);
    if (stored && typeof stored.text === 'string' && typeof stored.name === 'string') return stored;
  } catch {
    /* storage unavailable: fall back to this session's copy */
  }
  return memory;
}

export async function removeUpload(): Promise<void> {
  memory = null;
  try {
    await del(KEY);
  } catch {
    /* nothing stored */
  }
}
