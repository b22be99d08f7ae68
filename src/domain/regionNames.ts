/**
 * Reading a written place phrase against GB/T 2260: which regions it names, innermost first.
 * Reports write names with and without their suffix (温州卫生健康委员会, 重庆开州区), with the
 * province or city in front or not (新乡市卫滨区, 上海市普陀区), and with words before them that
 * are no name (2025年度上海市…, a signatory's name before 新县). A phrase is a region only
 * where the table knows it.
 */
import { ancestorsIn, type RegionTable, type TableRegion } from './regionTable.ts';

/** Suffixes a name is written without: 温州(市), 广西(壮族自治区), 石林(彝族自治县). */
const SUFFIX = /(?:特别行政区|(?:[\u4e00-\u9fa5]{1,6}?族)*自治(?:区|州|县|旗)|省|市|地区|盟|县|区|旗)$/;

interface NameIndex {
  exact: Map<string, TableRegion[]>;
  short: Map<string, TableRegion[]>;
}

const indexes = new WeakMap<RegionTable, NameIndex>();

function add(map: Map<string, TableRegion[]>, name: string, r: TableRegion): void {
  map.set(name, [...(map.get(name) ?? []), r]);
}

export function shortName(name: string): string {
  const s = name.replace(SUFFIX, '');
  return s.length >= 2 ? s : name;
}

function indexOf(table: RegionTable): NameIndex {
  let idx = indexes.get(table);
  if (!idx) {
    idx = { exact: new Map(), short: new Map() };
    for (const r of table.regions) {
      add(idx.exact, r.name, r);
      const s = shortName(r.name);
      if (s !== r.name) add(idx.short, s, r);
    }
    indexes.set(table, idx);
  }
  return idx;
}

/** Regions the whole string names: its exact name first, else the name without its suffix. */
function named(idx: NameIndex, s: string): TableRegion[] {
  return idx.exact.get(s) ?? idx.short.get(s) ?? [];
}

export interface PhraseReading {
  /** Regions the innermost name can be (several: 普陀区 is in 上海 and 舟山). */
  candidates: TableRegion[];
  /** The innermost name as written. */
  name: string;
  /** Regions named before it (the province or city in front). */
  above: TableRegion[];
  /** What is left in front that names nothing. */
  rest: string;
}

/** The longest tail of `phrase` that the table knows (at least two characters). */
function longestKnownTail(idx: NameIndex, phrase: string): { name: string; regions: TableRegion[] } | null {
  for (let i = 0; i + 2 <= phrase.length; i++) {
    const s = phrase.slice(i);
    const regions = named(idx, s);
    if (regions.length > 0) return { name: s, regions };
  }
  return null;
}

/** Reads a place phrase from its end: the innermost name, then any names in front of it. */
export function readPlacePhrase(table: RegionTable, phrase: string): PhraseReading | null {
  const idx = indexOf(table);
  const inner = longestKnownTail(idx, phrase);
  if (!inner) return null;
  const above: TableRegion[] = [];
  let rest = phrase.slice(0, phrase.length - inner.name.length);
  for (let guard = 0; guard < 3 && rest.length >= 2; guard++) {
    const next = longestKnownTail(idx, rest);
    if (!next) break;
    above.push(...next.regions);
    rest = rest.slice(0, rest.length - next.name.length);
  }
  return { candidates: inner.regions, name: inner.name, above, rest };
}

/** Candidates that lie under one of the regions named above them (when any does). */
export function narrowByAbove(table: RegionTable, candidates: readonly TableRegion[], above: readonly TableRegion[]): TableRegion[] {
  if (candidates.length <= 1 || above.length === 0) return [...candidates];
  const codes = new Set(above.map((a) => a.code));
  const under = candidates.filter((c) => ancestorsIn(table, c.code).some((a) => a.code !== c.code && codes.has(a.code)));
  return under.length > 0 ? under : [...candidates];
}

/** Candidates under a region written by name (the unit's stated province or parent city). */
export function narrowByName(table: RegionTable, candidates: readonly TableRegion[], name: string | undefined): TableRegion[] {
  if (!name || candidates.length <= 1) return [...candidates];
  const idx = indexOf(table);
  const codes = new Set(named(idx, name).map((r) => r.code));
  const under = candidates.filter((c) => ancestorsIn(table, c.code).some((a) => a.code !== c.code && codes.has(a.code)));
  return under.length > 0 ? under : [...candidates];
}

/**
 * The national-level new areas (国家级新区) that GB/T 2260 gives no code of their own, and the
 * region whose documents they stand as. Those with a code (浦东新区, 滨海新区, 兰州新区) are
 * read from the table like any district.
 */
export const NEW_AREA_PARENTS: Readonly<Record<string, string>> = {
  两江新区: '重庆市',
  舟山群岛新区: '舟山市',
  南沙新区: '广州市',
  西咸新区: '西安市',
  贵安新区: '贵阳市',
  西海岸新区: '青岛市',
  金普新区: '大连市',
  天府新区: '成都市',
  湘江新区: '长沙市',
  江北新区: '南京市',
  福州新区: '福州市',
  滇中新区: '昆明市',
  哈尔滨新区: '哈尔滨市',
  长春新区: '长春市',
  赣江新区: '南昌市',
  雄安新区: '保定市',
};

/** A zone written as 新区/开发区/高新区/园区: a place inside a region, not one of its own. */
export const ZONE = /(?:新区|开发区|高新区|经开区|示范区|试验区|园区|管委会)$/;

/** The region a zone without a code of its own belongs to: a listed new area, else a region named before it. */
export function parentOfZone(table: RegionTable, phrase: string): { zone: string; parent: TableRegion } | null {
  const idx = indexOf(table);
  for (const [zone, parentName] of Object.entries(NEW_AREA_PARENTS)) {
    if (!phrase.endsWith(zone)) continue;
    const parent = named(idx, parentName)[0];
    if (parent) return { zone, parent };
  }
  const m = /([\u4e00-\u9fa5]{2,10}?(?:新区|开发区|高新区|经开区|示范区|试验区|园区))$/.exec(phrase);
  if (!m) return null;
  const zone = m[1] ?? '';
  const before = longestKnownTail(idx, phrase.slice(0, phrase.length - zone.length));
  // 大连金普新区 → 大连市; a zone whose own first characters name its city (邯郸冀南新区 has a code).
  const parent = before?.regions.length === 1 ? before.regions[0] : undefined;
  if (parent) return { zone, parent };
  for (let n = 2; n <= 3 && n < zone.length; n++) {
    const regions = named(idx, zone.slice(0, n));
    if (regions.length === 1 && regions[0]) return { zone, parent: regions[0] };
  }
  return null;
}
