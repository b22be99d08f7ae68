import { createContext, useContext } from 'react';
import type { View } from './view.ts';

export interface ViewContextValue {
  view: View;
  setParams: (patch: Record<string, string | null>, opts?: { replace?: boolean }) => void;
  navigate: (path: string[], patch?: Record<string, string | null>) => void;
}

export const ViewContext = createContext<ViewContextValue | null>(null);

export function useViewContext(): ViewContextValue {
  const v = useContext(ViewContext);
  if (!v) throw new Error('useViewContext outside the app shell');
  return v;
}
