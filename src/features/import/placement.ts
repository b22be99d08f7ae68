/**
 * Where a report under review belongs, by the one resolver the CLI uses too (placeReport over the
 * whole GB/T 2260 table), and what the dataset needs to take it: a report of a unit the dataset
 * has is matched; one of a unit it lacks is offered to be added with its city and province; one
 * of another province than the dataset's is flagged. Neither is added until the user says so.
 */
import type { Dataset, Unit } from '../../contract/schema.ts';
import { ancestorsIn, type RegionTable } from '../../domain/regionTable.ts';
import { placeReport } from '../../extract/place.ts';
import type { ReportUnit } from '../../extract/unit.ts';
import type { PlaceClues } from '../../extract/clues.ts';
import type { Placement } from './types.ts';
import { suggestUnit } from './units.ts';

/** The provinces (2-digit prefixes) the dataset's units are in. */
const provincesOf = (dataset: Dataset | null): Set<string> => new Set((dataset?.units ?? []).map((u) => u.code.slice(0, 2)));

/** The placement of a region code (a chain from the table) against the dataset. */
export function placementOf(table: RegionTable, code: string, dataset: Dataset | null): Placement | null {
  const chain = ancestorsIn(table, code);
  const self = chain[0];
  if (!self) return null;
  const provinces = provincesOf(dataset);
  return {
    chain: chain.map((r) => ({ code: r.code, name: r.name, level: r.level, parent: r.parent })),
    otherProvince: provinces.size > 0 && !provinces.has(self.code.slice(0, 2)),
  };
}

export interface UnitChoice {
  /** The dataset's unit, when the report is matched to one. */
  unitCode: string;
  unitName: string;
  /** Set when the table placed it at a unit the dataset does not have: offered, not added. */
  placement?: Placement;
  /** The name is one GB/T 2260 has more than once and the text says nothing more: each place it could be, the dataset's own first. */
  candidates?: Placement[];
}

export function chooseUnit(unit: ReportUnit | null, dataset: Dataset | null, table: RegionTable | null, clues?: PlaceClues): UnitChoice {
  const written = unit?.region ?? '';
  const placed = table ? placeReport(unit, table, clues) : null;
  const self = placed?.chain?.[0];
  if (table && self) {
    const have = dataset?.units.find((u) => u.code === self.code);
    if (have) return { unitCode: have.code, unitName: have.name };
    const placement = placementOf(table, self.code, dataset);
    return { unitCode: '', unitName: self.name, ...(placement ? { placement } : {}) };
  }
  const could = table && placed?.problem === 'ambiguous_region' ? (placed.candidates ?? []) : [];
  if (table && could.length > 1) {
    const have = new Set((dataset?.units ?? []).map((u) => u.code));
    const candidates = could
      .flatMap((c) => {
        const p = placementOf(table, c.code, dataset);
        return p ? [p] : [];
      })
      .sort((a, b) => Number(have.has(b.chain[0]?.code ?? '')) - Number(have.has(a.chain[0]?.code ?? '')));
    // Not chosen for the user: which 南山区 a report means is theirs to say.
    return { unitCode: '', unitName: placed?.writtenAs ?? written, candidates };
  }
  // No table (it failed to load) or no single region of that name: the dataset's own units decide.
  const detected = unit
    ? {
        name: unit.name,
        region: unit.region,
        level: unit.level,
        ...(unit.parentRegion ? { parentRegion: unit.parentRegion } : {}),
        ...(unit.province ? { province: unit.province } : {}),
      }
    : null;
  const code = dataset ? suggestUnit(dataset, detected) : null;
  return { unitCode: code ?? '', unitName: dataset?.units.find((u) => u.code === code)?.name ?? written };
}

/** The units to add for a placed item: the unit and whichever of its city and province are missing. */
export function placedUnitsToAdd(have: ReadonlySet<string>, placement: Placement, code: string): Unit[] | null {
  if (placement.chain[0]?.code !== code) return null;
  return [...placement.chain].reverse().filter((r) => !have.has(r.code));
}
