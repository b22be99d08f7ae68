/**
 * The review state kept in IndexedDB (idb-keyval), one entry per item, per failure and per
 * conflict choice, so files read, extractions and decisions survive a reload, and two tabs
 * reviewing at once each keep their own work: a tab writes only the entries it changed, tells the
 * other tabs which (BroadcastChannel), and they read those entries back. The last write of one
 * item wins, and the tab that sees its item changed says so. Browsers that refuse IndexedDB keep
 * the review for the session only. (The single-entry store of earlier versions is moved over.)
 */
import { del, delMany, get, getMany, keys, setMany } from 'idb-keyval';
import type { ReviewState } from './types.ts';
import { applyEntries, failureKey, isFailure, isItem, isObject, itemKey, PREFIX, reviewChanges } from './reviewSync.ts';

const LEGACY = 'import-review-v1';
export const REVIEW_CHANNEL = 'fazhi-import-review';

let memory: ReviewState | null = null;
/** The entries of `keys` as stored now (undefined: deleted). */
export async function readEntries(list: readonly string[]): Promise<Map<string, unknown>> {
  const values: unknown[] = await getMany([...list]);
  return new Map(list.map((k, i) => [k, values[i]]));
}

async function migrateLegacy(): Promise<void> {
  const old: unknown = await get(LEGACY);
  if (!isObject(old) || !Array.isArray(old.items)) return;
  const items: unknown[] = old.items;
  const failures: unknown[] = Array.isArray(old.failures) ? old.failures : [];
  const t0 = Date.now();
  await setMany([
    ...items.filter(isItem).map((i, n): [string, unknown] => [itemKey(i.id), { ...i, createdAt: i.createdAt ?? t0 + n }]),
    ...failures.filter(isFailure).map((f): [string, unknown] => [failureKey(f.id), f]),
  ]);
  await del(LEGACY);
}

export async function loadReview(): Promise<ReviewState | null> {
  try {
    await migrateLegacy();
    const all = (await keys()).filter((k): k is string => typeof k === 'string' && k.startsWith(PREFIX));
    if (all.length === 0) return memory;
    return applyEntries({ version: 1, items: [], failures: [], selected: null, choices: {} }, await readEntries(all));
  } catch {
    /* storage unavailable: this session's copy */
  }
  return memory;
}

/** Writes what changed; the keys written are returned for the other tabs. */
export async function saveReviewChanges(prev: ReviewState, next: ReviewState): Promise<string[]> {
  memory = next;
  const { put, del: gone } = reviewChanges(prev, next);
  if (put.length === 0 && gone.length === 0) return [];
  try {
    if (put.length) await setMany(put);
    if (gone.length) await delMany(gone);
  } catch {
    return [];
  }
  return [...put.map(([k]) => k), ...gone];
}

export async function clearReview(): Promise<void> {
  memory = null;
  try {
    const all = (await keys()).filter((k): k is string => typeof k === 'string' && k.startsWith(PREFIX));
    await delMany([...all, LEGACY]);
  } catch {
    /* nothing stored */
  }
}
