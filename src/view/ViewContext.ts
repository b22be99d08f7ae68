import { createContext, useCallback, useContext, useMemo } from 'react';
import { readSearch, type RouteId, type SearchOf, type SearchPatch, type Settings, type Target } from './routes.ts';
import type { NavigateOptions, View } from './view.ts';

export interface ViewContextValue {
  view: View;
  /** Follow a link the app makes itself: to a route, keeping what the route carries from this page. */
  navigate: <R extends RouteId>(target: Target<R>, opts?: NavigateOptions) => void;
  /** Change settings of the page shown; typed through useSearch/useSettings. */
  patchSearch: (patch: Readonly<Record<string, unknown>>, opts?: NavigateOptions) => void;
}

export const ViewContext = createContext<ViewContextValue | null>(null);

export function useViewContext(): ViewContextValue {
  const v = useContext(ViewContext);
  if (!v) throw new Error('useViewContext outside the app shell');
  return v;
}

/**
 * A route's settings from the link, typed and defaulted (routes.ts), and the one way to change them:
 * a value writes the setting, null drops it.
 */
export function useSearch<R extends RouteId>(route: R): [SearchOf<R>, (patch: SearchPatch<R>, opts?: NavigateOptions) => void] {
  const { view, patchSearch } = useViewContext();
  const search = useMemo(() => readSearch(route, view.params), [route, view.params]);
  const set = useCallback((patch: SearchPatch<R>, opts?: NavigateOptions) => patchSearch(patch, opts), [patchSearch]);
  return [search, set];
}

/** The settings every route but the import screen carries (year, scope, level, language, theme, scoring). */
export const useSettings = (): [Settings, (patch: SearchPatch<'units'>, opts?: NavigateOptions) => void] => useSearch('units');
