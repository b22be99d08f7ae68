/**
 * The league's state in the URL's hash query, so a meeting's view can be sent as a link and
 * reloads to the same table: sort, columns, normalisation, peers, weights and filters. The route
 * table (view/routes.ts) reads and writes the link; this turns its settings into the table's state.
 */
import type { SortingState } from '@tanstack/react-table';
import type { ScoringSettings } from '../../domain/scoring.ts';
import { defaultSorting, readSearch, type SearchOf } from '../../view/routes.ts';
import { writeValue } from '../../view/searchParams.ts';

export { defaultSorting };

export type ShowMode = SearchOf<'league'>['show'];

export interface LeagueState {
  settings: ScoringSettings;
  sorting: SortingState;
  columns: string[];
  city: string | null;
  query: string;
  show: ShowMode;
  n: number;
  recurringOnly: boolean;
}

export const defaultColumns = [
  'random_tasks_completed',
  'random_completion_rate',
  'inspections',
  'penalty_cases',
  'complaints_handled_rate',
  'training_sessions',
  'publicity_events',
];

/** The indicator columns a link asks for (the default set without `cols=`), of those the dataset has. */
export const chosenColumns = (cols: readonly string[] | null, known: ReadonlySet<string>): string[] =>
  (cols ?? defaultColumns).filter((c) => known.has(c));

export const parseSorting = (value: string | null): SortingState =>
  readSearch('league', new URLSearchParams(value ? [['sort', value]] : [])).sort;

export const formatSorting = (s: SortingState): string => writeValue('sort', s);

export function leagueStateOf(search: SearchOf<'league'>, knownIndicators: ReadonlySet<string>): LeagueState {
  return {
    settings: { weights: search.w, normalisation: search.norm, peers: search.peers },
    sorting: search.sort,
    columns: chosenColumns(search.cols, knownIndicators),
    city: search.city,
    query: search.q,
    show: search.show,
    n: search.n,
    recurringOnly: search.recurring,
  };
}

export const readLeagueState = (params: URLSearchParams, knownIndicators: ReadonlySet<string>): LeagueState =>
  leagueStateOf(readSearch('league', params), knownIndicators);
