import { useMemo } from 'react';
import { useViewContext } from '../../view/ViewContext.ts';
import { ExportableChart } from '../../export/chart/ExportableChart.tsx';
import { heatmapHeight, heatmapOption } from '../../charts/options/heatmap.ts';
import type { Unit } from '../../contract/schema.ts';
import type { Model } from '../../domain/model.ts';
import { categoryYearCounts } from '../../domain/recurrence.ts';
import { useI18n } from '../../i18n/index.ts';
import { CATEGORY_YEAR_TOP, categoryYearView } from './heatmapView.ts';

/** Category × year: how many units reported each weakness each year, and which are rising. */
export function CategoryTrendPanel({ model, units, years }: { model: Model; units: Unit[]; years: number[] }) {
  const i18n = useI18n();
  const { t, l, lang } = i18n;
  const { view } = useViewContext();
  const counts = useMemo(() => categoryYearCounts(model, units, years), [model, units, years]);
  const label = (id: string) => l(model.weaknessById.get(id)?.label) || id;
  const input = useMemo(
    () => categoryYearView(counts, years, (id) => i18n.l(model.weaknessById.get(id)?.label) || id, i18n),
    [counts, years, model, i18n],
  );
  const option = useMemo(() => heatmapOption(input, { theme: view.theme, lang }), [input, view.theme, lang]);
  // The trend runs over the years with records: name its ends with their counts.
  const ends = [years.findIndex((_, i) => (counts[0]?.of[i] ?? 0) > 0), years.findLastIndex((_, i) => (counts[0]?.of[i] ?? 0) > 0)];
  const describe = (trend: 'rising' | 'falling') =>
    counts
      .filter((c) => c.trend === trend)
      .sort((a, b) => (trend === 'rising' ? b.slope - a.slope : a.slope - b.slope))
      .map((c) => {
        const [i = 0, j = 0] = ends;
        return t('weak.trend.change', {
          name: label(c.category),
          from: years[i] ?? '',
          to: years[j] ?? '',
          a: `${c.counts[i] ?? 0}/${c.of[i] ?? 0}`,
          b: `${c.counts[j] ?? 0}/${c.of[j] ?? 0}`,
        });
      });
  const rising = describe('rising');
  const falling = describe('falling');

  return (
    <section className="panel wk-trend" aria-labelledby="wk-trend-title" data-testid="category-year">
      <header className="panel-head">
        <h2 id="wk-trend-title">{t('weak.trend.title')}</h2>
      </header>
      <p className="muted">{t('weak.trend.note')}</p>
      <ExportableChart
        extra
        option={option}
        theme={view.theme}
        label={t('a11y.chart', { title: t('weak.trend.title') })}
        height={heatmapHeight(counts.length, CATEGORY_YEAR_TOP)}
        chartId="weakness-category-year"
        exportTitle={t('weak.trend.title')}
        exportMeta={{ lightOption: () => heatmapOption(input, { theme: 'light', lang }) }}
      />
      <p className="wk-trend-list" data-testid="rising">
        {rising.length ? (
          <>
            <strong>{t('weak.trend.rising')}</strong> {rising.join('；')}
          </>
        ) : (
          t('weak.trend.none')
        )}
      </p>
      {falling.length > 0 && (
        <p className="wk-trend-list muted">
          <strong>{t('weak.trend.falling')}</strong> {falling.join('；')}
        </p>
      )}
    </section>
  );
}
