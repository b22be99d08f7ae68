/** Every kind of key appears once: ids, codes, unit-years, and ids listed within a record. */
import type { CheckContext } from './problem.ts';

function once<T>(items: readonly T[], keyOf: (item: T) => string, pathOf: (i: number) => string, ctx: CheckContext): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) ctx.add({ path: pathOf(i), code: 'duplicate', subject: key });
    seen.add(key);
  });
}

export function checkDuplicates(ctx: CheckContext): void {
  const { ds } = ctx;
  once(
    ds.indicators,
    (x) => x.id,
    (i) => `indicators[${i}].id`,
    ctx,
  );
  once(
    ds.weaknessCategories,
    (x) => x.id,
    (i) => `weaknessCategories[${i}].id`,
    ctx,
  );
  once(
    ds.documents ?? [],
    (x) => x.id,
    (i) => `documents[${i}].id`,
    ctx,
  );
  once(
    ds.units,
    (x) => x.code,
    (i) => `units[${i}].code`,
    ctx,
  );
  once(
    ds.records,
    (r) => `${r.unit}/${r.year}`,
    (i) => `records[${i}]`,
    ctx,
  );
  ds.records.forEach((r, i) => {
    if (r.approx && r.approx.length > 1)
      once(
        r.approx,
        (x) => x,
        (j) => `records[${i}].approx[${j}]`,
        ctx,
      );
    if (r.weaknesses && r.weaknesses.length > 1)
      once(
        r.weaknesses,
        (x) => x,
        (j) => `records[${i}].weaknesses[${j}]`,
        ctx,
      );
    const evidence = r.evidence;
    if (evidence && evidence.length > 1) {
      // The same quote for the same thing twice would count twice wherever quotes are counted.
      once(
        evidence,
        (e) => JSON.stringify([e.doc, e.quote, e.indicator ?? '', e.weakness ?? '', e.domain ?? '', e.scope ?? '', e.value ?? '']),
        (j) => `records[${i}].evidence[${j}]`,
        ctx,
      );
    }
  });
}
