/**
 * Dates and years are plausible: `asOf` and document dates are real calendar days, and nothing
 * is dated after the data's `asOf` (figures for a year cannot be known before it has begun).
 */
import type { CheckContext } from './problem.ts';

/** YYYY-MM-DD that names a real day (valibot's isoDate lets 2025-02-30 through). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function checkDates(ctx: CheckContext): void {
  const { ds, add } = ctx;
  const asOf = ds.meta.asOf;
  if (!isCalendarDate(asOf)) {
    add({ path: 'meta.asOf', code: 'bad_date', received: asOf, expected: 'YYYY-MM-DD' });
    return;
  }
  const lastYear = Number(asOf.slice(0, 4));
  const yearAfter = (path: string, year: number): void => {
    if (year > lastYear) add({ path, code: 'after_as_of', received: String(year), expected: asOf });
  };
  ds.records.forEach((r, i) => yearAfter(`records[${i}].year`, r.year));
  (ds.documents ?? []).forEach((d, i) => {
    if (d.year !== undefined) yearAfter(`documents[${i}].year`, d.year);
    if (d.date === undefined) return;
    if (!isCalendarDate(d.date)) add({ path: `documents[${i}].date`, code: 'bad_date', received: d.date, expected: 'YYYY-MM-DD' });
    else if (d.date > asOf) add({ path: `documents[${i}].date`, code: 'after_as_of', received: d.date, expected: asOf });
  });
}
