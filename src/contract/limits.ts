/**
 * How large a dataset the dashboard takes. Every province, city and county-level unit of China is
 * about 3,200 units; the synthetic national dataset (`npm run gen:national`, ~2,900 county-level
 * units × 5 years) draws every screen in a few seconds. Far past it the screens freeze the tab (a
 * 50,000-unit file: 55–60 s for the overview, the page not answering a click for over 30 s), so a
 * file past these limits is refused as it is read, with the limit named, before anything is drawn.
 */
import type { DatasetProblem } from './checks/problem.ts';

/** Units at most: all of China's provinces, cities and county-level units with room to spare. */
export const MAX_UNITS = 5000;
/** Unit-year records at most: the whole country over about fifteen years. */
export const MAX_RECORDS = 50000;

/** The length of an own array property (a `units` key inherited from a prototype is none). */
const lengthOf = (o: object, key: string): number => {
  const v: unknown = Object.getOwnPropertyDescriptor(o, key)?.value;
  return Array.isArray(v) ? v.length : 0;
};

/** The limits a parsed JSON value breaks (checked before the contract, which is the slow part). */
export function sizeProblems(input: unknown): DatasetProblem[] {
  if (typeof input !== 'object' || input === null) return [];
  const out: DatasetProblem[] = [];
  const units = lengthOf(input, 'units');
  const records = lengthOf(input, 'records');
  if (units > MAX_UNITS)
    out.push({ path: 'units', code: 'too_many', subject: 'units', expected: String(MAX_UNITS), received: String(units) });
  if (records > MAX_RECORDS)
    out.push({ path: 'records', code: 'too_many', subject: 'records', expected: String(MAX_RECORDS), received: String(records) });
  return out;
}
