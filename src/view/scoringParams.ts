/**
 * The scoring settings a link carries (`w`, `norm`, `peers`). The league sets them; the unit
 * page, the wall screen, the briefing and the screen deck read them, so they live with the
 * view's other settings (the route table, routes.ts) rather than in one screen.
 */
import { useMemo } from 'react';
import type { ScoringSettings, Weights } from '../domain/scoring.ts';
import { readSearch, type Settings } from './routes.ts';
import { writeValue } from './searchParams.ts';
import { useSettings } from './ViewContext.ts';

/** Weights as a link writes them (`25,20,15,15,15,10`), or the defaults when it cannot mean any. */
export const parseWeights = (value: string | null): Weights => readSearch('units', new URLSearchParams(value ? [['w', value]] : [])).w;

export const formatWeights = (w: Weights): string => writeValue('w', w);

const settingsOf = (s: Pick<Settings, 'w' | 'norm' | 'peers'>): ScoringSettings => ({
  weights: s.w,
  normalisation: s.norm,
  peers: s.peers,
});

/** The scoring settings a link carries (`w`, `norm`, `peers`): the league, the unit page and the wall screen read them alike. */
export const readScoringSettings = (params: URLSearchParams): ScoringSettings => settingsOf(readSearch('units', params));

/** The link's scoring settings, one object while they do not change (the weights are one object per text). */
export function useScoringSettings(): ScoringSettings {
  const [{ w, norm, peers }] = useSettings();
  return useMemo(() => settingsOf({ w, norm, peers }), [w, norm, peers]);
}
