/**
 * What changed between two states of a dataset, as a version list shows it: each figure whose
 * value changed (a total, a domain or a scope part; added, changed or removed), quotes and
 * weaknesses added or removed, documents and units added or removed. Pure, no wording.
 */
import type { Dataset, UnitYearRecord } from '../contract/schema.ts';

export interface FigureChange {
  unit: string;
  /** The unit's name, as the dataset then had it. */
  name: string;
  year: number;
  indicator: string;
  domain?: string;
  scope?: string;
  before: number | null;
  after: number | null;
}

export interface DatasetDiff {
  /** The first `limit` figure changes, by unit, year and catalogue order. */
  figures: FigureChange[];
  /** How many figures changed in all. */
  figuresTotal: number;
  quotesAdded: number;
  quotesRemoved: number;
  weaknessesAdded: number;
  weaknessesRemoved: number;
  documentsAdded: string[];
  documentsRemoved: string[];
  unitsAdded: string[];
  unitsRemoved: string[];
}

type Facts = Map<string, number>;

function factsOf(ds: Dataset, r: UnitYearRecord | undefined): Facts {
  const out: Facts = new Map();
  if (!r) return out;
  ds.indicators.forEach((ind, i) => {
    const v = r.values[i];
    if (v !== null && v !== undefined) out.set(`${ind.id}||`, v);
    for (const [d, v2] of Object.entries(r.domains?.[ind.id] ?? {})) out.set(`${ind.id}|${d}|`, v2);
    for (const [s, v3] of Object.entries(r.scopes?.[ind.id] ?? {})) out.set(`${ind.id}||${s}`, v3);
  });
  return out;
}

const evidenceKeys = (r: UnitYearRecord | undefined): Set<string> =>
  new Set(
    (r?.evidence ?? []).map((e) => JSON.stringify([e.doc, e.quote, e.indicator ?? '', e.weakness ?? '', e.domain ?? '', e.scope ?? ''])),
  );

export function diffDatasets(before: Dataset, after: Dataset, limit = 200): DatasetDiff {
  const out: DatasetDiff = {
    figures: [],
    figuresTotal: 0,
    quotesAdded: 0,
    quotesRemoved: 0,
    weaknessesAdded: 0,
    weaknessesRemoved: 0,
    documentsAdded: [],
    documentsRemoved: [],
    unitsAdded: [],
    unitsRemoved: [],
  };
  const b = new Map(before.records.map((r) => [`${r.unit}/${r.year}`, r]));
  const a = new Map(after.records.map((r) => [`${r.unit}/${r.year}`, r]));
  const keys = [...new Set([...b.keys(), ...a.keys()])].sort();
  const names = new Map([...before.units, ...after.units].map((u) => [u.code, u.name]));
  for (const k of keys) {
    const rb = b.get(k);
    const ra = a.get(k);
    const unit = (ra ?? rb)?.unit ?? '';
    const year = (ra ?? rb)?.year ?? 0;
    // Unchanged records (most of a large dataset) are skipped by identity or by their JSON.
    if (rb === ra || (rb && ra && JSON.stringify(rb) === JSON.stringify(ra))) continue;
    const fb = factsOf(before, rb);
    const fa = factsOf(after, ra);
    for (const f of new Set([...fb.keys(), ...fa.keys()])) {
      const vb = fb.get(f) ?? null;
      const va = fa.get(f) ?? null;
      if (vb === va) continue;
      out.figuresTotal += 1;
      if (out.figures.length >= limit) continue;
      const [indicator = '', domain = '', scope = ''] = f.split('|');
      out.figures.push({
        unit,
        name: names.get(unit) ?? unit,
        year,
        indicator,
        ...(domain ? { domain } : {}),
        ...(scope ? { scope } : {}),
        before: vb,
        after: va,
      });
    }
    const eb = evidenceKeys(rb);
    const ea = evidenceKeys(ra);
    for (const e of ea) if (!eb.has(e)) out.quotesAdded += 1;
    for (const e of eb) if (!ea.has(e)) out.quotesRemoved += 1;
    const wb = new Set(rb?.weaknesses ?? []);
    const wa = new Set(ra?.weaknesses ?? []);
    for (const w of wa) if (!wb.has(w)) out.weaknessesAdded += 1;
    for (const w of wb) if (!wa.has(w)) out.weaknessesRemoved += 1;
  }
  const docsB = new Map((before.documents ?? []).map((d) => [d.id, d.title]));
  const docsA = new Map((after.documents ?? []).map((d) => [d.id, d.title]));
  for (const [id, title] of docsA) if (!docsB.has(id)) out.documentsAdded.push(title);
  for (const [id, title] of docsB) if (!docsA.has(id)) out.documentsRemoved.push(title);
  const unitsB = new Set(before.units.map((u) => u.code));
  const unitsA = new Set(after.units.map((u) => u.code));
  for (const u of after.units) if (!unitsB.has(u.code)) out.unitsAdded.push(u.code);
  for (const u of before.units) if (!unitsA.has(u.code)) out.unitsRemoved.push(u.code);
  return out;
}
