/**
 * What adding reviewed items to a dataset would do, figure by figure, before anything is added.
 * A unit-year's figures are facts: an indicator's total, a domain part (domains), a double-random
 * part (scopes). For each fact the sources speak of, the plan holds the dataset's value (with its
 * quotes) and every item's value (with its file and quotes):
 * - **new**: the dataset has no value and the sources agree;
 * - **confirmed**: the sources state the value the dataset holds (their quotes are added);
 * - **conflict**: two values differ. The user keeps one (`choices`, by value, so the choice does
 *   not depend on the order the sources came in); until then nothing is added.
 * A fact no source mentions is not in the plan and keeps its value and evidence.
 */
import type { Dataset, Evidence, Indicator, UnitYearRecord } from '../../contract/schema.ts';
import { withCatalogueFor } from './catalogueFor.ts';
import { evidenceOf, indicatorValues } from '../../extract/toDataset.ts';
import type { ReviewItem } from './types.ts';

export type FactStatus = 'new' | 'confirmed' | 'conflict';

/** `v:<indicator>` a total, `d:<indicator>:<domain>` a domain part, `s:<indicator>:<scope>` a scope part. */
export type FactKey = string;

export const totalKey = (indicator: string): FactKey => `v:${indicator}`;

export function factKeyOf(e: { indicator?: string | undefined; domain?: string | undefined; scope?: string | undefined }): FactKey | null {
  if (e.indicator === undefined) return null;
  if (e.domain !== undefined) return `d:${e.indicator}:${e.domain}`;
  if (e.scope !== undefined) return `s:${e.indicator}:${e.scope}`;
  return totalKey(e.indicator);
}

/** unit/year/fact: what a conflict choice is stored under. */
export const choiceKey = (unit: string, year: number, key: FactKey): string => `${unit}/${year}/${key}`;

export interface FactSource {
  value: number;
  approx: boolean;
  /** The evidence this source gives for the fact (quotes of a report, cells of a template). */
  evidence: Evidence[];
}

export interface IncomingSource extends FactSource {
  item: string;
  file: string;
  doc: string;
}

export interface FactPlan {
  unit: string;
  year: number;
  key: FactKey;
  indicator: string;
  domain?: string;
  scope?: string;
  existing: FactSource | null;
  incoming: IncomingSource[];
  status: FactStatus;
  /** Distinct values stated, the dataset's first. */
  values: number[];
  /** The value kept: the one value, or the user's choice in a conflict (null until chosen). */
  kept: number | null;
}

export interface MergeCounts {
  /** Facts the dataset did not have. */
  created: number;
  /** Facts stated again with the value the dataset holds. */
  confirmed: number;
  /** Facts whose sources disagree. */
  conflicts: number;
  /** Conflicts with no choice yet. */
  unresolved: number;
}

export interface MergePlan {
  facts: FactPlan[];
  counts: MergeCounts;
  /** Indicators the dataset's catalogue lacks and the adding brings in (catalogueFor.ts). */
  newIndicators: Indicator[];
}

/** One item's facts: its accepted figures as a record's values would hold them (the first stated total wins within a report). */
export function itemFacts(
  indicators: Dataset['indicators'],
  item: ReviewItem,
): Map<FactKey, { value: number; approx: boolean; evidence: Evidence[] }> {
  const known = new Set(indicators.map((i) => i.id));
  const figures = item.figures.filter((f) => f.decision === 'accepted' && known.has(f.indicator));
  const iv = indicatorValues(indicators, figures, 'first');
  const out = new Map<FactKey, { value: number; approx: boolean; evidence: Evidence[] }>();
  indicators.forEach((ind, i) => {
    const v = iv.values[i];
    if (v !== null && v !== undefined) out.set(totalKey(ind.id), { value: v, approx: iv.approx.includes(ind.id), evidence: [] });
    for (const [d, value] of Object.entries(iv.domains[ind.id] ?? {})) out.set(`d:${ind.id}:${d}`, { value, approx: false, evidence: [] });
    for (const [s, value] of Object.entries(iv.scopes[ind.id] ?? {})) out.set(`s:${ind.id}:${s}`, { value, approx: false, evidence: [] });
  });
  for (const f of figures) {
    const key = factKeyOf(f);
    const fact = key ? out.get(key) : undefined;
    if (!fact) continue;
    const derived = iv.derived.has(f.indicator) && f.scope !== undefined && !f.domain;
    fact.evidence.push(evidenceOf(item.doc, f, derived));
    if (key?.startsWith('d:') || key?.startsWith('s:')) fact.approx ||= f.approx;
  }
  return out;
}

