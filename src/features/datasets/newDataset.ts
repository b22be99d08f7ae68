/**
 * A dataset of one region's units, with no figures yet: the start of an office's own dataset.
 * A province brings its cities and every county-level unit; a city its county-level units; a
 * county itself; each with its ancestors, so the tree and the league's peer groups hold.
 * Development zones are places, not units a rule-of-law office ranks: they are left out.
 */
import { SCHEMA_VERSION, type Dataset, type LocalizedText, type Unit } from '../../contract/schema.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../domain/catalogue.ts';
import { ancestorsIn, countyLevelUnder, type RegionTable, type TableRegion } from '../../domain/regionTable.ts';

const unitOf = (r: TableRegion): Unit => ({ code: r.code, name: r.name, level: r.level, parent: r.parent });

/** The units of a new dataset for `code`, by code: ancestors, cities (of a province), county-level units. */
export function regionUnits(table: RegionTable, code: string): Unit[] {
  const self = table.byCode.get(code);
  if (!self) return [];
  const out = new Map<string, Unit>();
  for (const a of ancestorsIn(table, code)) if (a.code !== code) out.set(a.code, unitOf(a));
  if (!self.devZone) out.set(self.code, unitOf(self));
  if (self.level === 'province') for (const c of table.childrenOf(code)) if (c.level === 'city') out.set(c.code, unitOf(c));
  for (const u of countyLevelUnder(table, code)) {
    // A county-level unit's parent may be a city the walk has not listed (a province's own 县级市).
    for (const a of ancestorsIn(table, u.code)) if (!out.has(a.code)) out.set(a.code, unitOf(a));
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export interface NewDatasetInput {
  table: RegionTable;
  /** The region picked: a province, a city or a county-level unit. */
  code: string;
  /** As the user named it: 淄博市2025年法治建设. */
  name: string;
  /** YYYY-MM-DD */
  asOf: string;
  description: LocalizedText;
}

/** A slug for meta.id from the code and the day, so two datasets of a region stay apart. */
const idOf = (code: string, asOf: string): string => `region-${code}-${asOf.replaceAll('-', '')}`;

export function newRegionDataset(input: NewDatasetInput): Dataset {
  const name = input.name.trim();
  return {
    schemaVersion: SCHEMA_VERSION,
    // Real, not synthetic: every figure it will hold comes from a report or a filled template.
    meta: {
      id: idOf(input.code, input.asOf),
      name: { zh: name, en: name },
      synthetic: false,
      asOf: input.asOf,
      description: input.description,
    },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    documents: [],
    units: regionUnits(input.table, input.code),
    records: [],
  };
}

/** How many units of each kind a pick brings, for the preview before creating it. */
export function countUnits(units: readonly Unit[]): { units: number; cities: number; counties: number } {
  return {
    units: units.length,
    cities: units.filter((u) => u.level === 'city').length,
    counties: units.filter((u) => u.level !== 'city' && u.level !== 'province').length,
  };
}

export const todayIso = (d = new Date()): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
