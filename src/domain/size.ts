import type { Unit } from '../contract/schema.ts';
import { valueOf, type Model } from './model.ts';

export type SizeMeasure = 'officers' | 'entities' | 'population';

const indicatorFor: Record<SizeMeasure, string | null> = {
  officers: 'enforcement_officers',
  entities: 'supervised_entities',
  population: null,
};

/** A unit's size for a year: that year's reported figure, else the unit's standing figure. */
export function sizeOf(model: Model, unit: Unit, year: number, measure: SizeMeasure): number | null {
  const id = indicatorFor[measure];
  const reported = id ? valueOf(model, unit.code, year, id) : null;
  return reported ?? unit[measure] ?? null;
}
