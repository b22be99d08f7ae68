/**
 * What this browser keeps that changes the first screen without a link saying so: the user
 * dataset made active (shown instead of the default) and a custom target set (the headline
 * cards' 达标 counts). Both live in IndexedDB, which a page can only read asynchronously; the
 * first-screen boot script (src/app/firstScreen/boot.ts) must decide before the first paint
 * whether the default's prerendered figures are this user's. So every write of either is
 * mirrored here, in localStorage, which it can read at once.
 *
 * Each half is undefined until known (a browser that kept datasets before this mirror existed):
 * the boot script then asks IndexedDB before showing anything. The app re-reads both from
 * IndexedDB on every load and writes them here again, so a mirror that drifted is mended.
 */

export interface StoredChoice {
  /** The active user dataset's storage id; null: none (the default, or a link's). */
  active?: string | null;
  /** When the custom target set in use was saved; null: none (the dataset's own targets). */
  targets?: string | null;
}

export const STORED_CHOICE_KEY = 'fazhi:stored-choice:v1';

/** Where IndexedDB keeps the two (idb-keyval's default store): datasetStore.ts and targetStore.ts write them. */
export const IDB_KEYS = { active: 'active-user-dataset-v1', targets: 'custom-targets-v1' } as const;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage refused (some private windows)
  }
}

export function readStoredChoice(): StoredChoice {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(STORED_CHOICE_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const out: StoredChoice = {};
    if ('active' in raw && (raw.active === null || typeof raw.active === 'string')) out.active = raw.active;
    if ('targets' in raw && (raw.targets === null || typeof raw.targets === 'string')) out.targets = raw.targets;
    return out;
  } catch {
    return {};
  }
}

function write(patch: StoredChoice): void {
  try {
    storage()?.setItem(STORED_CHOICE_KEY, JSON.stringify({ ...readStoredChoice(), ...patch }));
  } catch {
    /* full or refused: the boot script then asks IndexedDB */
  }
}

/** Mirrors the active user dataset (call after IndexedDB took it). */
export const noteActiveDataset = (id: string | null): void => write({ active: id });

/** Mirrors the custom target set in use (call after IndexedDB took it). */
export const noteCustomTargets = (savedAt: string | null): void => write({ targets: savedAt });
