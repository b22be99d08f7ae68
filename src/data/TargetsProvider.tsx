/**
 * Which targets the screens check units against: the dataset's own, or a custom target set the
 * user loaded (kept in this browser). A refused target file never replaces the set in use: the
 * loader only calls `setCustom` with a set that passed every check.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Model } from '../domain/model.ts';
import type { Target } from '../contract/schema.ts';
import { loadTargets, removeTargets, saveTargets, type StoredTargets } from './targetStore.ts';

export interface TargetsContextValue {
  custom: StoredTargets | null;
  /** Storage refused the set: it is in use for this session only. */
  storageWarning: string | null;
  setCustom: (name: string, targets: Target[]) => Promise<void>;
  clearCustom: () => Promise<void>;
}

const TargetsContext = createContext<TargetsContextValue>({
  custom: null,
  storageWarning: null,
  setCustom: () => Promise.resolve(),
  clearCustom: () => Promise.resolve(),
});

export const useTargetsContext = (): TargetsContextValue => useContext(TargetsContext);

export interface EffectiveTargets {
  targets: readonly Target[];
  /** The user's own set (shown as 自定义目标 wherever used), else the dataset's. */
  custom: boolean;
  /** The custom set's file name. */
  name: string | null;
}

const none: readonly Target[] = [];

/** The targets in use: a loaded target file, else the dataset's own. */
export function effectiveTargets(custom: StoredTargets | null, own: readonly Target[]): EffectiveTargets {
  return custom ? { targets: custom.targets, custom: true, name: custom.name } : { targets: own, custom: false, name: null };
}

/** The targets in use for a dataset. */
export function useTargets(model: Model): EffectiveTargets {
  const { custom } = useTargetsContext();
  const own = model.dataset.targets ?? none;
  return useMemo(() => effectiveTargets(custom, own), [custom, own]);
}

export function TargetsProvider({ children }: { children: ReactNode }) {
  const [custom, setCustomState] = useState<StoredTargets | null>(null);
  const [storageWarning, setStorageWarning] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadTargets()
      .then((stored) => {
        if (live && stored) setCustomState((now) => now ?? stored);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const setCustom = useCallback(async (name: string, targets: Target[]) => {
    const stored = { name, savedAt: new Date().toISOString(), targets };
    setCustomState(stored);
    const saved = await saveTargets(stored);
    setStorageWarning(saved.persisted ? null : (saved.detail ?? ''));
  }, []);

  const clearCustom = useCallback(async () => {
    setCustomState(null);
    setStorageWarning(null);
    await removeTargets();
  }, []);

  const value = useMemo(() => ({ custom, storageWarning, setCustom, clearCustom }), [custom, storageWarning, setCustom, clearCustom]);
  return <TargetsContext.Provider value={value}>{children}</TargetsContext.Provider>;
}
