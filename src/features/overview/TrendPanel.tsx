import { useMemo, useState } from 'react';
import { ExportableChart } from '../../export/chart/ExportableChart.tsx';
import { trendOption } from '../../charts/options/trend.ts';
import type { Unit } from '../../contract/schema.ts';
import type { IndicatorGroup } from '../../domain/catalogue.ts';
import type { Model } from '../../domain/model.ts';
import { formatValue, useI18n } from '../../i18n/index.ts';
import { sourcesOf } from '../../domain/sources.ts';
import { wordsFor } from '../../export/briefing/sentences.ts';
import { sourceList } from '../../export/briefing/truth.ts';
import { useViewContext } from '../../view/ViewContext.ts';
import { trendFor } from '../../shared/summaries/overviewData.ts';
import { firstYearNote } from '../../charts/trendNote.ts';
import { useTargetLine } from '../../shared/targets/useTargetLine.ts';

export function TrendPanel({ model, units, group }: { model: Model; units: Unit[]; group: IndicatorGroup }) {
  const { t, l, lang } = useI18n();
  const { view } = useViewContext();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const data = useMemo(() => trendFor(model, units, group, chosen), [model, units, group, chosen]);
  const label = l(model.indicatorById.get(data.indicator)?.label);
  const targetFor = useTargetLine(model, units);
  const option = useMemo(() => {
    const target = targetFor(data.indicator, data.years);
    return trendOption(
      { years: data.years, unit: data.unit, series: [{ name: label, values: data.values }], ...(target ? { target } : {}) },
      { theme: view.theme, lang },
    );
  }, [data, label, view.theme, lang, targetFor]);
  const title = t(`group.${group}`);
  const exportMeta = useMemo(() => {
    const last = data.values.reduce<number>((found, v, i) => (v !== null ? i : found), -1);
    const prev = data.values.slice(0, Math.max(last, 0)).reduce<number>((found, v, i) => (v !== null ? i : found), -1);
    const figures = [];
    if (last >= 0) {
      figures.push({ label: `${data.years[last]}`, value: formatValue(data.values[last], data.unit, lang, { compactYuan: true }) });
      if (prev >= 0)
        figures.push({ label: `${data.years[prev]}`, value: formatValue(data.values[prev], data.unit, lang, { compactYuan: true }) });
    }
    const sources = sourceList(sourcesOf(model, units, data.years, [data.indicator]), l(model.dataset.meta.name), wordsFor(lang));
    const note = firstYearNote(data, t);
    return {
      definition: l(model.indicatorById.get(data.indicator)?.definition) || undefined,
      figures,
      sources,
      ...(note ? { subtitle: note } : {}),
    };
  }, [data, model, units, lang, l, t]);
  const note = firstYearNote(data, t);
  return (
    <section className="panel trend" aria-labelledby={`trend-${group}`}>
      <header className="panel-head">
        <h3 id={`trend-${group}`}>{title}</h3>
        {data.choices.length === 1 && <span className="muted">{label}</span>}
        {data.choices.length > 1 && (
          <select
            aria-label={`${title} · ${t('overview.trend.indicator')}`}
            value={data.indicator}
            onChange={(e) => setChosen(e.target.value)}
          >
            {data.choices.map((id) => (
              <option key={id} value={id}>
                {l(model.indicatorById.get(id)?.label)}
              </option>
            ))}
          </select>
        )}
      </header>
      {data.choices.length === 0 ? (
        <p className="muted empty">{t('value.missingLong')}</p>
      ) : (
        <ExportableChart
          option={option}
          theme={view.theme}
          label={t('a11y.chart', { title: `${title} · ${label}` })}
          height={220}
          chartId={`trend-${group}`}
          exportTitle={`${title} · ${label}`}
          exportMeta={exportMeta}
        />
      )}
      {data.choices.length > 0 && note && (
        <p className="footnote" data-testid="trend-first-year">
          {note}
        </p>
      )}
    </section>
  );
}
