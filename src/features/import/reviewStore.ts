/**
 * The review state kept in IndexedDB (idb-keyval, its own key), so files read, extractions and
 * decisions survive a reload. Browsers that refuse IndexedDB keep it for the session only.
 */
import { del, get, set } from 'idb-keyval';
import type { ReviewState } from './types.ts';

const KEY = 'import-review-v1';

let memory: ReviewState | null = null;

const isState = (x: unknown): x is ReviewState =>
  typeof x === 'object' &&
  x !== null &&
  (x as { version?: unknown }).version === 1 &&
  Array.isArray((x as { items?: unknown }).items) &&
  Array.isArray((x as { failures?: unknown }).failures);

export async function loadReview(): Promise<ReviewState | null> {
  try {
    const stored: unknown = await get(KEY);
    // A review stored before conflicts had choices has none.
    if (isState(stored)) return { ...stored, choices: 'choices' in stored && typeof stored.choices === 'object' ? stored.choices : {} };
  } catch {
    /* storage unavailable: this session's copy */
  }
  return memory;
}

export async function saveReview(state: ReviewState): Promise<boolean> {
  memory = state;
  try {
    await set(KEY, state);
    return true;
  } catch {
    return false;
  }
}

export async function clearReview(): Promise<void> {
  memory = null;
  try {
    await del(KEY);
  } catch {
    /* nothing stored */
  }
}
