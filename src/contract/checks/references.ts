/**
 * Every reference resolves: documents → units, units → parents (without cycles), records →
 * units, and a record's domains, scopes, approx and weaknesses → the catalogue. Evidence
 * references are checked with the evidence (evidence.ts).
 */
import type { CheckContext } from './problem.ts';

export function checkUnitTree(ctx: CheckContext): void {
  const { ds, units, add } = ctx;
  ds.units.forEach((u, i) => {
    if (u.parent !== null && !units.has(u.parent)) add({ path: `units[${i}].parent`, code: 'unknown_parent', subject: u.parent });
  });
  // A parent chain that comes back on itself never reaches a top unit: the tree (and every
  // scope built on it) would loop. Each unit is walked once overall; a cycle is reported once,
  // at the unit where the walk first came back.
  const indexOf = new Map<string, number>();
  ds.units.forEach((u, i) => {
    if (!indexOf.has(u.code)) indexOf.set(u.code, i);
  });
  const settled = new Set<string>();
  for (const u of ds.units) {
    const path = new Set<string>();
    let code: string | null = u.code;
    while (code !== null && !settled.has(code) && !path.has(code)) {
      path.add(code);
      code = units.get(code)?.parent ?? null;
    }
    if (code !== null && path.has(code)) add({ path: `units[${indexOf.get(code) ?? 0}].parent`, code: 'parent_cycle', subject: code });
    for (const c of path) settled.add(c);
  }
}

export function checkDocumentUnits(ctx: CheckContext): void {
  (ctx.ds.documents ?? []).forEach((d, i) => {
    if (d.unit !== undefined && !ctx.units.has(d.unit)) ctx.add({ path: `documents[${i}].unit`, code: 'unknown_unit', subject: d.unit });
  });
}

export function checkRecordReferences(ctx: CheckContext): void {
  const { ds, units, indicatorIndex, weaknessIds, add } = ctx;
  const n = ds.indicators.length;
  ds.records.forEach((r, i) => {
    const at = `records[${i}]`;
    if (!units.has(r.unit)) add({ path: `${at}.unit`, code: 'unknown_unit', subject: r.unit });
    if (r.values.length !== n) add({ path: `${at}.values`, code: 'values_length', expected: String(n), received: String(r.values.length) });
    if (r.domains) {
      for (const indId of Object.keys(r.domains)) {
        if (!indicatorIndex.has(indId)) add({ path: `${at}.domains.${indId}`, code: 'unknown_indicator', subject: indId });
      }
    }
    if (r.scopes) {
      for (const indId of Object.keys(r.scopes)) {
        if (!indicatorIndex.has(indId)) add({ path: `${at}.scopes.${indId}`, code: 'unknown_indicator', subject: indId });
      }
    }
    r.approx?.forEach((indId, j) => {
      if (!indicatorIndex.has(indId)) add({ path: `${at}.approx[${j}]`, code: 'unknown_indicator', subject: indId });
    });
    r.weaknesses?.forEach((w, j) => {
      if (!weaknessIds.has(w)) add({ path: `${at}.weaknesses[${j}]`, code: 'unknown_weakness', subject: w });
    });
  });
}
