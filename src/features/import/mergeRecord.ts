/**
 * One unit-year record after an add: the record the dataset had, with each planned fact set to the
 * value kept, the quotes of every source that states that value, and the weaknesses of every
 * source. Nothing the sources do not mention changes. A source whose value lost a conflict gives
 * no quote for that fact (its quote would contradict the record); the version made by the add
 * keeps what it said.
 */
import type { Dataset, Evidence, UnitYearRecord } from '../../contract/schema.ts';
import { markSeparateFigures } from '../../domain/separateFigures.ts';
import { SUM_OF_SCOPES } from '../../extract/toDataset.ts';
import { factKeyOf, type FactPlan } from './mergePlan.ts';

export interface WeaknessIn {
  category: string;
  doc: string;
  quote: string;
}

const evidenceKey = (e: Evidence): string =>
  JSON.stringify([e.doc, e.quote, e.indicator ?? '', e.weakness ?? '', e.domain ?? '', e.scope ?? '', e.value ?? '']);

function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = evidenceKey(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A fixed order (catalogue, part, document, quote), so the outcome does not depend on the order sources were added in. */
function canonical(evidence: Evidence[], order: ReadonlyMap<string, number>, weaknessOrder: ReadonlyMap<string, number>): Evidence[] {
  const rank = (e: Evidence): number =>
    e.indicator !== undefined
      ? (order.get(e.indicator) ?? 1e6)
      : 2e6 + (e.weakness !== undefined ? (weaknessOrder.get(e.weakness) ?? 1e6) : 0);
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...evidence].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      cmp(a.domain ?? '', b.domain ?? '') ||
      cmp(a.scope ?? '', b.scope ?? '') ||
      cmp(a.doc, b.doc) ||
      cmp(a.quote, b.quote) ||
      (a.value ?? -1) - (b.value ?? -1),
  );
}

/**
 * A document's scope quotes are the parts its total was summed from when the document states no
 * total of its own, quotes every part the record holds, each at the record's value, and the
 * record's total is their sum.
 */
function markDerived(evidence: Evidence[], indicator: string, total: number | null, parts: Record<string, number>): Evidence[] {
  const partIds = Object.keys(parts);
  const sum = Object.values(parts).reduce((a, b) => a + b, 0);
  const docs = new Set(
    evidence.filter((e) => e.indicator === indicator && e.scope !== undefined && e.domain === undefined).map((e) => e.doc),
  );
  const deriving = new Set<string>();
  for (const doc of docs) {
    const own = evidence.filter((e) => e.doc === doc && e.indicator === indicator && e.domain === undefined);
    const statesTotal = own.some((e) => e.scope === undefined);
    const quotesAll = partIds.length > 0 && partIds.every((p) => own.some((e) => e.scope === p && e.value === parts[p]));
    const onlyThese = own.every((e) => e.scope === undefined || partIds.includes(e.scope));
    if (!statesTotal && quotesAll && onlyThese && total !== null && total === sum) deriving.add(doc);
  }
  return evidence.map((e) => {
    if (e.indicator !== indicator || e.scope === undefined || e.domain !== undefined) return e;
    const summed = deriving.has(e.doc) && e.value === parts[e.scope];
    const { derived: _was, ...rest } = e;
    return summed ? { ...rest, derived: 'sum_of_scopes' } : rest;
  });
}

const isTotalQuote = (e: Evidence): boolean =>
  e.domain === undefined && e.scope === undefined && e.separate !== true && e.derived === undefined;

