/**
 * What every exported document says about where it came from: the scope, year and filters on
 * screen, the dataset (name, synthetic or real, as-of, source) and when it was exported. Read
 * from the view and dataset contexts at the moment of export (useDocInfo.ts).
 */
import type { View } from '../../view/view.ts';
import { readSearch } from '../../view/routes.ts';
import { writeValue } from '../../view/searchParams.ts';
import { defaultWeights } from '../../domain/scoring.ts';
import type { DatasetContextValue } from '../../data/DatasetProvider.tsx';
import type { Dataset, DatasetMeta, Unit } from '../../contract/schema.ts';
import { coverageOf } from '../../domain/coverage.ts';
import { unitsInScope, type Model } from '../../domain/model.ts';
import { sourcesOf } from '../../domain/sources.ts';
import { wordsFor } from '../briefing/sentences.ts';
import { sourceList } from '../briefing/truth.ts';
import { localized, translate, type Lang, type MessageKey } from '../../i18n/index.ts';

export interface DocInfo {
  lang: Lang;
  /** The UI's strings in `lang` (passed along so the export code loaded on demand needs no i18n import). */
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  route: string;
  /** The page's heading, e.g. 河南省 · 2025年 法治建设总览. */
  pageTitle: string;
  scope: string;
  year: number | null;
  /** Filters other than scope and year, as readable phrases. */
  filters: string[];
  dataset: DatasetMeta | null;
  /** The dataset object as loaded (hashed for the snapshot). */
  datasetRef: Dataset | null;
  /**
   * Where the page's figures (the scope's units, the year) came from, read off the evidence:
   * 填报模板（a.xlsx）96项、3份报告原文16项. Absent when no dataset is loaded.
   */
  sources?: string;
  /**
   * Who reported, of every unit the page's scope lists, and who did not: 14个单位中8个报送了2024年度
   * 数据；未报送：余杭区、…. Absent for a single unit's page or without a dataset.
   */
  coverage?: string;
  exportedAt: Date;
}

function scopeName(view: View, model: Model | null, lang: Lang): string {
  if (view.route === 'units' && view.path[1]) {
    const u = model?.unitByCode.get(view.path[1]);
    return u ? `${u.name}（${u.code}）` : view.path[1];
  }
  if (!view.scope) return translate(lang, 'filter.scope.all');
  return model?.unitByCode.get(view.scope)?.name ?? view.scope;
}

/** The filters a reader needs to reproduce the view, in words. */
export function describeFilters(view: View, model: Model | null, lang: Lang): string[] {
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(lang, k, p);
  const out: string[] = [];
  if (view.level !== 'all') out.push(`${t('filter.level')}：${t(`level.${view.level}`)}`);
  if (view.route === 'league') {
    const { peers, norm, city, q, show, n, recurring, w } = readSearch('league', view.params);
    if (peers === 'all') out.push(t('league.peers.all'));
    if (norm !== 'raw') out.push(`${t('league.norm')}：${t(`league.norm.${norm}`)}`);
    if (city) out.push(`${t('league.filter.city')}：${model?.unitByCode.get(city)?.name ?? city}`);
    if (q) out.push(`${t('league.filter.name')}：${q}`);
    // As the league's toolbar says it: 前 10 名.
    if (show !== 'all') out.push(t(`league.filter.show.${show}`).replace('N', String(n)));
    if (recurring) out.push(t('league.filter.recurring'));
    const weights = writeValue('w', w);
    if (weights !== writeValue('w', defaultWeights)) out.push(`${t('export.filter.weights')}：${weights}`);
  }
  return out;
}

/** The units a page speaks for: the unit page's unit, or the scope's units at the level shown. */
function pageUnits(view: View, model: Model): Unit[] {
  if (view.route === 'units' && view.path[1]) {
    const u = model.unitByCode.get(view.path[1]);
    return u ? [u] : [];
  }
  return unitsInScope(model, view.scope, view.level);
}

/** The page's sources in a few words, or undefined without a dataset or a year. */
export function pageSources(view: View | null, model: Model | null, lang: Lang): string | undefined {
  if (!view || !model || view.year === null) return undefined;
  const w = wordsFor(lang);
  return sourceList(sourcesOf(model, pageUnits(view, model), [view.year]), localized(model.dataset.meta.name, lang), w);
}

/** The page's coverage in words, for a scope of more than one unit. */
export function pageCoverage(view: View | null, model: Model | null, lang: Lang): string | undefined {
  if (!view || !model || view.year === null || view.route === 'units') return undefined;
  const c = coverageOf(model, unitsInScope(model, view.scope, view.level), view.year);
  if (c.of < 2) return undefined;
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(lang, k, p);
  const head = t('truth.ui.coverage', { n: c.reported, of: c.of, year: c.year });
  if (c.missing.length === 0) return head;
  return `${head}${t('truth.doc.missing', { units: c.missing.map((u) => u.name).join(t('briefing.list.sep')) })}`;
}

export function collectDocInfo(view: View | null, ds: Pick<DatasetContextValue, 'dataset' | 'model'> | null, lang: Lang): DocInfo {
  const model = ds?.model ?? null;
  const heading = typeof document === 'undefined' ? '' : (document.querySelector('main h1')?.textContent ?? '').trim();
  return {
    lang,
    t: (k, p) => translate(lang, k, p),
    route: view?.route ?? '',
    pageTitle: heading || translate(lang, 'app.title'),
    scope: view ? scopeName(view, model, lang) : '',
    year: view?.year ?? null,
    filters: view ? describeFilters(view, model, lang) : [],
    dataset: ds?.dataset?.meta ?? null,
    datasetRef: ds?.dataset ?? null,
    ...(view ? { sources: pageSources(view, model, lang) } : {}),
    ...(view ? { coverage: pageCoverage(view, model, lang) } : {}),
    exportedAt: new Date(),
  };
}
