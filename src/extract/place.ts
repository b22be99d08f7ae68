/**
 * Where a report belongs: the GB/T 2260 region of the commission that wrote it, resolved over the
 * whole table (src/domain/regionTable.ts, read by src/domain/regionNames.ts), the same way in the
 * browser import and the CLI. A report that cannot be placed is kept with the reason, for the user
 * to decide.
 */
import { ancestorsIn, type RegionTable, type TableRegion } from '../domain/regionTable.ts';
import { narrowByAbove, narrowByName, parentOfZone, readPlacePhrase, ZONE } from '../domain/regionNames.ts';
import type { PlaceClues } from './clues.ts';
import type { ReportUnit } from './unit.ts';

export type PlacementProblem =
  /** No commission named in the title, opening or signature. */
  | 'no_unit'
  /** A name the table does not know, or knows more than once with nothing to tell them apart. */
  | 'unresolved_region'
  /** A region with no code of its own (金普新区): kept as a document of its parent. */
  | 'no_code_of_its_own'
  /** A name the table knows more than once (普陀区: 上海 and 舟山) and the report says nothing more. */
  | 'ambiguous_region';

export interface Placement {
  /** The region and its ancestors, innermost first; null when the report could not be placed. */
  chain: TableRegion[] | null;
  problem: PlacementProblem | null;
  /** The name as the report writes it, when it differs from the region placed (金普新区 → 大连市). */
  writtenAs?: string;
  /** Regions the name could be, when it is ambiguous (for the user to pick from). */
  candidates?: TableRegion[];
  /** The report names itself only by level; the name was read from its own documents' titles. */
  fromOwnDocuments?: boolean;
  /** The report names itself only by level; placed by the region of that level it names (or its file name names). */
  fromNamedRegion?: 'text' | 'file_name';
}

/** The levels a self-reference names: 区 a district, 县/旗 a county, 市 a city or county-level city. */
const SELF_LEVELS: Readonly<Record<string, readonly string[]>> = {
  区: ['district'],
  县: ['county'],
  旗: ['county'],
  市: ['city', 'county_city'],
  省: ['province'],
};

/** Regions a phrase ends in, by their exact name (three characters or more: 城区, 矿区 name too much). */
function knownTail(table: RegionTable, phrase: string): readonly TableRegion[] {
  for (let k = phrase.length; k >= 3; k--) {
    const name = phrase.slice(phrase.length - k);
    const found = table.byName.get(name);
    if (found && found.length > 0 && !ZONE.test(name)) return found;
  }
  return [];
}

/** Of several regions of one name, those under a province or city the text names (南山区 of 深圳 when 深圳市 is named). */
function narrowByMentions(table: RegionTable, found: readonly TableRegion[], clues: PlaceClues | undefined): TableRegion[] {
  if (!clues || found.length <= 1) return [...found];
  const named = new Set<string>();
  for (const p of [...clues.places, ...clues.filePlaces]) for (const r of knownTail(table, p)) named.add(r.code);
  const under = found.filter((c) => ancestorsIn(table, c.code).some((a) => a.code !== c.code && named.has(a.code)));
  return under.length > 0 ? under : [...found];
}

/**
 * A report that names itself only by its level (区卫生健康委, 我局): the region of that level it
 * names most (a name in its file's name first), where GB/T 2260 knows it.
 */
function placeByNamedRegion(table: RegionTable, clues: PlaceClues): Placement | null {
  if (clues.selfLevel === null) return null;
  const levels = SELF_LEVELS[clues.selfLevel] ?? ['district', 'county', 'county_city', 'city'];
  const score = new Map<string, number>();
  const tally = (phrases: readonly string[], weight: number) => {
    for (const p of phrases) {
      const regions = knownTail(table, p).filter((r) => levels.includes(r.level) && !r.devZone);
      if (regions.length === 0) continue;
      const name = regions[0]?.name ?? '';
      score.set(name, (score.get(name) ?? 0) + weight);
    }
  };
  tally(clues.filePlaces, 1000);
  tally(clues.places, 1);
  const [best, second] = [...score].sort((a, b) => b[1] - a[1]);
  // Two regions named as often: the text does not say which is its own.
  if (!best || (second && second[1] >= best[1])) return null;
  const found = narrowByMentions(
    table,
    (table.byName.get(best[0]) ?? []).filter((r) => levels.includes(r.level)),
    clues,
  );
  const via = best[1] >= 1000 ? 'file_name' : 'text';
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return { chain: null, problem: 'ambiguous_region', writtenAs: best[0], candidates: found, fromNamedRegion: via };
  return { chain: ancestorsIn(table, only.code), problem: null, fromNamedRegion: via };
}

function placeOne(unit: ReportUnit, table: RegionTable, clues?: PlaceClues): Placement {
  const phrase = unit.written ?? [unit.province, unit.parentRegion, unit.region].filter(Boolean).join('');
  const exact = table.byName.get(unit.region);
  // A zone the table has no code for (金普新区, 两江新区): a document of its parent region.
  if (ZONE.test(phrase) && !exact) {
    const z = parentOfZone(table, phrase);
    if (z) return { chain: ancestorsIn(table, z.parent.code), problem: 'no_code_of_its_own', writtenAs: z.zone };
    return { chain: null, problem: 'unresolved_region', writtenAs: phrase };
  }
  const reading = readPlacePhrase(table, phrase);
  if (!reading) return { chain: null, problem: 'unresolved_region', writtenAs: phrase };
  let found = narrowByAbove(table, reading.candidates, reading.above);
  found = narrowByName(table, found, unit.parentRegion);
  found = narrowByName(table, found, unit.province);
  found = narrowByMentions(table, found, clues);
  // 重庆市开州区 read as a county-level unit, not also the city of the same short name.
  if (found.length > 1) {
    const sameSuffix = found.filter((r) => r.name === reading.name);
    if (sameSuffix.length > 0) found = sameSuffix;
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return { chain: null, problem: 'ambiguous_region', writtenAs: reading.name, candidates: found };
  return {
    chain: ancestorsIn(table, only.code),
    problem: null,
    ...(only.name !== reading.name ? { writtenAs: reading.name } : {}),
  };
}

/**
 * The unit's first reading the table knows; else, for a report that names itself by level alone,
 * the region of that level it names; else the first reading's problem. `clues` (the extraction's)
 * also tell apart a name the table knows twice by the province or city the text mentions.
 */
export function placeReport(unit: ReportUnit | null, table: RegionTable, clues?: PlaceClues): Placement {
  const readings = unit ? [unit, ...(unit.alternatives ?? [])] : [];
  let first: Placement | null = null;
  for (const u of readings) {
    const p = placeOne(u, table, clues);
    const placed = p.chain ? { ...p, ...(u.basis === 'own_document' ? { fromOwnDocuments: true } : {}) } : p;
    if (placed.chain) return placed;
    first ??= placed;
  }
  const named = clues ? placeByNamedRegion(table, clues) : null;
  if (named?.chain || (named && !first)) return named;
  return first ?? { chain: null, problem: 'no_unit' };
}
