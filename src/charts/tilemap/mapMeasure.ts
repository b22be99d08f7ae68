/**
 * What a map is coloured by, as a screen chooses it: the composite score, the rank among peers,
 * or one indicator in one of the league's normalisations. Kept as a short string for a URL
 * parameter (`composite`, `rank`, `penalty_cases`, `penalty_cases:per_officer`).
 */
import type { Model } from '../../domain/model.ts';
import { isNormalisable, isScored, normalisations, type Normalisation } from '../../domain/scoring.ts';

export type MapMeasure =
  | { kind: 'composite' }
  | { kind: 'rank' }
  | { kind: 'indicator'; id: string; norm: Normalisation }
  /** Met / not met of an indicator's target (`target:<indicator>`). */
  | { kind: 'target'; id: string };

const isNormalisation = (s: string): s is Normalisation => normalisations.some((n) => n === s);

export function parseMeasure(raw: string | null, model: Model): MapMeasure {
  if (!raw || raw === 'composite') return { kind: 'composite' };
  if (raw === 'rank') return { kind: 'rank' };
  if (raw.startsWith('target:')) {
    const id = raw.slice('target:'.length);
    return model.indicatorById.has(id) ? { kind: 'target', id } : { kind: 'composite' };
  }
  const [id = '', norm = 'raw'] = raw.split(':');
  const ind = model.indicatorById.get(id);
  if (!ind) return { kind: 'composite' };
  return { kind: 'indicator', id, norm: isNormalisation(norm) && (norm === 'raw' || isNormalisable(ind)) ? norm : 'raw' };
}

export function formatMeasure(m: MapMeasure): string {
  if (m.kind === 'target') return `target:${m.id}`;
  return m.kind === 'indicator' ? (m.norm === 'raw' ? m.id : `${m.id}:${m.norm}`) : m.kind;
}

/** Indicators worth mapping: scored ones first, then context ones (counts of entities, cases). */
export function mappableIndicators(model: Model) {
  const all = model.dataset.indicators;
  return [...all.filter(isScored), ...all.filter((i) => !isScored(i))];
}
