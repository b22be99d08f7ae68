/**
 * The scoring settings a link carries (`w`, `norm`, `peers`). The league sets them; the unit
 * page, the wall screen, the briefing and the screen deck read them, so they live with the
 * view's other settings rather than in one screen.
 */
import { indicatorGroups } from '../domain/catalogue.ts';
import {
  defaultWeights,
  normalisations,
  type Normalisation,
  type PeerMode,
  type ScoringSettings,
  type Weights,
} from '../domain/scoring.ts';

export function parseWeights(value: string | null): Weights {
  if (!value) return defaultWeights;
  const parts = value.split(',').map(Number);
  if (parts.length !== indicatorGroups.length || parts.some((x) => !Number.isFinite(x) || x < 0 || x > 100)) return defaultWeights;
  const w: Weights = { ...defaultWeights };
  indicatorGroups.forEach((g, i) => {
    w[g] = parts[i] ?? 0;
  });
  return w;
}

export const formatWeights = (w: Weights): string => indicatorGroups.map((g) => w[g]).join(',');

/** The scoring settings a link carries (`w`, `norm`, `peers`): the league, the unit page and the wall screen read them alike. */
export function readScoringSettings(params: URLSearchParams): ScoringSettings {
  const norm = params.get('norm');
  return {
    weights: parseWeights(params.get('w')),
    normalisation: normalisations.find((x): x is Normalisation => x === norm) ?? 'raw',
    peers: params.get('peers') === 'all' ? 'all' : ('level' satisfies PeerMode),
  };
}
