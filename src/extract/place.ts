/**
 * Where a report belongs: the GB/T 2260 region of the commission that wrote it, resolved over the
 * whole table (src/domain/regionTable.ts), the same way in the browser import and the CLI. A
 * report that cannot be placed is kept with the reason, for the user to decide.
 */
import { resolveRegion, type RegionTable, type TableRegion } from '../domain/regionTable.ts';
import type { ReportUnit } from './unit.ts';

export type PlacementProblem =
  /** No commission named in the title, opening or signature. */
  | 'no_unit'
  /** A name the table does not know, or knows more than once with nothing to tell them apart. */
  | 'unresolved_region'
  /** A region with no code of its own (金普新区): kept as a document of its parent. */
  | 'no_code_of_its_own';

export interface Placement {
  /** The region and its ancestors, innermost first; null when the report could not be placed. */
  chain: TableRegion[] | null;
  problem: PlacementProblem | null;
  /** The name as the report writes it, when it differs from the region placed (金普新区 → 大连市). */
  writtenAs?: string;
}

export function placeReport(unit: ReportUnit | null, table: RegionTable): Placement {
  if (!unit) return { chain: null, problem: 'no_unit' };
  const chain = resolveRegion(table, {
    region: unit.region,
    parentRegion: unit.parentRegion,
    province: unit.province,
  });
  return chain ? { chain, problem: null } : { chain: null, problem: 'unresolved_region' };
}
