/**
 * The route table: every screen's id, path, the settings its link carries (typed, with defaults)
 * and how a link to it is built. Links live in the hash (`#/league?year=2025&sort=rank:asc`), so
 * dist/ works from any static server and a link reproduces the view; the dataset is the page's
 * own query (`?data=`), which no route touches.
 *
 * A hand-rolled table rather than TanStack Router: the router put 25 KB gzip on the first screen,
 * whose whole budget is 150 KB (measured in issue 25: 149.3 → 174.3 KB).
 *
 * Links people already keep (shared in chats, wall screens' `#/screen?refresh=1`) open exactly
 * as they did: the names and formats below are theirs; tests/unit/view/routes.test.ts holds them.
 */
import * as v from 'valibot';
import { levels } from '../contract/schema.ts';
import { normalisations } from '../domain/scoring.ts';
import { formatHash, langs, parseHash, themes } from './hash.ts';
import {
  count,
  defaultSorting,
  flag,
  list,
  listOf,
  numberFrom,
  oneOf,
  positiveInt,
  query,
  sorting,
  text,
  weights,
  writeValue,
} from './searchParams.ts';

export { defaultSorting };

/** What every screen's link carries: the view (year, scope, level), language, theme and the scoring settings. */
const settings = {
  year: positiveInt,
  scope: text,
  level: oneOf([...levels, 'all'], 'all'),
  lang: oneOf(langs, 'zh'),
  theme: oneOf(themes, 'light'),
  w: weights,
  norm: oneOf(normalisations, 'raw'),
  peers: oneOf(['level', 'all'], 'level'),
};

export const screenPages = ['kpi', 'league', 'weaknesses', 'map', 'targets'] as const;
export type ScreenPageId = (typeof screenPages)[number];

/** Which settings a link to the route keeps from the page it is followed from. */
type Carry = 'all' | { except: readonly string[] };

interface RouteDef {
  /** The path after `#/`; `:code` is the unit's code. */
  readonly path: string;
  readonly search: v.ObjectSchema<v.ObjectEntries, undefined>;
  readonly carry: Carry;
  /** In the header's navigation, in this order. */
  readonly nav: boolean;
  /** The part of the Word briefing the page speaks for, if any. */
  readonly briefing: 'overview' | 'league' | 'weaknesses' | 'unit' | null;
  /** The page speaks for a scope's ranking and targets (the deck's ranking and targets slides). */
  readonly ranked: boolean;
}

export const routes = {
  overview: {
    path: 'overview',
    search: v.object({ ...settings, map: text }),
    carry: 'all',
    nav: true,
    briefing: 'overview',
    ranked: true,
  },
  league: {
    path: 'league',
    search: v.object({
      ...settings,
      sort: sorting,
      cols: list,
      city: text,
      q: query,
      show: oneOf(['all', 'top', 'bottom'], 'all'),
      n: count(500, 10),
      recurring: flag,
      below: flag,
      pick: text,
    }),
    carry: 'all',
    nav: true,
    briefing: 'league',
    ranked: true,
  },
  weaknesses: {
    path: 'weaknesses',
    search: v.object({ ...settings, mode: oneOf(['count', 'year'], 'count'), wmap: text }),
    carry: 'all',
    nav: true,
    briefing: 'weaknesses',
    ranked: false,
  },
  screen: {
    path: 'screen',
    // The wall screen is dark unless its link says otherwise; interval in seconds (fractions let a
    // soak test compress time), refresh in minutes; no pages means the default rotation.
    search: v.object({
      ...settings,
      theme: oneOf(themes, 'dark'),
      interval: numberFrom(0.05, 20),
      refresh: v.fallback(v.pipe(v.string(), v.transform(Number), v.finite(), v.gtValue(0)), 10),
      pages: listOf(screenPages),
    }),
    carry: 'all',
    nav: true,
    briefing: null,
    ranked: false,
  },
  import: {
    path: 'import',
    search: v.object({ lang: settings.lang, theme: settings.theme }),
    // The header's link keeps the view's settings for the way back; scope and year do not apply here.
    carry: 'all',
    nav: true,
    briefing: null,
    ranked: false,
  },
  units: {
    path: 'units/:code',
    search: v.object(settings),
    // The heatmap's `mode` belongs to the page linked from.
    carry: { except: ['mode'] },
    nav: false,
    briefing: 'unit',
    ranked: false,
  },
} as const satisfies Record<string, RouteDef>;

