/**
 * Where a report belongs: the GB/T 2260 region of the commission that wrote it, resolved over the
 * whole table (src/domain/regionTable.ts, read by src/domain/regionNames.ts), the same way in the
 * browser import and the CLI. A report that cannot be placed is kept with the reason, for the user
 * to decide.
 */
import { ancestorsIn, type RegionTable, type TableRegion } from '../domain/regionTable.ts';
import { narrowByAbove, narrowByName, parentOfZone, readPlacePhrase, ZONE } from '../domain/regionNames.ts';
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
}

function placeOne(unit: ReportUnit, table: RegionTable): Placement {
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

/** The unit's first reading the table knows; else the first one's problem. */
export function placeReport(unit: ReportUnit | null, table: RegionTable): Placement {
  if (!unit) return { chain: null, problem: 'no_unit' };
  const readings = [unit, ...(unit.alternatives ?? [])];
  let first: Placement | null = null;
  for (const u of readings) {
    const p = placeOne(u, table);
    const placed = p.chain ? { ...p, ...(u.basis === 'own_document' ? { fromOwnDocuments: true } : {}) } : p;
    if (placed.chain) return placed;
    first ??= placed;
  }
  return first ?? { chain: null, problem: 'no_unit' };
}
