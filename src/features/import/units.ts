/**
 * The fallbacks beside the GB/T 2260 table. The import screen loads the whole table lazily
 * (data/regionTable.ts) and places each report over it (placement.ts); when the table did not
 * load, a report's region is looked up among the dataset's units by name (suggestUnit). A code the
 * user types is checked (isUnitCode), and a unit placed by no table is added with its province,
 * named from the code, and its city when the report names it (unitsToAdd).
 */
import type { Dataset, Level, Unit } from '../../contract/schema.ts';
import { cityCodeOf, provinceCodeOf } from '../../domain/regions.ts';
import type { DetectedUnit } from './types.ts';

/** Province-level names by the code's first two digits (GB/T 2260). */
export const PROVINCES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
};

export const isUnitCode = (code: string): boolean => /^\d{6}$/.test(code) && PROVINCES[code.slice(0, 2)] !== undefined;

/** The dataset's unit for a report's region, when exactly one matches (its parent narrowing it). */
export function suggestUnit(dataset: Dataset, detected: DetectedUnit | null): string | null {
  if (!detected) return null;
  const byCode = new Map(dataset.units.map((u) => [u.code, u]));
  let found = dataset.units.filter((u) => u.name === detected.region);
  for (const above of [detected.parentRegion, detected.province]) {
    if (!above || found.length <= 1) continue;
    const narrowed = found.filter((u) => {
      for (let p = u.parent; p; p = byCode.get(p)?.parent ?? null) if (byCode.get(p)?.name === above) return true;
      return false;
    });
    if (narrowed.length > 0) found = narrowed;
  }
  return found.length === 1 ? (found[0]?.code ?? null) : null;
}

/** A level from the code and the name's suffix, for a unit the dataset does not have. */
export function guessLevel(code: string, name: string): Level {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  if (/区$/.test(name)) return 'district';
  if (/(?:县|旗)$/.test(name)) return 'county';
  if (/市$/.test(name)) return 'county_city';
  return 'county';
}

/**
 * The units to add so `code` can be referred to: the unit itself and, where the dataset lacks
 * them, its province (name from the code) and its city (when the report names it).
 */
export function unitsToAdd(dataset: Dataset, code: string, name: string, level: Level | null, parentName?: string): Unit[] {
  const have = new Set(dataset.units.map((u) => u.code));
  if (have.has(code)) return [];
  const out: Unit[] = [];
  const provCode = provinceCodeOf(code);
  const cityCode = cityCodeOf(code);
  const lvl = level ?? guessLevel(code, name);
  if (code !== provCode && !have.has(provCode) && PROVINCES[code.slice(0, 2)]) {
    out.push({ code: provCode, name: PROVINCES[code.slice(0, 2)] ?? provCode, level: 'province', parent: null });
    have.add(provCode);
  }
  let parent: string | null = have.has(provCode) ? provCode : null;
  if (code !== cityCode && lvl !== 'city' && lvl !== 'province') {
    if (have.has(cityCode)) parent = cityCode;
    else if (parentName && /(?:市|州|盟|地区)$/.test(parentName)) {
      out.push({ code: cityCode, name: parentName, level: 'city', parent });
      parent = cityCode;
    }
  }
  if (code === provCode) parent = null;
  out.push({ code, name: name || code, level: code === provCode ? 'province' : lvl, parent });
  return out;
}
