/**
 * An indexed view of a dataset: lookups by unit, year and indicator that every screen shares.
 * Built once per dataset object (memoised), pure TypeScript, no React.
 */
import type { Dataset, Indicator, Level, Unit, UnitYearRecord, WeaknessCategory } from '../contract/schema.ts';

export interface Model {
  dataset: Dataset;
  indicatorIndex: ReadonlyMap<string, number>;
  indicatorById: ReadonlyMap<string, Indicator>;
  weaknessById: ReadonlyMap<string, WeaknessCategory>;
  unitByCode: ReadonlyMap<string, Unit>;
  childrenOf: ReadonlyMap<string | null, Unit[]>;
  recordByKey: ReadonlyMap<string, UnitYearRecord>;
  /**
   * The same records by year, then unit code: recordOf runs millions of times at national scale
   * (every unit × indicator × year of a league or a trend), and a key string built per lookup
   * was most of its cost.
   */
  recordsByYear: ReadonlyMap<number, ReadonlyMap<string, UnitYearRecord>>;
  /** Years with at least one record, ascending. */
  years: number[];
}

const cache = new WeakMap<Dataset, Model>();

export function buildModel(dataset: Dataset): Model {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const indicatorIndex = new Map<string, number>();
  const indicatorById = new Map<string, Indicator>();
  dataset.indicators.forEach((ind, i) => {
    indicatorIndex.set(ind.id, i);
    indicatorById.set(ind.id, ind);
  });
  const unitByCode = new Map<string, Unit>();
  const childrenOf = new Map<string | null, Unit[]>();
  for (const u of dataset.units) {
    unitByCode.set(u.code, u);
    const list = childrenOf.get(u.parent);
    if (list) list.push(u);
    else childrenOf.set(u.parent, [u]);
  }
  const recordByKey = new Map<string, UnitYearRecord>();
  const recordsByYear = new Map<number, Map<string, UnitYearRecord>>();
  for (const r of dataset.records) {
    recordByKey.set(`${r.unit}/${r.year}`, r);
    const ofYear = recordsByYear.get(r.year);
    if (ofYear) ofYear.set(r.unit, r);
    else recordsByYear.set(r.year, new Map([[r.unit, r]]));
  }
  const model: Model = {
    dataset,
    indicatorIndex,
    indicatorById,
    weaknessById: new Map(dataset.weaknessCategories.map((w) => [w.id, w])),
    unitByCode,
    childrenOf,
    recordByKey,
    recordsByYear,
    years: [...recordsByYear.keys()].sort((a, b) => a - b),
  };
  cache.set(dataset, model);
  return model;
}

/**
 * Order of administrative codes (digit strings): by code point, not localeCompare. The same order
 * for digits, but a first localeCompare builds an ICU collator: 6–12 ms on a cold overview load.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function recordOf(model: Model, code: string, year: number): UnitYearRecord | undefined {
  return model.recordsByYear.get(year)?.get(code);
}

/** The reported value, or null when the unit did not report it (never 0 for missing). */
export function valueOf(model: Model, code: string, year: number, indicatorId: string): number | null {
  const i = model.indicatorIndex.get(indicatorId);
  if (i === undefined) return null;
  return recordOf(model, code, year)?.values[i] ?? null;
}

export function isApprox(record: UnitYearRecord | undefined, indicatorId: string): boolean {
  return record?.approx?.includes(indicatorId) ?? false;
}

/** A unit and everything below it. */
export function subtree(model: Model, code: string): Unit[] {
  const root = model.unitByCode.get(code);
  if (!root) return [];
  const out: Unit[] = [];
  const stack: Unit[] = [root];
  while (stack.length) {
    const u = stack.pop();
    if (!u) break;
    out.push(u);
    for (const c of model.childrenOf.get(u.code) ?? []) stack.push(c);
  }
  return out;
}

export function ancestors(model: Model, code: string): Unit[] {
  const out: Unit[] = [];
  const seen = new Set<string>();
  let cur = model.unitByCode.get(code);
  while (cur?.parent && !seen.has(cur.parent)) {
    seen.add(cur.parent);
    const p = model.unitByCode.get(cur.parent);
    if (!p) break;
    out.push(p);
    cur = p;
  }
  return out;
}

export type LevelFilter = Level | 'all';

/**
 * Peer groups for fair comparison: counties with counties (a county-level city counts as a
 * county, as 县(市) in the offices' own tables), districts with districts, cities with cities.
 */
export type PeerGroup = 'province' | 'city' | 'district' | 'county';
export function peerGroupOf(level: Level): PeerGroup {
  return level === 'county_city' ? 'county' : level;
}

export function matchesLevel(unit: Unit, level: LevelFilter): boolean {
  if (level === 'all') return true;
  if (level === 'county') return unit.level === 'county' || unit.level === 'county_city';
  return unit.level === level;
}

/** Units in a scope (the scope unit and all below; every unit when scope is null), by level. */
export function unitsInScope(model: Model, scope: string | null, level: LevelFilter = 'all'): Unit[] {
  const base = scope && model.unitByCode.has(scope) ? subtree(model, scope) : model.dataset.units;
  return base.filter((u) => matchesLevel(u, level));
}

/** The city a unit sits in (itself for a city), for grouping and the league's parent column. */
export function cityOf(model: Model, code: string): Unit | undefined {
  const u = model.unitByCode.get(code);
  if (!u) return undefined;
  if (u.level === 'city') return u;
  return ancestors(model, code).find((a) => a.level === 'city');
}

/**
 * The scope to start from: the region the dataset is about. From the single top unit down through
 * units that hold only one unit and report nothing themselves: a dataset made for 杭州市 lists
 * 浙江省 above it, and opens on 杭州市, not on a province with 77 tiles outside it. Several top
 * units: everything.
 */
export function defaultScope(model: Model): string | null {
  const roots = model.childrenOf.get(null) ?? [];
  const root = roots.length === 1 ? roots[0] : undefined;
  if (!root) return null;
  const reports = (code: string) => model.years.some((y) => model.recordByKey.has(`${code}/${y}`));
  let cur: Unit = root;
  for (let depth = 0; depth < 8; depth++) {
    const kids: readonly Unit[] = model.childrenOf.get(cur.code) ?? [];
    const only: Unit | undefined = kids.length === 1 ? kids[0] : undefined;
    if (!only || reports(cur.code)) break;
    cur = only;
  }
  return cur.code;
}

export function latestYear(model: Model): number | null {
  return model.years.length ? (model.years[model.years.length - 1] ?? null) : null;
}
