import type { Unit } from '../contract/schema.ts';
import { ancestors, cityOf, type Model } from './model.ts';

/**
 * Where a unit sits, for the league's 所属市 column: its city, or the region it sits directly
 * under when it has no city (胡杨河市 under 新疆, 济源 under 河南), never an empty cell; with its
 * province in front when the list spans provinces (national scope), so 朝阳区 says which one.
 */
export function placeOf(model: Model, code: string, withProvince: boolean): string {
  const unit = model.unitByCode.get(code);
  if (!unit) return '';
  const up = ancestors(model, code);
  const province = up.find((u) => u.level === 'province');
  const near: Unit | undefined = cityOf(model, code) ?? up[0];
  const parts = [withProvince && province && province !== near ? province.name : null, near?.name ?? null];
  return parts.filter((p): p is string => p !== null && p !== '').join(' ');
}

/** Whether the units lie in more than one province (the league then names each one's province). */
export function spansProvinces(model: Model, units: readonly Unit[]): boolean {
  const seen = new Set<string>();
  for (const u of units) {
    seen.add(ancestors(model, u.code).find((a) => a.level === 'province')?.code ?? (u.level === 'province' ? u.code : ''));
    if (seen.size > 1) return true;
  }
  return false;
}
