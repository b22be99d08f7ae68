/**
 * Extractions → a Dataset per the contract (src/contract/schema.ts). Region names are turned into
 * GB/T 2260 codes by what the caller passes (the CLI: placeReport over the whole table,
 * loadRegionTable(); tests: a stub resolver), so this stays pure.
 */
import { measureOf, rangeProblem } from '../contract/checks/quantityRange.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../domain/catalogue.ts';
import { markSeparateFigures } from '../domain/separateFigures.ts';
import type { Dataset, Evidence, Extent, Level, LocalizedText, SourceDocument, Unit, UnitYearRecord } from '../contract/schema.ts';
import { documentOf, uniqueIds, yearWithin } from './documents.ts';
import type { Extraction, Figure, PlaceClues, ReportUnit } from './extract.ts';
import type { Placement } from './place.ts';
import { extentFor } from './extent.ts';
import { withRequiredVersion } from '../contract/schemaVersion.ts';

export interface RegionRef {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
}

export interface RegionQuery {
  region: string;
  parentRegion?: string;
  province?: string;
}

/** The region and its ancestors, innermost first; null when unknown or ambiguous. */
export type RegionResolver = (query: RegionQuery) => RegionRef[] | null;

export interface ExtractedDocument {
  /** Document id (the file name without extension, say); made unique if another document has it. */
  id: string;
  extraction: Extraction;
  /** The file it was read from: its name is the title when the text carries none. */
  fileName?: string;
  url?: string;
}

export interface ToDatasetOptions {
  /** YYYY-MM-DD. */
  asOf: string;
  resolve?: RegionResolver;
  /** Places a unit over GB/T 2260 (placeReport over loadRegionTable(), with the text's clues); takes precedence over `resolve`. */
  place?: (unit: ReportUnit | null, clues: PlaceClues) => Placement;
  id?: string;
  name?: LocalizedText;
}

export interface ToDatasetResult {
  dataset: Dataset;
  /**
   * Documents that gave no record, with why (no unit, unresolved region, no year), the regions a
   * name could be (code and name) when it is ambiguous; their figures await a unit in the document.
   */
  skipped: { doc: string; reason: SkipReason; writtenAs?: string; candidates?: string[]; awaiting: number }[];
}

/**
 * Why a document gave no record: no unit named; a region GB/T 2260 does not know (or knows more
 * than once); a zone with no code of its own (金普新区), kept as a document of its parent; no year
 * (or one after the data's asOf); a whole government's 年报, whose figures are not the commission's.
 */
export type SkipReason =
  'no_unit' | 'unresolved_region' | 'ambiguous_region' | 'no_code_of_its_own' | 'no_year' | 'year_after_as_of' | 'whole_government';

function chainOf(
  x: Extraction,
  opts: ToDatasetOptions,
): { chain: RegionRef[] | null; problem: SkipReason | null; writtenAs?: string; candidates?: string[] } {
  if (opts.place) {
    const p = opts.place(x.unit, x.clues);
    const candidates = p.candidates?.map((c) => `${c.code} ${c.name}`);
    return {
      chain: p.chain,
      problem: p.problem,
      ...(p.writtenAs ? { writtenAs: p.writtenAs } : {}),
      ...(candidates?.length ? { candidates } : {}),
    };
  }
  if (!x.unit) return { chain: null, problem: 'no_unit' };
  const chain = opts.resolve
    ? opts.resolve({
        region: x.unit.region,
        ...(x.unit.parentRegion ? { parentRegion: x.unit.parentRegion } : {}),
        ...(x.unit.province ? { province: x.unit.province } : {}),
      })
    : null;
  return { chain, problem: chain ? null : 'unresolved_region' };
}

const DERIVED = 'sum_of_scopes' as const;

/** Totals that are the sum of their double-random scopes when the report states no total. */
export const SUM_OF_SCOPES: ReadonlySet<string> = new Set(['random_tasks_assigned', 'random_tasks_completed', 'random_sampled_entities']);

interface Accumulator {
  unit: string;
  level: Level;
  /** The first report's reading of whose figures they are. */
  extent: Extent | null;
  year: number;
  figures: { doc: string; f: Figure }[];
  weaknesses: { doc: string; category: string; quote: string }[];
}

