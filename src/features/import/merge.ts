/**
 * Reviewed reports into the dataset. Only accepted figures and weaknesses go in, and they are
 * merged, never replacing a record: per fact (an indicator's total, a domain or scope part) the
 * plan (mergePlan.ts) says what is new, what is confirmed and what is in conflict, and nothing is
 * added while a conflict has no choice. A report with nothing to add is still kept as a document
 * of its unit and year. An embedded dataset gets a copy whose meta says it holds imported figures.
 */
import { levels } from '../../contract/schema.ts';
import type { Dataset, Extent, SourceDocument, Unit, UnitYearRecord } from '../../contract/schema.ts';
import { withRequiredVersion } from '../../contract/schemaVersion.ts';
import { extentFor, extentOfVotes, extentVotes } from '../../extract/extent.ts';
import type { ReviewItem } from './types.ts';
import { groupByUnitYear, planMerge, type MergePlan } from './mergePlan.ts';
import { mergeRecord, type WeaknessIn } from './mergeRecord.ts';
import { withCatalogueFor } from './catalogueFor.ts';
import { placedUnitsToAdd } from './placement.ts';
import { isUnitCode, unitsToAdd } from './units.ts';

const MODIFIED_ZH = '（含导入报告）';
const MODIFIED_EN = ' (with imported reports)';
const IMPORT_SUFFIX = '+import';

export type NotReady = 'no_unit' | 'confirm_unit' | 'no_year' | 'nothing_accepted' | 'duplicate' | 'added';

const accepted = (item: ReviewItem): number =>
  item.figures.filter((f) => f.decision === 'accepted').length + item.weaknesses.filter((w) => w.decision === 'accepted').length;

/** Why an item cannot be added yet, or null when it can. */
export function notReady(item: ReviewItem): NotReady | null {
  if (item.addedAt) return 'added';
  if (item.duplicateOf) return 'duplicate';
  if (!isUnitCode(item.unitCode)) return item.unitCode === '' && (item.placement || item.candidates?.length) ? 'confirm_unit' : 'no_unit';
  if (item.year === null || !Number.isInteger(item.year) || item.year < 1990 || item.year > 2100) return 'no_year';
  // Nothing accepted while something is still to decide: under review. Nothing to decide (no
  // figures, or all rejected): the report is kept as a document of its unit and year.
  const pending = [...item.figures, ...item.weaknesses].some((f) => f.decision === 'pending');
  if (accepted(item) === 0 && pending) return 'nothing_accepted';
  return null;
}

/**
 * Whose figures a city's record holds, by its reports' wording (全市 / 我委, extract/extent.ts);
 * a template's row says nothing either way (its 本级 label is what a record without extent means).
 * A record that already says whose its figures are keeps saying it: a merge adds figures to a
 * record, it does not change what the record's figures mean.
 */
function extentOf(units: readonly Unit[], unit: string, items: readonly ReviewItem[], before: UnitYearRecord | undefined): Extent | null {
  if (before?.extent) return before.extent;
  const level = units.find((u) => u.code === unit)?.level;
  if (!level) return null;
  const votes = { area: 0, own: 0 };
  for (const item of items) {
    const v = extentVotes(
      item.text,
      item.figures.filter((f) => f.decision === 'accepted'),
    );
    votes.area += v.area;
    votes.own += v.own;
  }
  return extentFor(level, extentOfVotes(votes));
}

/** A ready item that adds no figure: kept as a document of its unit and year (with its accepted weaknesses). */
export const documentOnly = (item: ReviewItem): boolean => !item.figures.some((f) => f.decision === 'accepted');

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
    ...(item.contentHash ? { contentHash: item.contentHash } : {}),
    ...(item.kind ? { kind: item.kind } : {}),
    ...(item.issuer ? { issuer: item.issuer } : {}),
  };
}

export type MergeResult =
  | {
      ok: true;
      dataset: Dataset;
      plan: MergePlan;
      /** Items whose accepted figures (or whose document) went in. */
      added: string[];
      /** unit/year keys of records that existed and were merged into (the rest are new). */
      merged: string[];
      /** Units added to the dataset. */
      newUnits: string[];
    }
  /** A conflict has no choice yet: nothing was added. */
  | { ok: false; plan: MergePlan };

export interface MergeOptions {
  /** YYYY-MM-DD, the copy's asOf. */
  asOf: string;
  /**
   * The dataset is the user's own, being filled: it keeps its name, id and description. Otherwise
   * (an embedded or linked dataset) the copy says it holds imported reports.
   */
  fillInPlace?: boolean;
  /** The value kept per conflict (choiceKey → value). */
  choices?: Readonly<Record<string, number>>;
}

/** The dataset with the ready items' accepted figures merged in (the input is not changed). */
export function mergeIntoDataset(given: Dataset, items: readonly ReviewItem[], opts: MergeOptions): MergeResult {
  const ready = items.filter((i) => notReady(i) === null);
  // An indicator the dataset's catalogue lacks is added to it, not dropped (the plan names it).
  const ds = withCatalogueFor(given, ready).dataset;
  const plan = planMerge(ds, ready, opts.choices ?? {});
  if (plan.counts.unresolved > 0) return { ok: false, plan };
  const units: Unit[] = [...ds.units];
  const newUnits: string[] = [];
  for (const item of ready) {
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
  }

  const records: UnitYearRecord[] = [...ds.records];
  const at = new Map(records.map((r, i) => [`${r.unit}/${r.year}`, i]));
  const merged: string[] = [];
  for (const [key, g] of groupByUnitYear(ready)) {
    const facts = plan.facts.filter((f) => f.unit === g.unit && f.year === g.year);
    const weaknesses: WeaknessIn[] = g.items.flatMap((item) =>
      item.weaknesses.filter((w) => w.decision === 'accepted').map((w) => ({ category: w.category, doc: item.doc, quote: w.quote })),
    );
    const i = at.get(key);
    // A report with nothing to add is a document only: no record of its own.
    if (i === undefined && facts.length === 0 && weaknesses.length === 0) continue;
    const before = i === undefined ? undefined : records[i];
    const base = mergeRecord(ds, g.unit, g.year, before, facts, weaknesses);
    const extent = extentOf(units, g.unit, g.items, before);
    const rec = extent ? { ...base, extent } : base;
    if (i === undefined) records.push(rec);
    else {
      records[i] = rec;
      merged.push(key);
    }
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
    ok: true,
    // A record that says 全市 needs contract 1.2 (schemaVersion.ts).
    dataset: withRequiredVersion({ ...ds, meta, documents: [...docs.values()], units, records }),
    plan,
    added: ready.map((i) => i.id),
    merged,
    newUnits,
  };
}
