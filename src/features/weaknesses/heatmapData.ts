/**
 * The weakness heatmap's rows and cells, computed from the model: pure, tested without a DOM.
 *
 * Unit rows: one per unit in scope with a record in the window, grouped by city (a header row
 * per city), cities by their units' mean burden, units by burden. Above MAX_UNIT_ROWS units the
 * rows become cities (or provinces, when even the cities are too many): a cell is the share of
 * the group's units reporting the weakness.
 */
import type { Unit, WeaknessCategory } from '../../contract/schema.ts';
import { evidenceFor, type EvidenceItem } from '../../domain/evidence.ts';
import { cityOf, compareCodes, recordOf, unitsInScope, type LevelFilter, type Model } from '../../domain/model.ts';
import { provinceOf } from '../../domain/peers.ts';
import { runEndingAt, weaknessCell, yearsReported, yearWindow } from '../../domain/recurrence.ts';
import { reported } from '../../domain/weaknesses.ts';
import { readSearch, type SearchOf } from '../../view/routes.ts';

export type HeatmapMode = SearchOf<'weaknesses'>['mode'];
export type Aggregation = 'unit' | 'city' | 'province';

/** More unit rows than this cannot be read on one screen: rows become cities. */
export const MAX_UNIT_ROWS = 60;

/** The heatmap's mode as its link says (`mode=year`), read by the route table. */
export const readMode = (value: string | null): HeatmapMode =>
  readSearch('weaknesses', new URLSearchParams(value ? [['mode', value]] : [])).mode;

export interface HeatCell {
  /**
   * Unit rows: years reported in the window (count mode) or 1/0 (year mode).
   * Group rows: percent of the group's units (with a record) reporting it.
   */
  value: number;
  /** Units reporting it (1/0 for a unit row). */
  units: number;
  /** Units with a record in the period (the group's denominator; 1/0 for a unit row). */
  of: number;
  /** Units for which it is recurring. */
  recurring: number;
  /** Unit rows: the window years in which it was reported. */
  years: number[];
  /** Unit rows: the longest run of consecutive years (count mode) or the run ending this year (year mode). */
  run: number;
}

export interface HeatRow {
  key: string;
  kind: 'unit' | 'group' | 'header';
  /** The unit's code, or the group's (city or province) code. */
  code: string;
  name: string;
  unit: Unit | undefined;
  /** The units behind the row (one for a unit row; none for a header). */
  members: Unit[];
  /** Unit rows: weakness-years (count mode) or weaknesses (year mode). Group rows: the mean over units. */
  burden: number;
  /** Unit rows: window years with a record. Group rows: units with a record in the period. */
  reports: number;
  cells: HeatCell[];
}

export interface HeatmapData {
  mode: HeatmapMode;
  year: number;
  years: number[];
  aggregation: Aggregation;
  categories: WeaknessCategory[];
  /** Display order, top to bottom, header rows included. */
  rows: HeatRow[];
  /** Units reporting each category (in the window, or this year in year mode). */
  totals: number[];
  /** Units in the rows. */
  units: Unit[];
}

/** The city a unit belongs to for grouping: its city, else its parent (a municipality, 省直管), else itself. */
function cityKey(model: Model, u: Unit): string {
  return cityOf(model, u.code)?.code ?? u.parent ?? u.code;
}

function hasRecordIn(model: Model, code: string, years: readonly number[]): boolean {
  return years.some((y) => recordOf(model, code, y));
}

function unitRow(
  model: Model,
  u: Unit,
  categories: readonly WeaknessCategory[],
  mode: HeatmapMode,
  year: number,
  years: readonly number[],
): HeatRow {
  const hasYear = recordOf(model, u.code, year) !== undefined;
  const cells = categories.map((c): HeatCell => {
    const cell = weaknessCell(model, u.code, c.id, years);
    if (mode === 'year') {
      const present = cell.present;
      const run = runEndingAt(yearsReported(model, u.code, c.id), year);
      return { value: present ? 1 : 0, units: present ? 1 : 0, of: hasYear ? 1 : 0, recurring: run >= 2 ? 1 : 0, years: cell.years, run };
    }
    return {
      value: cell.years.length,
      units: cell.years.length ? 1 : 0,
      of: 1,
      recurring: cell.recurring ? 1 : 0,
      years: cell.years,
      run: cell.longestRun,
    };
  });
  return {
    key: u.code,
    kind: 'unit',
    code: u.code,
    name: u.name,
    unit: u,
    members: [u],
    burden: cells.reduce((a, c) => a + c.value, 0),
    reports: years.filter((y) => recordOf(model, u.code, y)).length,
    cells,
  };
}