/** A figure's evidence entry, for the extract CLI and the import merge alike. */
export function evidenceOf(doc: string, f: FigureLike & { quote: string; unit: string }, derived: boolean): Evidence {
  return {
    indicator: f.indicator,
    ...(f.domain ? { domain: f.domain } : {}),
    ...(f.scope ? { scope: f.scope } : {}),
    doc,
    quote: f.quote,
    value: f.value,
    unit: f.unit,
    approx: f.approx,
    ...(derived ? { derived: DERIVED } : {}),
  };
}

/** Breakdown parts of one indicator's figures, shared by the CLI and the import screen's merge. */
export function partsOf(
  figs: ReadonlyArray<{ domain?: string; scope?: string; value: number }>,
  key: 'domain' | 'scope',
): Record<string, number> {
  const parts: Record<string, number> = {};
  const seen = new Set<string>();
  for (const f of figs) {
    const part = f[key];
    if (!part || seen.has(`${part}/${f.value}`)) continue;
    seen.add(`${part}/${f.value}`);
    // Scopes are alternatives of one task (first wins); domains are disjoint parts (they add up).
    parts[part] = key === 'scope' ? (parts[part] ?? f.value) : (parts[part] ?? 0) + f.value;
  }
  return parts;
}

export interface FigureLike {
  indicator: string;
  value: number;
  approx: boolean;
  domain?: string;
  scope?: string;
}

export interface IndicatorValues {
  values: Array<number | null>;
  approx: string[];
  domains: Record<string, Record<string, number>>;
  scopes: Record<string, Record<string, number>>;
  /** Indicators whose value is the sum of its double-random parts (no total stated). */
  derived: Set<string>;
}

/**
 * A record's values from figures, for the CLI and the import screen alike: the total is the
 * figure with no domain and no scope (the first stated, or the last reviewed); with none, the
 * double-random parts are summed and marked derived; domain and scope parts become breakdowns.
 */
export function indicatorValues(
  indicators: ReadonlyArray<{ id: string }>,
  figures: readonly FigureLike[],
  pick: 'first' | 'last',
): IndicatorValues {
  const out: IndicatorValues = { values: [], approx: [], domains: {}, scopes: {}, derived: new Set() };
  for (const ind of indicators) {
    const figs = figures.filter((f) => f.indicator === ind.id);
    const totals = figs.filter((f) => !f.domain && !f.scope);
    const total = pick === 'first' ? totals[0] : totals[totals.length - 1];
    const scoped = figs.filter((f) => f.scope && !f.domain);
    let value: number | null = total?.value ?? null;
    let isApprox = total?.approx ?? false;
    if (!total && scoped.length > 0 && SUM_OF_SCOPES.has(ind.id)) {
      value = Object.values(partsOf(scoped, 'scope')).reduce((a, b) => a + b, 0);
      isApprox = scoped.some((f) => f.approx);
      out.derived.add(ind.id);
    }
    out.values.push(value);
    if (value !== null && isApprox) out.approx.push(ind.id);
    const d = partsOf(
      figs.filter((f) => f.domain),
      'domain',
    );
    if (Object.keys(d).length) out.domains[ind.id] = d;
    const sc = partsOf(scoped, 'scope');
    if (Object.keys(sc).length) out.scopes[ind.id] = sc;
  }
  return out;
}

function buildRecord(given: Accumulator): UnitYearRecord {
  const acc: Accumulator = {
    ...given,
    figures: once(given.figures, ({ doc, f }) => figureKey(doc, f)),
    weaknesses: once(given.weaknesses, (w) => `${w.doc}\u0000${w.category}\u0000${w.quote}`),
  };
  const {
    values,
    approx,
    domains,
    scopes,
    derived: derivedIds,
  } = indicatorValues(
    defaultIndicators,
    acc.figures.map((x) => x.f),
    'first',
  );
  const weaknesses = [...new Set(acc.weaknesses.map((w) => w.category))];
  const evidence: Evidence[] = [
    ...acc.figures.map(({ doc, f }) => evidenceOf(doc, f, derivedIds.has(f.indicator) && f.scope !== undefined && !f.domain)),
    ...acc.weaknesses.map((w) => ({ weakness: w.category, doc: w.doc, quote: w.quote })),
  ];
  // A city's report speaks for the whole city or for the commission itself: its wording says which.
  const extent = extentFor(acc.level, acc.extent);
  return markSeparateFigures(
    {
      unit: acc.unit,
      year: acc.year,
      ...(extent ? { extent } : {}),
      values,
      ...(approx.length ? { approx } : {}),
      ...(Object.keys(domains).length ? { domains } : {}),
      ...(Object.keys(scopes).length ? { scopes } : {}),
      ...(weaknesses.length ? { weaknesses } : {}),
      ...(evidence.length ? { evidence } : {}),
    },
    defaultIndicators,
  );
}

