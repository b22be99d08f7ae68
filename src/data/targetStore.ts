/**
 * Custom targets the user loaded (a target file), kept in IndexedDB until removed, like an
 * uploaded dataset. Checked again on load: what comes back from storage is untrusted too.
 */
import { del, get, set } from 'idb-keyval';
import * as v from 'valibot';
import { TargetSchema } from '../contract/schema.ts';
import { IDB_KEYS, noteCustomTargets } from './storedChoice.ts';

const KEY = IDB_KEYS.targets;

export const StoredTargetsSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  savedAt: v.string(),
  targets: v.array(TargetSchema),
});
export type StoredTargets = v.InferOutput<typeof StoredTargetsSchema>;

/** Fallback for browsers that refuse IndexedDB (private modes): keep them for the session. */
let memory: StoredTargets | null = null;

export async function saveTargets(stored: StoredTargets): Promise<{ persisted: boolean; detail?: string }> {
  memory = stored;
  try {
    await set(KEY, stored);
    noteCustomTargets(stored.savedAt);
    return { persisted: true };
  } catch (err) {
    return { persisted: false, detail: err instanceof Error ? err.message : String(err) };
  }
}

export async function loadTargets(): Promise<StoredTargets | null> {
  try {
    const parsed = v.safeParse(StoredTargetsSchema, await get(KEY));
    noteCustomTargets(parsed.success ? parsed.output.savedAt : null);
    if (parsed.success) return parsed.output;
  } catch {
    /* storage unavailable: fall back to this session's copy */
  }
  return memory;
}

export async function removeTargets(): Promise<void> {
  memory = null;
  try {
    await del(KEY);
    noteCustomTargets(null);
  } catch {
    /* nothing stored */
  }
}