export function mergeRecord(
  ds: Dataset,
  unit: string,
  year: number,
  before: UnitYearRecord | undefined,
  facts: readonly FactPlan[],
  weaknesses: readonly WeaknessIn[],
): UnitYearRecord {
  const order = new Map(ds.indicators.map((ind, i) => [ind.id, i]));
  const values = before ? [...before.values] : ds.indicators.map(() => null);
  while (values.length < ds.indicators.length) values.push(null);
  const domains: Record<string, Record<string, number>> = {};
  for (const [k, v] of Object.entries(before?.domains ?? {})) domains[k] = { ...v };
  const scopes: Record<string, Record<string, number>> = {};
  for (const [k, v] of Object.entries(before?.scopes ?? {})) scopes[k] = { ...v };
  const approx = new Set(before?.approx ?? []);
  const planned = new Map(facts.map((f) => [f.key, f]));

  // The record's quotes of a fact whose value is replaced go (its further figures with them, as a
  // source that loses a conflict gives none); the others stay.
  let evidence: Evidence[] = (before?.evidence ?? []).filter((e) => {
    const key = factKeyOf(e);
    const f = key ? planned.get(key) : undefined;
    return !f || (f.existing !== null && f.existing.value === f.kept);
  });
  const allApprox = new Map<string, boolean>();
  for (const f of facts) {
    const kept = f.kept;
    if (kept === null) continue;
    const i = order.get(f.indicator);
    if (i === undefined) continue;
    const supporters = [...(f.existing?.value === kept ? [f.existing] : []), ...f.incoming.filter((s) => s.value === kept)];
    for (const s of f.incoming) if (s.value === kept) evidence.push(...s.evidence);
    if (f.domain !== undefined) (domains[f.indicator] ??= {})[f.domain] = kept;
    else if (f.scope !== undefined) (scopes[f.indicator] ??= {})[f.scope] = kept;
    else {
      values[i] = kept;
      allApprox.set(f.indicator, supporters.length > 0 && supporters.every((s) => s.approx));
    }
  }
  evidence = dedupe(evidence);
  // Approximate follows the value kept: listed when every source of it is approximate, or when its only quotes are.
  for (const [indicator, all] of allApprox) {
    const i = order.get(indicator) ?? -1;
    const quotes = evidence.filter((e) => e.indicator === indicator && isTotalQuote(e) && e.value === values[i]);
    const onlyApprox = quotes.length > 0 && quotes.every((e) => e.approx === true);
    if (all || onlyApprox) approx.add(indicator);
    else approx.delete(indicator);
  }

  // Which quotes a total was summed from, decided on the outcome alone (so not on the order of adds).
  for (const indicator of new Set(facts.map((f) => f.indicator)))
    if (SUM_OF_SCOPES.has(indicator))
      evidence = markDerived(evidence, indicator, values[order.get(indicator) ?? -1] ?? null, scopes[indicator] ?? {});

  const weaknessOrder = new Map(ds.weaknessCategories.map((w, i) => [w.id, i]));
  const known = new Set(ds.weaknessCategories.map((w) => w.id));
  const cats = new Set(before?.weaknesses ?? []);
  for (const w of weaknesses) {
    if (!known.has(w.category)) continue;
    cats.add(w.category);
    evidence.push({ weakness: w.category, doc: w.doc, quote: w.quote });
  }
  evidence = canonical(dedupe(evidence), order, weaknessOrder);
  const categories = [...cats].sort((a, b) => (weaknessOrder.get(a) ?? 1e6) - (weaknessOrder.get(b) ?? 1e6));
  const approxList = [...approx].sort((a, b) => (order.get(a) ?? 1e6) - (order.get(b) ?? 1e6));
  const nonEmpty = (o: Record<string, Record<string, number>>) => Object.keys(o).length > 0;
  const { approx: _a, domains: _d, scopes: _s, weaknesses: _w, evidence: _e, ...rest } = before ?? { unit, year, values };
  return markSeparateFigures(
    {
      ...rest,
      unit,
      year,
      values,
      ...(approxList.length ? { approx: approxList } : {}),
      ...(nonEmpty(domains) ? { domains } : {}),
      ...(nonEmpty(scopes) ? { scopes } : {}),
      ...(categories.length ? { weaknesses: categories } : {}),
      ...(evidence.length ? { evidence } : {}),
    },
    ds.indicators,
  );
}