const indicatorUnit = new Map(defaultIndicators.map((i) => [i.id, i.unit]));

/** Figures the contract can hold: a count is whole, a rate 0–100, nothing negative (2.5件 is no count). */
function figuresWithinRange(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => {
    const unit = indicatorUnit.get(f.indicator);
    return unit !== undefined && rangeProblem(f.value, measureOf(unit)) === undefined;
  });
}

/** The same quote for the same thing, stated twice in one text (or one text given twice), is one figure. */
function once<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const figureKey = (doc: string, f: FigureLike & { quote: string }): string =>
  JSON.stringify([doc, f.quote, f.indicator, f.domain ?? '', f.scope ?? '', f.value]);

/** A document's figures and weaknesses as evidence awaiting a unit. */
function awaitingEvidence(doc: string, figures: readonly Figure[], weaknesses: Extraction['weaknesses']): Evidence[] {
  return [
    ...once(figures, (f) => figureKey(doc, f)).map((f) => evidenceOf(doc, f, false)),
    ...once(weaknesses, (w) => `${w.category}\u0000${w.quote}`).map((w) => ({ weakness: w.category, doc, quote: w.quote })),
  ];
}

/** Builds a dataset from extracted reports; reports of one unit and year are merged. */
export function toDataset(docs: readonly ExtractedDocument[], opts: ToDatasetOptions): ToDatasetResult {
  const units = new Map<string, Unit>();
  const accs = new Map<string, Accumulator>();
  const documents: SourceDocument[] = [];
  const skipped: ToDatasetResult['skipped'] = [];
  const ids = uniqueIds(docs.map((d) => d.id));
  docs.forEach((given, n) => {
    const d = { ...given, id: ids[n] ?? given.id };
    const x = d.extraction;
    const figures = figuresWithinRange(x.figures);
    const placed = chainOf(x, opts);
    const chain = placed.chain;
    const region = chain?.[0];
    const year = yearWithin(x.year, opts.asOf);
    // A zone without a code of its own stands as a document of its parent, never as the parent's record.
    const problem: SkipReason | null =
      x.issuer === 'government'
        ? 'whole_government'
        : (placed.problem ?? (x.year === null ? 'no_year' : year === null ? 'year_after_as_of' : null));
    // A document kept without a record still names its unit: the unit must be listed.
    for (const r of chain ?? [])
      if (!units.has(r.code)) units.set(r.code, { code: r.code, name: r.name, level: r.level, parent: r.parent });
    if (!chain || !region || year === null || problem) {
      const awaiting = awaitingEvidence(d.id, figures, x.weaknesses);
      documents.push(documentOf(d, region?.code, opts.asOf, awaiting));
      skipped.push({
        doc: d.id,
        reason: problem ?? 'no_unit',
        ...(placed.writtenAs ? { writtenAs: placed.writtenAs } : {}),
        ...(placed.candidates ? { candidates: placed.candidates } : {}),
        awaiting: awaiting.length,
      });
      return;
    }
    documents.push(documentOf(d, region.code, opts.asOf, []));
    const key = `${region.code}/${year}`;
    const acc = accs.get(key) ?? { unit: region.code, level: region.level, extent: x.extent, year, figures: [], weaknesses: [] };
    acc.figures.push(...figures.map((f) => ({ doc: d.id, f })));
    acc.weaknesses.push(...x.weaknesses.map((w) => ({ doc: d.id, category: w.category, quote: w.quote })));
    // A later report of the unit-year may say whose figures they are where the first did not.
    acc.extent ??= x.extent;
    accs.set(key, acc);
  });
  const dataset: Dataset = {
    schemaVersion: 1,
    meta: {
      id: opts.id ?? 'extracted-reports',
      name: opts.name ?? { zh: '法治政府建设报告抽取数据', en: 'Figures extracted from rule-of-law reports' },
      synthetic: false,
      asOf: opts.asOf,
      source: {
        zh: '各单位公开的法治政府建设情况报告（自动抽取，附原文引文）',
        en: 'Published annual rule-of-law reports (extracted automatically, with quotes)',
      },
    },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    documents,
    units: [...units.values()].sort((a, b) => a.code.localeCompare(b.code)),
    records: [...accs.values()].map(buildRecord).sort((a, b) => a.unit.localeCompare(b.unit) || a.year - b.year),
  };
  return { dataset: withRequiredVersion(dataset), skipped };
}
