/**
 * Where figures came from, read off their evidence (never assumed): a quote from a report, a cell
 * of a fill-in template (the template reader quotes `模板 <file> 工作表 <sheet> 单元格 <cell>`), or
 * nothing but the dataset file itself. Generated figures (a synthetic dataset, a synthetic
 * document) are counted apart, so an export can still say 演示数据.
 */
import type { Evidence, SourceDocument, Unit } from '../contract/schema.ts';
import { recordOf, type Model } from './model.ts';

export type SourceKind = 'report' | 'template' | 'dataset' | 'synthetic';

/** The template reader's quote of a cell (src/extract/templateRead.ts `templateQuote`). */
const TEMPLATE_QUOTE = /^模板 (.+) 工作表 (.+) 单元格 ([A-Z]{1,3}\d+)$/;
/** The import's title of a template's document (features/import/merge.ts). */
const TEMPLATE_TITLE = /^填报模板 (.+)$/;

/** The template file a quote or document names, or null when it is not a template's. */
export function templateFileOf(e: Pick<Evidence, 'quote'>, doc: SourceDocument | undefined): string | null {
  return TEMPLATE_QUOTE.exec(e.quote)?.[1] ?? (doc ? (TEMPLATE_TITLE.exec(doc.title)?.[1] ?? null) : null);
}

export interface SourceSummary {
  /** Figures (reported values of units and years) counted. */
  figures: number;
  /** Figures with a quote from a report, and those reports. */
  report: { figures: number; documents: SourceDocument[] };
  /** Figures with a template cell, and the template files (as uploaded). */
  template: { figures: number; files: string[] };
  /** Figures with no quote at all: they rest on the dataset file. */
  dataset: number;
  /** Generated figures (the demo's, or quotes from a synthetic document). */
  synthetic: number;
  /** Figures both a report and a template give. */
  both: number;
  /** How many kinds the figures come from (a statement per chart is needed when more than one). */
  kinds: SourceKind[];
}

/** Quotes that state an indicator's value (as evidenceFor matches them), not its parts or a further figure. */
function statesValue(e: Evidence, indicator: string): boolean {
  return e.indicator === indicator && e.domain === undefined && (e.scope === undefined || e.derived !== undefined) && e.separate !== true;
}

/**
 * Sources of every reported value of `units` in `years` (of `indicators`, or all). A figure with
 * quotes of two kinds counts in both (and in `both`); a figure is counted once however many
 * quotes it has.
 */
export function sourcesOf(
  model: Model,
  units: readonly Unit[],
  years: readonly number[],
  indicators: readonly string[] = model.dataset.indicators.map((i) => i.id),
): SourceSummary {
  const docs = new Map((model.dataset.documents ?? []).map((d) => [d.id, d]));
  const syntheticDataset = model.dataset.meta.synthetic;
  const reportDocs = new Map<string, SourceDocument>();
  const files = new Set<string>();
  const out: SourceSummary = {
    figures: 0,
    report: { figures: 0, documents: [] },
    template: { figures: 0, files: [] },
    dataset: 0,
    synthetic: 0,
    both: 0,
    kinds: [],
  };
  const columns = indicators.flatMap((id) => {
    const i = model.indicatorIndex.get(id);
    return i === undefined ? [] : [{ id, i }];
  });
  for (const year of years) {
    for (const u of units) {
      const r = recordOf(model, u.code, year);
      if (!r) continue;
      for (const { id, i } of columns) {
        if ((r.values[i] ?? null) === null) continue;
        out.figures += 1;
        let report = false;
        let template = false;
        let synthetic = false;
        for (const e of r.evidence ?? []) {
          if (!statesValue(e, id)) continue;
          const doc = docs.get(e.doc);
          const file = templateFileOf(e, doc);
          if (file !== null) {
            template = true;
            files.add(file);
          } else if (doc?.synthetic ?? syntheticDataset) synthetic = true;
          else {
            report = true;
            reportDocs.set(e.doc, doc ?? { id: e.doc, title: e.doc });
          }
        }
        if (report) out.report.figures += 1;
        if (template) out.template.figures += 1;
        if (report && template) out.both += 1;
        if (!report && !template) {
          if (synthetic || syntheticDataset) out.synthetic += 1;
          else out.dataset += 1;
        }
      }
    }
  }
  out.report.documents = [...reportDocs.values()];
  out.template.files = [...files].sort();
  const kinds: SourceKind[] = [];
  if (out.report.figures) kinds.push('report');
  if (out.template.figures) kinds.push('template');
  if (out.dataset) kinds.push('dataset');
  if (out.synthetic) kinds.push('synthetic');
  out.kinds = kinds;
  return out;
}
