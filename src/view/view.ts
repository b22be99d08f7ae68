/**
 * The view's state, read from the hash's query with defaults from the dataset. Every screen
 * reads it here so a link always reproduces what was on screen.
 */
import { useMemo } from 'react';
import type { ThemeName } from '../charts/theme.ts';
import { levels } from '../contract/schema.ts';
import { defaultScope, latestYear, type LevelFilter, type Model } from '../domain/model.ts';
import type { Lang } from '../i18n/index.ts';
import { readLang, readTheme, routeTheme } from './hash.ts';
import { useHashState } from './url.ts';

export { readLang, readTheme };

export interface View {
  route: string;
  path: string[];
  params: URLSearchParams;
  year: number | null;
  scope: string | null;
  level: LevelFilter;
  lang: Lang;
  theme: ThemeName;
}

function readLevel(params: URLSearchParams): LevelFilter {
  const l = params.get('level');
  return levels.find((x) => x === l) ?? 'all';
}

export function resolveView(path: string[], params: URLSearchParams, model: Model | null): View {
  const route = path[0] ?? 'overview';
  const yearParam = Number(params.get('year'));
  const year = model
    ? model.years.includes(yearParam)
      ? yearParam
      : latestYear(model)
    : Number.isInteger(yearParam) && yearParam > 0
      ? yearParam
      : null;
  const scopeParam = params.get('scope');
  const scope = model ? (scopeParam && model.unitByCode.has(scopeParam) ? scopeParam : defaultScope(model)) : scopeParam;
  return {
    route,
    path,
    params,
    year,
    scope,
    level: readLevel(params),
    lang: readLang(params),
    theme: readTheme(params, routeTheme(route)),
  };
}

export function useView(model: Model | null) {
  const hash = useHashState();
  const { path, params } = hash;
  const key = `${path.join('/')}?${params.toString()}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view = useMemo(() => resolveView(path, params, model), [key, model]);
  return { view, setParams: hash.setParams, navigate: hash.navigate };
}
