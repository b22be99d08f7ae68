/**
 * The overview's preparation, apart from its view: the rows of its two bar charts, what their
 * exports say (definition, sources, key figures) and the headline figures the deck's title slide
 * carries. Pure: tests/unit/features/overview/overviewModel.test.ts.
 */
import type { BarRow, StackedRow } from '../../charts/options/bars.ts';
import type { ChartExportMeta, KeyFigure } from '../../export/registry/types.ts';
import type { Model } from '../../domain/model.ts';
import { sourcesOf } from '../../domain/sources.ts';
import { wordsFor } from '../../export/briefing/sentences.ts';
import { sourceList } from '../../export/briefing/truth.ts';
import { formatValue, type I18n } from '../../i18n/index.ts';
import { domainLabel } from '../../i18n/labels.ts';
import type { OverviewData } from '../../shared/summaries/overviewData.ts';

/** The unit penalties are counted in (件 unless the dataset says otherwise). */
export const penaltyUnit = (model: Model): string => model.indicatorById.get('penalty_cases')?.unit ?? '件';

/** Penalty cases by domain: one bar each. */
export const domainRows = (data: OverviewData, { t }: I18n): BarRow[] =>
  data.byDomain.parts.map((p) => ({ key: p.domain, label: domainLabel(t, p.domain), value: p.value }));

/** The eight weaknesses reported most, each split into recurring and new. */
export const weaknessRows = (data: OverviewData, model: Model, { l }: I18n): StackedRow[] =>
  data.weaknesses.slice(0, 8).map((c) => ({
    key: c.category,
    label: l(model.weaknessById.get(c.category)?.label) || c.category,
    parts: [c.recurring, c.units - c.recurring],
  }));

/** What the penalties-by-domain chart's export says: definition, coverage, sources and the four largest domains. */
export function domainMeta(data: OverviewData, model: Model, i18n: I18n): ChartExportMeta {
  const { t, l, lang } = i18n;
  return {
    definition: l(model.indicatorById.get('penalty_cases')?.definition) || undefined,
    subtitle: t('overview.byDomain.note', { n: data.byDomain.reported, of: data.byDomain.of }),
    sources: sourceList(sourcesOf(model, data.units, [data.coverage.year], ['penalty_cases']), l(model.dataset.meta.name), wordsFor(lang)),
    figures: [...data.byDomain.parts]
      .sort((a, b) => b.value - a.value)
      .slice(0, 4)
      .map((p) => ({ label: domainLabel(t, p.domain), value: formatValue(p.value, penaltyUnit(model), lang) })),
  };
}

/** What the weaknesses chart's export says: the four reported most, with how many recur. */
export function weaknessMeta(data: OverviewData, model: Model, { t, l }: I18n): ChartExportMeta {
  return {
    subtitle: t('overview.weaknesses.units'),
    figures: data.weaknesses.slice(0, 4).map((c) => ({
      label: l(model.weaknessById.get(c.category)?.label) || c.category,
      value: `${c.units}（${t('overview.weaknesses.recurring')} ${c.recurring}）`,
    })),
  };
}

/** The headline cards as figures, for the deck's title slide and notes. */
export const headlineFigures = (data: OverviewData | null, { t, lang }: I18n): KeyFigure[] =>
  (data?.headlines ?? []).map((h) => ({
    label: t(h.label),
    value: formatValue(h.main.current.value, h.main.unit, lang, { approx: h.main.current.approx, compactYuan: true }),
  }));
