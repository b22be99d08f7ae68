/**
 * The review as entries (one per item, failure and conflict choice), pure: what to write to go
 * from one state to the next, and entries read back (another tab's) folded into a state.
 */
import type { FileFailure, ReviewItem, ReviewState } from './types.ts';

export const PREFIX = 'import-review-v2:';
export const itemKey = (id: string): string => `${PREFIX}item:${id}`;
export const failureKey = (id: string): string => `${PREFIX}failure:${id}`;
export const choiceKey = (key: string): string => `${PREFIX}choice:${key}`;

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
export const isItem = (x: unknown): x is ReviewItem => isObject(x) && typeof x.id === 'string' && Array.isArray(x.figures);
export const isFailure = (x: unknown): x is FileFailure => isObject(x) && typeof x.id === 'string' && typeof x.file === 'string';

const byCreation = (a: ReviewItem, b: ReviewItem): number => (a.createdAt ?? 0) - (b.createdAt ?? 0);

/** Entries (key → value, undefined when deleted) folded into a state. */
export function applyEntries(state: ReviewState, entries: ReadonlyMap<string, unknown>): ReviewState {
  if (entries.size === 0) return state;
  const items = new Map(state.items.map((i) => [i.id, i]));
  const failures = new Map(state.failures.map((f) => [f.id, f]));
  let choices = { ...state.choices };
  for (const [key, value] of entries) {
    const rest = key.slice(PREFIX.length);
    if (rest.startsWith('item:')) {
      const id = rest.slice(5);
      if (isItem(value)) items.set(id, value);
      else items.delete(id);
    } else if (rest.startsWith('failure:')) {
      const id = rest.slice(8);
      if (isFailure(value)) failures.set(id, value);
      else failures.delete(id);
    } else if (rest.startsWith('choice:')) {
      const k = rest.slice(7);
      if (typeof value === 'number') choices[k] = value;
      else choices = Object.fromEntries(Object.entries(choices).filter(([c]) => c !== k));
    }
  }
  const list = [...items.values()];
  // Items this tab had keep their place; new ones from another tab go by when they were read.
  const known = new Map(state.items.map((i, n) => [i.id, n]));
  list.sort((a, b) => (known.get(a.id) ?? Infinity) - (known.get(b.id) ?? Infinity) || byCreation(a, b));
  const selected = state.selected !== null && items.has(state.selected) ? state.selected : (list[0]?.id ?? null);
  return { ...state, items: list, failures: [...failures.values()], choices, selected };
}

/** What to write to go from `prev` (as stored) to `next`: entries changed (by identity) and removed. */
export function reviewChanges(prev: ReviewState, next: ReviewState): { put: [string, unknown][]; del: string[] } {
  const put: [string, unknown][] = [];
  const gone: string[] = [];
  const before = new Map(prev.items.map((i) => [i.id, i]));
  for (const i of next.items) if (before.get(i.id) !== i) put.push([itemKey(i.id), i]);
  const now = new Set(next.items.map((i) => i.id));
  for (const i of prev.items) if (!now.has(i.id)) gone.push(itemKey(i.id));
  const fBefore = new Map(prev.failures.map((f) => [f.id, f]));
  for (const f of next.failures) if (fBefore.get(f.id) !== f) put.push([failureKey(f.id), f]);
  const fNow = new Set(next.failures.map((f) => f.id));
  for (const f of prev.failures) if (!fNow.has(f.id)) gone.push(failureKey(f.id));
  for (const [k, v] of Object.entries(next.choices)) if (prev.choices[k] !== v) put.push([choiceKey(k), v]);
  for (const k of Object.keys(prev.choices)) if (!(k in next.choices)) gone.push(choiceKey(k));
  return { put, del: gone };
}

/** The item id an entry key names, if it is an item's. */
export const itemOfKey = (key: string): string | null => (key.startsWith(`${PREFIX}item:`) ? key.slice(PREFIX.length + 5) : null);
