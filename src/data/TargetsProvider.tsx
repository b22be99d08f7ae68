/**
 * Which targets the screens check units against: the dataset's own, or a custom target set the
 * user loaded (kept in this browser): a query of storage, and one mutation that replaces it. A
 * refused target file never replaces the set in use: the loader only calls `setCustom` with a set
 * that passed every check.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Model } from '../domain/model.ts';
import type { Target } from '../contract/schema.ts';
import { customTargetsQueryOptions, removeTargets, saveTargets, type Saved, type StoredTargets } from './targetStore.ts';

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
  const queryClient = useQueryClient();
  const custom = useQuery(customTargetsQueryOptions).data ?? null;
  const { queryKey } = customTargetsQueryOptions;
  // A write replaces the set in use (null: the dataset's own again); writes run one after another
  // (one scope). The set is in use at once, before storage answers; a read of storage still under
  // way is cancelled so it cannot bring back the set it read.
  const write = useMutation({
    scope: { id: 'customTargets' },
    networkMode: 'always',
    mutationFn: async (next: StoredTargets | null): Promise<Saved> => {
      if (next) return saveTargets(next);
      await removeTargets();
      return { persisted: true };
    },
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey });
      queryClient.setQueryData(queryKey, next);
    },
  });
  const saved = write.data;
  const storageWarning = saved && !saved.persisted ? (saved.detail ?? '') : null;

  const { mutateAsync } = write;
  const setCustom = useCallback(
    async (name: string, targets: Target[]) => {
      await mutateAsync({ name, savedAt: new Date().toISOString(), targets });
    },
    [mutateAsync],
  );
  const clearCustom = useCallback(async () => {
    await mutateAsync(null);
  }, [mutateAsync]);

  const value = useMemo(() => ({ custom, storageWarning, setCustom, clearCustom }), [custom, storageWarning, setCustom, clearCustom]);
  return <TargetsContext.Provider value={value}>{children}</TargetsContext.Provider>;
}
