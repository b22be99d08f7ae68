/**
 * Custom targets the user loaded (a target file), kept in IndexedDB until removed, like an
 * uploaded dataset. Checked again on load: what comes back from storage is untrusted too.
 */
import { queryOptions } from '@tanstack/react-query';
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

/** Whether storage kept the set (if not, why: it is in use for this session only). */
export interface Saved {
  persisted: boolean;
  detail?: string;
}

export async function saveTargets(stored: StoredTargets): Promise<Saved> {
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

/** The custom set as the screens read it: read once from storage; a write puts it in the cache itself. */
export const customTargetsQueryOptions = queryOptions({
  queryKey: ['customTargets'] as const,
  queryFn: loadTargets,
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
  // Storage is in the browser: offline, the set is read all the same.
  networkMode: 'always',
});
