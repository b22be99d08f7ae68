/**
 * What the wall screen shows, from the same domain functions as the other screens: headline
 * figures (overview), the league (scoring), and recurring weaknesses written out as sentences.
 */
import type { Unit } from '../../data/schema.ts';
import { unitsInScope, recordOf, cityOf, compareCodes, type LevelFilter, type Model, type PeerGroup } from '../../domain/model.ts';
import { rankUnits, type ScoringSettings, type UnitScore } from '../../domain/scoring.ts';
import { streak } from '../../domain/weaknesses.ts';

// The callouts' facts and words are shared with the Word briefing (one wording of a number).
export { recurringCallouts, type Callout } from '../../export/briefing/sentences.ts';

export interface Board {
  peer: PeerGroup | 'all';
  ranked: UnitScore[];
}

/** The largest peer group's ranking (counties, usually), best first. */
export function leagueBoard(model: Model, scope: string | null, level: LevelFilter, year: number, settings: ScoringSettings): Board {
  const scores = rankUnits(model, scope, level, year, settings).filter((s) => s.rank !== null);
  const byPeer = new Map<PeerGroup | 'all', UnitScore[]>();
  for (const s of scores) {
    const list = byPeer.get(s.peerGroup);
    if (list) list.push(s);
    else byPeer.set(s.peerGroup, [s]);
  }
  let best: Board = { peer: 'county', ranked: [] };
  for (const [peer, list] of byPeer) if (list.length > best.ranked.length) best = { peer, ranked: list };
  best.ranked.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return best;
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