function groupRow(
  model: Model,
  code: string,
  unitRows: HeatRow[],
  categories: readonly WeaknessCategory[],
  mode: HeatmapMode,
  year: number,
): HeatRow {
  const group = model.unitByCode.get(code);
  const members = unitRows.flatMap((r) => r.members);
  const withRecord = mode === 'year' ? unitRows.filter((r) => recordOf(model, r.code, year)) : unitRows;
  const of = withRecord.length;
  const cells = categories.map((_, k): HeatCell => {
    let units = 0;
    let recurring = 0;
    for (const r of withRecord) {
      const c = r.cells[k];
      if (c && c.units > 0) units += 1;
      if (c && c.recurring > 0) recurring += 1;
    }
    return { value: of ? (100 * units) / of : 0, units, of, recurring, years: [], run: 0 };
  });
  return {
    key: `group:${code}`,
    kind: 'group',
    code,
    name: group?.name ?? code,
    unit: group,
    members,
    burden: of ? withRecord.reduce((a, r) => a + r.burden, 0) / of : 0,
    reports: of,
    cells,
  };
}

const byBurden = (a: HeatRow, b: HeatRow): number => b.burden - a.burden || compareCodes(a.code, b.code);

export function buildHeatmap(model: Model, scope: string | null, level: LevelFilter, year: number, mode: HeatmapMode): HeatmapData {
  const years = yearWindow(year);
  const categories = model.dataset.weaknessCategories;
  const units = unitsInScope(model, scope, level).filter((u) => u.level !== 'province' && hasRecordIn(model, u.code, years));
  const unitRows = units.map((u) => unitRow(model, u, categories, mode, year, years));
  const totals = categories.map((_, k) => unitRows.filter((r) => (r.cells[k]?.units ?? 0) > 0).length);

  const groupBy = (keyOf: (u: Unit) => string, drill = false): Map<string, HeatRow[]> => {
    const out = new Map<string, HeatRow[]>();
    for (const r of unitRows) {
      if (!r.unit) continue;
      let key = keyOf(r.unit);
      // A drill-down row that would be the scope itself (a county under the province directly) stands alone.
      if (drill && key === scope) key = r.unit.code;
      const list = out.get(key);
      if (list) list.push(r);
      else out.set(key, [r]);
    }
    return out;
  };

  let aggregation: Aggregation = 'unit';
  let rows: HeatRow[];
  if (unitRows.length <= MAX_UNIT_ROWS) {
    const groups = groupBy((u) => cityKey(model, u));
    const ordered = [...groups].map(([code, list]) => ({
      code,
      list: [...list].sort(byBurden),
      mean: list.reduce((a, r) => a + r.burden, 0) / list.length,
    }));
    ordered.sort((a, b) => b.mean - a.mean || compareCodes(a.code, b.code));
    const headers = ordered.length > 1;
    rows = ordered.flatMap(({ code, list }) => {
      const group = model.unitByCode.get(code);
      const header: HeatRow = {
        key: `header:${code}`,
        kind: 'header',
        code,
        name: group?.name ?? code,
        unit: group,
        members: [],
        burden: 0,
        reports: 0,
        cells: [],
      };
      return headers ? [header, ...list] : list;
    });
  } else {
    let groups = groupBy((u) => cityKey(model, u), true);
    aggregation = 'city';
    if (groups.size > MAX_UNIT_ROWS) {
      const provinces = groupBy((u) => provinceOf(model, u.code)?.code ?? u.code, true);
      if (provinces.size > 1) {
        groups = provinces;
        aggregation = 'province';
      }
    }
    rows = [...groups].map(([code, list]) => groupRow(model, code, list, categories, mode, year)).sort(byBurden);
  }
  return { mode, year, years, aggregation, categories, rows, totals, units };
}

export interface CellEvidence {
  row: HeatRow;
  category: WeaknessCategory;
  /** Newest first; only years in which a unit of the row reported it. */
  byYear: Array<{ year: number; units: Unit[]; items: EvidenceItem[] }>;
}

/** The quotes behind a cell, year by year over the window. */
export function cellEvidence(model: Model, row: HeatRow, category: WeaknessCategory, years: readonly number[]): CellEvidence {
  const byYear = [...years]
    .reverse()
    .map((year) => ({
      year,
      units: row.members.filter((u) => reported(model, u.code, year, category.id)),
      items: evidenceFor(model, row.members, year, { weakness: category.id }),
    }))
    .filter((y) => y.units.length > 0 || y.items.length > 0);
  return { row, category, byYear };
}
