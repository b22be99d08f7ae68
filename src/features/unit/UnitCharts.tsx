import { useMemo } from 'react';
import { useViewContext } from '../../view/ViewContext.ts';
import { EChart } from '../../charts/EChart.tsx';
import { radarOption } from '../../charts/options/radar.ts';
import { trendOption } from '../../charts/options/trend.ts';
import { indicatorGroups } from '../../domain/catalogue.ts';
import { formatNumber, useI18n } from '../../i18n/index.ts';
import type { TrendData, UnitPageData } from './unitData.ts';

export function RadarPanel({ data }: { data: UnitPageData }) {
  const { t, lang } = useI18n();
  const { view } = useViewContext();
  const score = data.score;
  const option = useMemo(
    () =>
      radarOption(
        {
          axes: indicatorGroups.map((g) => t(`group.${g}`)),
          series: [
            { name: data.unit.name, values: indicatorGroups.map((g) => score?.groups[g] ?? null) },
            { name: t('unitPage.radar.median'), values: indicatorGroups.map((g) => data.peerGroupScores[g]) },
          ],
          missing: t('value.missing'),
        },
        { theme: view.theme, lang },
      ),
    [data, score, t, view.theme, lang],
  );
  const hasScores = score !== undefined && indicatorGroups.some((g) => score.groups[g] !== null);
  return (
    <section className="panel unit-radar" aria-labelledby="unit-radar-title">
      <header className="panel-head">
        <h2 id="unit-radar-title">{t('unitPage.radar')}</h2>
      </header>
      {hasScores ? (
        <>
          <p className="unit-score" data-testid="unit-score">
            {score.composite === null
              ? t('unitPage.unranked')
              : t('unitPage.score', {
                  score: formatNumber(score.composite, lang, 1),
                  groups: score.coverage.groups,
                  of: score.coverage.of,
                })}
            {score.rank !== null && <> · {t('unitPage.rank', { rank: score.rank, n: score.peers })}</>}
          </p>
          <EChart
            extra
            option={option}
            theme={view.theme}
            label={t('a11y.chart', { title: t('unitPage.radar') })}
            height={320}
            chartId="unit-radar"
            exportTitle={t('unitPage.radar')}
          />
          <p className="footnote">{t('unitPage.radar.note')}</p>
        </>
      ) : (
        <p className="muted empty">{t('unitPage.radar.none')}</p>
      )}
    </section>
  );
}

/** The target line for an indicator over the years, when one applies. */
export type TrendTarget = (indicatorId: string, years: readonly number[]) => { name: string; values: Array<number | null> } | undefined;

function TrendChart({ trend, unitName, targetFor }: { trend: TrendData; unitName: string; targetFor?: TrendTarget | undefined }) {
  const { t, l, lang } = useI18n();
  const { view } = useViewContext();
  const label = l(trend.indicator.label) || trend.indicator.id;
  const option = useMemo(() => {
    const target = targetFor?.(trend.indicator.id, trend.years);
    return trendOption(
      {
        years: trend.years,
        unit: trend.indicator.unit,
        series: [
          { name: unitName, values: trend.values },
          { name: t('unitPage.radar.median'), values: trend.medians },
        ],
        ...(target ? { target } : {}),
      },
      { theme: view.theme, lang },
    );
  }, [trend, unitName, t, view.theme, lang, targetFor]);
  return (
    <section className="panel trend" aria-label={label}>
      <header className="panel-head">
        <h3>{label}</h3>
      </header>
      <EChart
        option={option}
        theme={view.theme}
        label={t('a11y.chart', { title: label })}
        height={220}
        chartId={`unit-trend-${trend.indicator.id}`}
        exportTitle={`${unitName} · ${label}`}
        exportMeta={{ definition: l(trend.indicator.definition) || undefined }}
      />
    </section>
  );
}

export function TrendsPanel({ data, targetFor }: { data: UnitPageData; targetFor?: TrendTarget }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="unit-trends-title">
      <h2 id="unit-trends-title" className="section-title">
        {t('unitPage.trends')}
      </h2>
      {data.trends.length === 0 ? (
        <p className="muted">{t('unitPage.trends.none')}</p>
      ) : (
        <div className="unit-trend-grid">
          {data.trends.map((trend) => (
            <TrendChart key={trend.indicator.id} trend={trend} unitName={data.unit.name} targetFor={targetFor} />
          ))}
        </div>
      )}
    </section>
  );
}