/** The facts a record holds, each with the evidence that speaks of it. */
export function recordFacts(indicators: Dataset['indicators'], r: UnitYearRecord | undefined): Map<FactKey, FactSource> {
  const out = new Map<FactKey, FactSource>();
  if (!r) return out;
  const approx = new Set(r.approx ?? []);
  indicators.forEach((ind, i) => {
    const v = r.values[i];
    if (v !== null && v !== undefined) out.set(totalKey(ind.id), { value: v, approx: approx.has(ind.id), evidence: [] });
    for (const [d, value] of Object.entries(r.domains?.[ind.id] ?? {})) out.set(`d:${ind.id}:${d}`, { value, approx: false, evidence: [] });
    for (const [s, value] of Object.entries(r.scopes?.[ind.id] ?? {})) out.set(`s:${ind.id}:${s}`, { value, approx: false, evidence: [] });
  });
  for (const e of r.evidence ?? []) {
    const key = factKeyOf(e);
    if (key) out.get(key)?.evidence.push(e);
  }
  return out;
}

const parse = (key: FactKey): { indicator: string; domain?: string; scope?: string } => {
  const [kind, indicator = '', part = ''] = key.split(':');
  if (kind === 'd') return { indicator, domain: part };
  if (kind === 's') return { indicator, scope: part };
  return { indicator };
};

/** Items grouped by unit-year (only those that can be added: see notReady in merge.ts). */
export function groupByUnitYear(items: readonly ReviewItem[]): Map<string, { unit: string; year: number; items: ReviewItem[] }> {
  const groups = new Map<string, { unit: string; year: number; items: ReviewItem[] }>();
  for (const item of items) {
    if (item.year === null) continue;
    const k = `${item.unitCode}/${item.year}`;
    const g = groups.get(k) ?? { unit: item.unitCode, year: item.year, items: [] };
    g.items.push(item);
    groups.set(k, g);
  }
  return groups;
}

/** The plan of adding `items` (ready ones) to `ds`, with the user's conflict choices. */
export function planMerge(given: Dataset, items: readonly ReviewItem[], choices: Readonly<Record<string, number>>): MergePlan {
  const { dataset: ds, added } = withCatalogueFor(given, items);
  const facts: FactPlan[] = [];
  const counts: MergeCounts = { created: 0, confirmed: 0, conflicts: 0, unresolved: 0 };
  const records = new Map(ds.records.map((r) => [`${r.unit}/${r.year}`, r]));
  for (const [k, g] of groupByUnitYear(items)) {
    const existing = recordFacts(ds.indicators, records.get(k));
    const incoming = new Map<FactKey, IncomingSource[]>();
    for (const item of g.items) {
      for (const [key, fact] of itemFacts(ds.indicators, item)) {
        const list = incoming.get(key) ?? [];
        list.push({ ...fact, item: item.id, file: item.file, doc: item.doc });
        incoming.set(key, list);
      }
    }
    for (const [key, inc] of incoming) {
      const ex = existing.get(key) ?? null;
      const values = [...new Set([...(ex ? [ex.value] : []), ...inc.map((s) => s.value)])];
      const status: FactStatus = values.length > 1 ? 'conflict' : ex ? 'confirmed' : 'new';
      const chosen = choices[choiceKey(g.unit, g.year, key)];
      const kept = values.length === 1 ? (values[0] ?? null) : chosen !== undefined && values.includes(chosen) ? chosen : null;
      if (status === 'conflict') {
        counts.conflicts += 1;
        if (kept === null) counts.unresolved += 1;
      } else if (status === 'confirmed') counts.confirmed += 1;
      else counts.created += 1;
      facts.push({ unit: g.unit, year: g.year, key, ...parse(key), existing: ex, incoming: inc, status, values, kept });
    }
  }
  return { facts, counts, newIndicators: added };
}

/** The plan's status of one figure of an item (for the review table), or null when it is not part of the plan. */
export function figureStatus(plan: MergePlan, item: ReviewItem, key: FactKey | null): FactPlan | null {
  if (key === null || item.year === null) return null;
  return (
    plan.facts.find(
      (f) => f.unit === item.unitCode && f.year === item.year && f.key === key && f.incoming.some((s) => s.item === item.id),
    ) ?? null
  );
}
