/**
 * The view's state, read from the hash through the route table (routes.ts) with defaults from the
 * dataset. Every screen reads it here so a link always reproduces what was on screen.
 */
import { useCallback, useMemo } from 'react';
import type { ThemeName } from '../charts/theme.ts';
import { defaultScope, latestYear, type LevelFilter, type Model } from '../domain/model.ts';
import type { Lang } from '../i18n/index.ts';
import { formatHash, parseHash, readLang, readTheme } from './hash.ts';
import { hrefTo, parseLocation, readSearch, routeOf, writeSearch, type RouteId, type Target } from './routes.ts';
import { goTo, useHash } from './url.ts';

export { readLang, readTheme };

export interface View {
  route: RouteId;
  /** The hash's path as written (`['units', '410703']`). */
  path: string[];
  /** The unit's code on `units/:code`. */
  code: string | undefined;
  /** The query as written: the route table reads it (readSearch) and links carry it (hrefTo). */
  params: URLSearchParams;
  year: number | null;
  scope: string | null;
  level: LevelFilter;
  lang: Lang;
  theme: ThemeName;
}

export function resolveView(path: string[], params: URLSearchParams, model: Model | null): View {
  const route = routeOf(path);
  // Year, scope and level as every route but the import screen carries them; the theme as the route's own.
  const settings = readSearch('units', params);
  const year = model ? (settings.year !== null && model.years.includes(settings.year) ? settings.year : latestYear(model)) : settings.year;
  const scope = model ? (settings.scope && model.unitByCode.has(settings.scope) ? settings.scope : defaultScope(model)) : settings.scope;
  const { lang, theme } = readSearch(route, params);
  return { route, path, code: route === 'units' ? path[1] : undefined, params, year, scope, level: settings.level, lang, theme };
}

export interface NavigateOptions {
  /** In place of the current history entry (typing in a filter), not a new one. */
  replace?: boolean;
}

export function useView(model: Model | null) {
  const hash = useHash();
  const view = useMemo(() => {
    const { path, params } = parseHash(hash);
    return resolveView(path, params, model);
  }, [hash, model]);
  /** Follow a link the app makes itself (a map's tile, a league row). */
  const navigate = useCallback(<R extends RouteId>(target: Target<R>, opts?: NavigateOptions) => {
    goTo(hrefTo(target, parseHash(window.location.hash).params), opts);
  }, []);
  /** Change settings of the page shown, keeping the rest of its link. */
  const patchSearch = useCallback((patch: Readonly<Record<string, unknown>>, opts?: NavigateOptions) => {
    const current = parseLocation(window.location.hash);
    goTo(formatHash(current.path.length ? current.path : ['overview'], writeSearch(current.params, patch)), opts);
  }, []);
  return { view, navigate, patchSearch };
}
