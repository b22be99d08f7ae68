/**
 * The league's rows: scores and ranks from the shared scoring functions, movement on the
 * previous year, rank history, and the filters. Pure; tested without a DOM.
 */
import type { Unit } from '../../contract/schema.ts';
import { cityOf, recordOf, type LevelFilter, type Model } from '../../domain/model.ts';
import { rankMovement, rankUnits, type Movement, type ScoringSettings, type UnitScore } from '../../domain/scoring.ts';
import type { Assessment, UnitTargetCount } from '../../domain/targets.ts';
import { streak } from '../../domain/weaknesses.ts';
import { placeOf, spansProvinces } from '../../domain/place.ts';
import type { LeagueState } from './leagueState.ts';

export interface LeagueRow {
  score: UnitScore;
  unit: Unit;
  city: Unit | undefined;
  /** The 所属市 column: city (or the region directly above), with the province at national scope. */
  place: string;
  movement: Movement | null;
  /** Rank per year (null when unranked that year), oldest first. */
  history: Array<{ year: number; rank: number | null; peers: number }>;
  /** Weakness categories reported this year and the year before. */
  recurring: string[];
  /** Targets that apply this year (attached by leagueTargets.tsx when the table shows them). */
  targets?: { count: UnitTargetCount; byIndicator: Map<string, Assessment> };
}

export function rankAllYears(
  model: Model,
  scope: string | null,
  level: LevelFilter,
  settings: ScoringSettings,
): Map<number, readonly UnitScore[]> {
  return new Map(model.years.map((y) => [y, rankUnits(model, scope, level, y, settings)]));
}

export function buildLeagueRows(model: Model, byYear: Map<number, readonly UnitScore[]>, year: number): LeagueRow[] {
  const current = byYear.get(year) ?? [];
  const movement = rankMovement(current, byYear.get(year - 1) ?? []);
  const rankIndex = new Map<number, Map<string, UnitScore>>();
  for (const [y, list] of byYear) rankIndex.set(y, new Map(list.map((s) => [s.unit.code, s])));
  const withProvince = spansProvinces(
    model,
    current.map((s) => s.unit),
  );
  return current.map((score) => {
    const code = score.unit.code;
    const weaknesses = recordOf(model, code, year)?.weaknesses ?? [];
    return {
      score,
      unit: score.unit,
      city: cityOf(model, code),
      place: placeOf(model, code, withProvince),
      movement: movement.get(code) ?? null,
      history: model.years.map((y) => {
        const s = rankIndex.get(y)?.get(code);
        return { year: y, rank: s?.rank ?? null, peers: s?.peers ?? 0 };
      }),
      recurring: weaknesses.filter((w) => streak(model, code, year, w) >= 2),
    };
  });
}

/** City, name, recurring-weakness and top/bottom-N filters, applied in that order. */
export function filterLeagueRows(
  rows: LeagueRow[],
  state: Pick<LeagueState, 'city' | 'query' | 'show' | 'n' | 'recurringOnly'>,
): LeagueRow[] {
  const q = state.query.trim().toLowerCase();
  return rows.filter((r) => {
    if (state.city && r.city?.code !== state.city && r.unit.code !== state.city) return false;
    if (q && !r.unit.name.toLowerCase().includes(q) && !(r.unit.nameEn ?? '').toLowerCase().includes(q) && !r.unit.code.startsWith(q))
      return false;
    if (state.recurringOnly && r.recurring.length === 0) return false;
    const rank = r.score.rank;
    if (state.show === 'top') return rank !== null && rank <= state.n;
    if (state.show === 'bottom') return rank !== null && rank > r.score.peers - state.n;
    return true;
  });
}
