/**
 * The league page's preparation, apart from its view: which rows a filter leaves, which cities the
 * city filter offers, what the phone's folded toolbar says, and what a unit link carries. Pure:
 * tests/unit/features/league/leagueModel.test.ts.
 */
import type { I18n } from '../../i18n/index.ts';
import { filterLeagueRows, type LeagueRow } from './leagueData.ts';
import type { LeagueState } from './leagueState.ts';
import { belowTargetOnly } from './leagueTargets.tsx';

export type RowFilter = Pick<LeagueState, 'city' | 'query' | 'show' | 'n' | 'recurringOnly'> & {
  /** Only units below a target this year (the checkbox shown when there are targets). */
  belowOnly: boolean;
};

/** The rows the toolbar's filters leave, in the ranking's order. */
export function visibleRows(rows: LeagueRow[], filter: RowFilter): LeagueRow[] {
  const filtered = filterLeagueRows(rows, filter);
  return filter.belowOnly ? belowTargetOnly(filtered) : filtered;
}

/** The cities of the rows, by code, for the city filter. */
export function citiesOf(rows: readonly LeagueRow[]): Array<[string, string]> {
  const seen = new Map<string, string>();
  for (const r of rows) if (r.city) seen.set(r.city.code, r.city.name);
  return [...seen].sort((a, b) => a[0].localeCompare(b[0]));
}

/** What the phone's folded toolbar says is set. */
export function toolbarSummary(state: LeagueState, cities: ReadonlyArray<[string, string]>, t: I18n['t']): string {
  const { settings } = state;
  return [
    settings.peers === 'all' ? t('league.peers.all') : '',
    t(`league.norm.${settings.normalisation}`),
    state.city ? (cities.find(([code]) => code === state.city)?.[1] ?? state.city) : t('league.filter.city.all'),
    state.query ? t('phone.league.query', { q: state.query }) : '',
    state.show !== 'all' ? t(`league.filter.show.${state.show}`).replace('N', String(state.n)) : '',
    state.recurringOnly ? t('phone.league.recurring') : '',
  ]
    .filter((x) => x !== '')
    .join(' · ');
}

/** The settings a unit's name in the table carries on: the view and the scoring, not the table's own filters. */
const LINK_SETTINGS = ['year', 'lang', 'theme', 'w', 'norm', 'peers'];

/**
 * The query a unit link in the table keeps, as text: a stable key, so typing a filter (which
 * changes the link, not this) does not rebuild every column.
 */
export const unitLinkQuery = (params: URLSearchParams): string =>
  new URLSearchParams([...params].filter(([k]) => LINK_SETTINGS.includes(k))).toString();
