/**
 * Reviewed reports into a copy of the dataset on screen. Only accepted figures and weaknesses go
 * in. Each unit-year the reviewed reports speak of gets a new record (replacing the one the
 * dataset had): accepted figures as values, every one of them as evidence with its quote, and a
 * `documents` entry per file. The copy's meta says it was modified.
 */
import { levels } from '../../data/schema.ts';
import { evidenceOf, indicatorValues } from '../../extract/toDataset.ts';
import { markSeparateFigures } from '../../domain/separateFigures.ts';
import type { Dataset, Evidence, Extent, SourceDocument, Unit, UnitYearRecord } from '../../data/schema.ts';
import { withRequiredVersion } from '../../data/schemaVersion.ts';
import { extentFor, extentOfVotes, extentVotes } from '../../extract/extent.ts';
import type { ReviewFigure, ReviewItem, ReviewWeakness } from './types.ts';
import { placedUnitsToAdd } from './placement.ts';
import { isUnitCode, unitsToAdd } from './units.ts';

/** Totals that are the sum of their double-random scopes when the report states no total. */
const MODIFIED_ZH = '（含导入报告）';
const MODIFIED_EN = ' (with imported reports)';
const IMPORT_SUFFIX = '+import';

export type NotReady = 'no_unit' | 'confirm_unit' | 'no_year' | 'nothing_accepted' | 'added';

/** Why an item cannot be added yet, or null when it can. */
export function notReady(item: ReviewItem): NotReady | null {
  if (item.addedAt) return 'added';
  if (!isUnitCode(item.unitCode)) return item.unitCode === '' && item.placement ? 'confirm_unit' : 'no_unit';
  if (item.year === null || !Number.isInteger(item.year) || item.year < 1990 || item.year > 2100) return 'no_year';
  if (!item.figures.some((f) => f.decision === 'accepted') && !item.weaknesses.some((w) => w.decision === 'accepted'))
    return 'nothing_accepted';
  return null;
}

interface Group {
  unit: string;
  year: number;
  /** The text each figure's offsets point into (its report, or a template's rendered row). */
  figures: { doc: string; f: ReviewFigure; text: string }[];
  weaknesses: { doc: string; w: ReviewWeakness }[];
}

/**
 * Whose figures a city's record holds, by its reports' wording (全市 / 我委, extract/extent.ts);
 * a template's row says nothing either way (its 本级 label is what a record without extent means).
 */
function extentOf(units: readonly Unit[], g: Group): Extent | null {
  const level = units.find((u) => u.code === g.unit)?.level;
  if (!level) return null;
  const votes = { area: 0, own: 0 };
  for (const text of new Set(g.figures.map((x) => x.text))) {
    const v = extentVotes(
      text,
      g.figures.filter((x) => x.text === text).map((x) => x.f),
    );
    votes.area += v.area;
    votes.own += v.own;
  }
  return extentFor(level, extentOfVotes(votes));
}

function buildRecord(ds: Dataset, g: Group, extent: Extent | null = null): UnitYearRecord {
  // The last reviewed statement of a total wins (a template filled after the report, say).
  const { values, approx, domains, scopes, derived } = indicatorValues(
    ds.indicators,
    g.figures.map((x) => x.f),
    'last',
  );
  const known = new Set(ds.weaknessCategories.map((w) => w.id));
  const weakness = g.weaknesses.filter((x) => known.has(x.w.category));
  const evidence: Evidence[] = [
    ...g.figures.map(({ doc, f }) => evidenceOf(doc, f, derived.has(f.indicator) && f.scope !== undefined && !f.domain)),
    ...weakness.map(({ doc, w }): Evidence => ({ weakness: w.category, doc, quote: w.quote })),
  ];
  const categories = [...new Set(weakness.map((x) => x.w.category))];
  return markSeparateFigures(
    {
      unit: g.unit,
      year: g.year,
      ...(extent ? { extent } : {}),
      values,
      ...(approx.length ? { approx } : {}),
      ...(Object.keys(domains).length ? { domains } : {}),
      ...(Object.keys(scopes).length ? { scopes } : {}),
      ...(categories.length ? { weaknesses: categories } : {}),
      ...(evidence.length ? { evidence } : {}),
    },
    ds.indicators,
  );
}

