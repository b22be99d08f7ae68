/**
 * What the wall screen shows, from the same domain functions as the other screens: headline
 * figures (overview), the league (scoring), and recurring weaknesses written out as sentences.
 */
import type { Unit } from '../../contract/schema.ts';
import { unitsInScope, recordOf, cityOf, compareCodes, type LevelFilter, type Model, type PeerGroup } from '../../domain/model.ts';
import { coverageOf } from '../../domain/coverage.ts';
import { rankUnits, type ScoringSettings, type UnitScore } from '../../domain/scoring.ts';
import { peerGroupFacts, type PeerGroupFact } from '../../export/briefing/truth.ts';
import { streak } from '../../domain/weaknesses.ts';
import { readSearch, screenPages } from '../../view/routes.ts';

// The callouts' facts and words are shared with the Word briefing (one wording of a number).
export { recurringCallouts, type Callout } from '../../export/briefing/sentences.ts';

export interface Board {
  peer: PeerGroup | 'all';
  /** Ranked units, best first. */
  ranked: UnitScore[];
  /** Units of the group the scope lists (expected to report), and those that reported. */
  of: number;
  reported: number;
}

export interface Boards {
  /** Every peer group with a ranking, each ranked among its own. */
  boards: Board[];
  /** Groups present but not ranked (one unit alone, none reported), as sentences. */
  notes: PeerGroupFact[];
}

/** Every peer group present in the scope: districts, counties with county-level cities, cities. */
export function leagueBoards(model: Model, scope: string | null, level: LevelFilter, year: number, settings: ScoringSettings): Boards {
  const scores = rankUnits(model, scope, level, year, settings);
  const facts = peerGroupFacts(scores, coverageOf(model, unitsInScope(model, scope, level), year), settings.peers === 'all');
  return {
    boards: facts
      .filter((f) => f.ranked.length > 0)
      .map((f) => ({ peer: f.group, ranked: f.ranked, of: Math.max(f.of, f.reported.length), reported: f.reported.length })),
    notes: facts.filter((f) => f.ranked.length === 0),
  };
}

export interface HeatRow {
  city: Unit;
  units: number;
  /** Share (0–1) of the city's reporting units that report each category, and how many of them for two years or more. */
  cells: Array<{ category: string; share: number; n: number; recurring: number }>;
}

export function cityHeat(model: Model, scope: string | null, year: number, categories: string[]): HeatRow[] {
  const byCity = new Map<string, { city: Unit; units: Unit[] }>();
  for (const u of unitsInScope(model, scope, 'all')) {
    if (u.level === 'province' || !recordOf(model, u.code, year)) continue;
    // A county-level unit directly under the province (济源) is a row of its own.
    const city = cityOf(model, u.code) ?? u;
    const entry = byCity.get(city.code);
    if (entry) entry.units.push(u);
    else byCity.set(city.code, { city, units: [u] });
  }
  return [...byCity.values()]
    .sort((a, b) => compareCodes(a.city.code, b.city.code))
    .map(({ city, units }) => ({
      city,
      units: units.length,
      cells: categories.map((category) => {
        const reporting = units.filter((u) => streak(model, u.code, year, category) >= 1);
        return {
          category,
          n: reporting.length,
          share: units.length ? reporting.length / units.length : 0,
          recurring: reporting.filter((u) => streak(model, u.code, year, category) >= 2).length,
        };
      }),
    }));
}

/** The wall's rotation from its link (`interval` s, `refresh` min, `pages`); `hasTargets`: the targets page joins the default rotation only when there are targets to show. */
export function readScreenConfig(params: URLSearchParams, hasTargets = false) {
  const { interval, refresh, pages } = readSearch('screen', params);
  return {
    intervalMs: interval * 1000,
    refreshMs: refresh * 60_000,
    pages: pages.length ? pages : screenPages.filter((p) => p !== 'targets' || hasTargets),
  };
}
