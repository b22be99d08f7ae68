/**
 * Matches a boundary source's counties (named by province, city and county, in an older edition of
 * GB/T 2260) to today's county-level units: by name within the same city first, then with the
 * city's name taken off the front (龙岩市永定区 → 永定区), then by the name without its 县/区/市
 * ending (a 县 that became a 区 or a 市 is the same place), then anywhere with the same city
 * name (a city filed under the wrong province), then by the source's own code.
 */
import { type RegionTable, type TableRegion } from '../regionTable.ts';
import { provinceCodeOf } from '../regions.ts';

export interface SourcePlace {
  province: string;
  city: string | null;
  name: string;
  id: string | null;
}

const ENDING = /(自治县|自治旗|特区|林区|县|区|市|旗)$/;
const shortName = (name: string): string => name.replace(/(省|市|地区|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '');
export const baseName = (name: string): string => (name.length > 2 ? name.replace(ENDING, '') : name);

const cityOf = (table: RegionTable, r: TableRegion): TableRegion | undefined =>
  r.parent === null ? undefined : table.byCode.get(r.parent)?.level === 'city' ? table.byCode.get(r.parent) : undefined;
const provinceOf = (table: RegionTable, r: TableRegion): TableRegion | undefined => table.byCode.get(provinceCodeOf(r.code));

/** The unit a source county is, or null. `units` are the county-level units that get tiles. */
export function matchPlace(table: RegionTable, units: readonly TableRegion[], place: SourcePlace): TableRegion | null {
  const cityShort = place.city ? shortName(place.city) : null;
  let name = place.name;
  if (place.city && name.startsWith(place.city) && name.length > place.city.length + 1) name = name.slice(place.city.length);
  else if (cityShort && name.startsWith(`${cityShort}市`) && name.length > cityShort.length + 2) name = name.slice(cityShort.length + 1);
  const inProvince = (r: TableRegion) => (provinceOf(table, r)?.name ?? '').startsWith(place.province);
  const inCity = (r: TableRegion) => {
    const city = cityOf(table, r);
    if (!cityShort) return city === undefined;
    return city ? shortName(city.name) === cityShort : shortName(r.name) === cityShort;
  };
  const tiers: Array<(r: TableRegion) => boolean> = [
    (r) => inProvince(r) && inCity(r) && r.name === name,
    (r) => inProvince(r) && inCity(r) && baseName(r.name) === baseName(name),
    (r) => inProvince(r) && r.name === name && !inCity(r) && cityOf(table, r) === undefined,
    (r) => inCity(r) && r.name === name,
    (r) => inCity(r) && baseName(r.name) === baseName(name),
    // 盘县 → 盘州市, 彬县 → 彬州市, 横县 → 横州市: the same place raised to a city.
    (r) => inProvince(r) && inCity(r) && baseName(r.name) === `${baseName(name)}州`,
    // Moved to another city of the province (公主岭市 from 四平 to 长春).
    (r) => inProvince(r) && r.name === name,
  ];
  for (const tier of tiers) {
    const found = units.filter(tier);
    if (found.length === 1) return found[0] ?? null;
  }
  const byId = place.id ? units.find((u) => u.code === place.id) : undefined;
  return byId && baseName(byId.name) === baseName(name) ? byId : null;
}

/** The group a unit's tile belongs to: its city; a unit under the province itself (济源, 仙桃) on its own, unless the province has no cities (北京). */
export function tileGroupOf(table: RegionTable, unit: TableRegion): string {
  if (unit.parent === null) return unit.code;
  const parent = table.byCode.get(unit.parent);
  if (parent?.level === 'city') return parent.code;
  const hasCities = table.childrenOf(unit.parent).some((c) => c.level === 'city');
  return hasCities ? unit.code : unit.parent;
}