function documentOf(item: ReviewItem, sharedDoc: boolean): SourceDocument {
  const year = item.year ?? undefined;
  const title = item.title ?? (item.source === 'xlsx' ? `填报模板 ${item.file}` : item.file);
  return {
    id: item.doc,
    title,
    // A template's rows are several units: the document names none of them.
    ...(!sharedDoc ? { unit: item.unitCode } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(item.docNumber ? { docNumber: item.docNumber } : {}),
    ...(item.reportDate ? { date: item.reportDate } : {}),
  };
}

export interface MergeResult {
  dataset: Dataset;
  /** Items whose accepted figures went in. */
  added: string[];
  /** unit/year keys whose record was replaced (the rest were new). */
  replaced: string[];
  /** Units added to the dataset. */
  newUnits: string[];
}

export interface MergeOptions {
  /** YYYY-MM-DD, the copy's asOf. */
  asOf: string;
  /**
   * The dataset is the user's own, being filled: it keeps its name, id and description. Otherwise
   * (an embedded or linked dataset) the copy says it holds imported reports.
   */
  fillInPlace?: boolean;
}

/** The dataset with the ready items' accepted figures in it (the input is not changed). */
export function mergeIntoDataset(ds: Dataset, items: readonly ReviewItem[], opts: MergeOptions): MergeResult {
  const ready = items.filter((i) => notReady(i) === null);
  const indicatorIds = new Set(ds.indicators.map((i) => i.id));
  const units: Unit[] = [...ds.units];
  const newUnits: string[] = [];
  const groups = new Map<string, Group>();
  for (const item of ready) {
    const year = item.year ?? 0;
    const code = item.unitCode;
    const placed = item.placement ? placedUnitsToAdd(new Set(units.map((u) => u.code)), item.placement, code) : null;
    for (const u of placed ??
      unitsToAdd(
        { ...ds, units },
        code,
        item.unitName || item.detected?.region || code,
        levels.find((l) => l === item.detected?.level) ?? null,
        item.detected?.parentRegion,
      )) {
      units.push(u);
      newUnits.push(u.code);
    }
    const key = `${code}/${year}`;
    const g = groups.get(key) ?? { unit: code, year, figures: [], weaknesses: [] };
    for (const f of item.figures)
      if (f.decision === 'accepted' && indicatorIds.has(f.indicator)) g.figures.push({ doc: item.doc, f, text: item.text });
    for (const w of item.weaknesses) if (w.decision === 'accepted') g.weaknesses.push({ doc: item.doc, w });
    groups.set(key, g);
  }

  const records = [...ds.records];
  const replaced: string[] = [];
  for (const [key, g] of groups) {
    const rec = buildRecord(ds, g, extentOf(units, g));
    const at = records.findIndex((r) => r.unit === g.unit && r.year === g.year);
    if (at >= 0) {
      records[at] = rec;
      replaced.push(key);
    } else records.push(rec);
  }

  const docs = new Map((ds.documents ?? []).map((d) => [d.id, d]));
  // Once a dataset lists documents every quote must name a listed one: list the ones it had unlisted.
  if (docs.size === 0) {
    for (const r of ds.records) for (const e of r.evidence ?? []) if (!docs.has(e.doc)) docs.set(e.doc, { id: e.doc, title: e.doc });
  }
  const docUse = new Map<string, number>();
  for (const item of ready) docUse.set(item.doc, (docUse.get(item.doc) ?? 0) + 1);
  // Imported reports and templates are real, even inside the synthetic demo dataset.
  for (const item of ready)
    docs.set(item.doc, { ...documentOf(item, item.source === 'xlsx' || (docUse.get(item.doc) ?? 0) > 1), synthetic: false });

  const m = ds.meta;
  const meta = opts.fillInPlace
    ? { ...m, asOf: opts.asOf }
    : {
        ...m,
        id: m.id.endsWith(IMPORT_SUFFIX) ? m.id : `${m.id}${IMPORT_SUFFIX}`,
        name: {
          zh: m.name.zh.endsWith(MODIFIED_ZH) ? m.name.zh : `${m.name.zh}${MODIFIED_ZH}`,
          en: m.name.en.endsWith(MODIFIED_EN) ? m.name.en : `${m.name.en}${MODIFIED_EN}`,
        },
        asOf: opts.asOf,
        description: {
          zh: `${m.description?.zh ? m.description.zh.replace(/另含人工审核后导入的.*$/, '') : ''}另含人工审核后导入的报告或填报模板数字（附原文引文或单元格位置）。`,
          en: `${m.description?.en ? `${m.description.en.replace(/ ?Also holds figures imported.*$/, '')} ` : ''}Also holds figures imported from reports or fill-in templates after review (with quotes or cell references).`,
        },
      };
  return {
    // A record that says 全市 needs contract 1.2 (schemaVersion.ts).
    dataset: withRequiredVersion({ ...ds, meta, documents: [...docs.values()], units, records }),
    added: ready.map((i) => i.id),
    replaced,
    newUnits,
  };
}
