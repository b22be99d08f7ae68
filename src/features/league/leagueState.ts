/**
 * The league's state in the URL's hash query, so a meeting's view can be sent as a link and
 * reloads to the same table: sort, columns, normalisation, peers, weights and filters.
 */
import type { SortingState } from '@tanstack/react-table';
import type { ScoringSettings } from '../../domain/scoring.ts';
import { readScoringSettings } from '../../view/scoringParams.ts';

export type ShowMode = 'all' | 'top' | 'bottom';

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

/** Peer group first (counties, districts, cities), then rank: each group reads as its own table. */
export const defaultSorting: SortingState = [
  { id: 'peer', desc: false },
  { id: 'rank', desc: false },
];

export function parseSorting(value: string | null): SortingState {
  if (!value) return defaultSorting;
  const out: SortingState = [];
  for (const part of value.split(',')) {
    const [id, dir] = part.split(':');
    if (id && /^[a-z0-9_.]+$/.test(id)) out.push({ id, desc: dir === 'desc' });
  }
  return out.length ? out : defaultSorting;
}

export const formatSorting = (s: SortingState): string => s.map((x) => `${x.id}:${x.desc ? 'desc' : 'asc'}`).join(',');

export function readLeagueState(params: URLSearchParams, knownIndicators: ReadonlySet<string>): LeagueState {
  const cols = params.get('cols');
  const show = params.get('show');
  const n = Number(params.get('n'));
  return {
    settings: readScoringSettings(params),
    sorting: parseSorting(params.get('sort')),
    columns: cols === null ? defaultColumns.filter((c) => knownIndicators.has(c)) : cols.split(',').filter((c) => knownIndicators.has(c)),
    city: params.get('city'),
    query: params.get('q') ?? '',
    show: show === 'top' || show === 'bottom' ? show : 'all',
    n: Number.isInteger(n) && n > 0 && n <= 500 ? n : 10,
    recurringOnly: params.get('recurring') === '1',
  };
}