export type RouteId = keyof typeof routes;
export const isRouteId = (x: string | undefined): x is RouteId => x !== undefined && Object.hasOwn(routes, x);
export const routeIds: RouteId[] = Object.keys(routes).filter(isRouteId);
export type NavRoute = { [K in RouteId]: (typeof routes)[K]['nav'] extends true ? K : never }[RouteId];
/** The header's navigation, in the table's order. */
export const navRoutes: NavRoute[] = routeIds.filter((r): r is NavRoute => routes[r].nav);

/** The settings a route's link carries, each typed and defaulted. */
export type SearchOf<R extends RouteId> = v.InferOutput<(typeof routes)[R]['search']>;
/** A change to a route's settings: a value to write, or null to drop the setting (back to its default). */
export type SearchPatch<R extends RouteId> = { [K in keyof SearchOf<R>]?: SearchOf<R>[K] | null };
/** The settings every route but the import screen shares. */
export type Settings = SearchOf<'units'>;

/** The route's settings from a link's query, each its default where the link does not say or cannot mean. */
export function readSearch<R extends RouteId>(route: R, params: URLSearchParams): SearchOf<R> {
  const schema: (typeof routes)[R]['search'] = routes[route].search;
  const raw: Record<string, string> = {};
  for (const k of Object.keys(schema.entries)) {
    // An empty value is no value (the app never writes one).
    const x = params.get(k);
    if (x) raw[k] = x;
  }
  return v.parse(schema, raw);
}

/** The query with the patch applied; settings not in the patch (and ones the route does not know) are kept. */
export function writeSearch<R extends RouteId>(params: URLSearchParams, patch: SearchPatch<R>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, value] of Object.entries(patch)) {
    const s = writeValue(k, value);
    if (s === '') next.delete(k);
    else next.set(k, s);
  }
  return next;
}

/** Where a link points: a route, the unit for `units/:code`, and the query. */
export interface Target<R extends RouteId = RouteId> {
  to: R;
  /** The unit's code, for `units`. */
  code?: string | undefined;
  search?: SearchPatch<R>;
  /** Keep only the settings the route itself reads, not all it usually carries (a fresh start). */
  known?: boolean;
}

function carried(target: Target, from: URLSearchParams): URLSearchParams {
  const carry: Carry = routes[target.to].carry;
  if (target.known) return new URLSearchParams([...from].filter(([k]) => Object.hasOwn(routes[target.to].search.entries, k)));
  if (carry === 'all') return new URLSearchParams(from);
  return new URLSearchParams([...from].filter(([k]) => !carry.except.includes(k)));
}

/** The path segments of a target (`['units', '410703']`). */
export function pathOf(target: Target): string[] {
  return routes[target.to].path.split('/').map((s) => (s === ':code' ? (target.code ?? '') : s));
}

/** The link (`#/units/410703?year=2025`) to a target, keeping what the route carries from the current query. */
export function hrefTo<R extends RouteId>(target: Target<R>, from: URLSearchParams = new URLSearchParams()): string {
  return formatHash(pathOf(target), writeSearch(carried(target, from), target.search ?? {}));
}

/** The route a hash names; no route or one not in the table opens the overview, as it always has. */
export function routeOf(path: readonly string[]): RouteId {
  const first = path[0];
  return isRouteId(first) ? first : 'overview';
}

/** A hash read against the table. */
export function parseLocation(hash: string): { route: RouteId; code: string | undefined; path: string[]; params: URLSearchParams } {
  const { path, params } = parseHash(hash);
  const route = routeOf(path);
  return { route, code: route === 'units' ? path[1] : undefined, path, params };
}
