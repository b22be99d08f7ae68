/**
 * Who reported which weakness when. "Recurring" (DOMAIN.md): the same unit reports the same
 * category in more than one year; consecutive years weigh most.
 */
import type { Unit } from '../contract/schema.ts';
import { recordOf, type Model } from './model.ts';

export function reported(model: Model, code: string, year: number, category: string): boolean {
  return recordOf(model, code, year)?.weaknesses?.includes(category) ?? false;
}

/** How many consecutive years up to and including `year` the unit reported the category. */
export function streak(model: Model, code: string, year: number, category: string): number {
  let n = 0;
  for (let y = year; reported(model, code, y, category); y--) n += 1;
  return n;
}

export interface CategoryCount {
  category: string;
  /** Units reporting it this year. */
  units: number;
  /** Of those, units that also reported it the year before. */
  recurring: number;
}

export function weaknessCounts(model: Model, units: readonly Unit[], year: number): CategoryCount[] {
  const counts = new Map<string, CategoryCount>();
  for (const c of model.dataset.weaknessCategories) counts.set(c.id, { category: c.id, units: 0, recurring: 0 });
  for (const u of units) {
    for (const w of recordOf(model, u.code, year)?.weaknesses ?? []) {
      const c = counts.get(w);
      if (!c) continue;
      c.units += 1;
      if (reported(model, u.code, year - 1, w)) c.recurring += 1;
    }
  }
  return [...counts.values()].sort((a, b) => b.units - a.units || b.recurring - a.recurring);
}
