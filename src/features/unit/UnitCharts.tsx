import { useMemo } from 'react';
import { useViewContext } from '../../view/ViewContext.ts';
import { ExportableChart } from '../../export/chart/ExportableChart.tsx';
import { RADAR_MIN_AXES, radarAxes, radarOption } from '../../charts/options/radar.ts';
import { trendOption } from '../../charts/options/trend.ts';
import { firstYearNote } from '../../charts/trendNote.ts';
import { indicatorGroups } from '../../domain/catalogue.ts';
import { formatNumber, useI18n } from '../../i18n/index.ts';
import type { SourceSummary } from '../../domain/sources.ts';
import type { TrendData, UnitPageData } from './unitData.ts';

export function RadarPanel({ data, sources }: { data: UnitPageData; sources: (s: SourceSummary) => string }) {
  const { t, lang } = useI18n();
  const { view } = useViewContext();
  const score = data.score;
  const input = useMemo(
    () => ({
      axes: indicatorGroups.map((g) => t(`group.${g}`)),
      series: [
        { name: data.unit.name, values: indicatorGroups.map((g) => score?.groups[g] ?? null) },
        { name: t('unitPage.radar.median'), values: indicatorGroups.map((g) => data.peerGroupScores[g]) },
      ],
      missing: t('value.missing'),
    }),
    [data, score, t],
  );
  const axes = useMemo(() => radarAxes(input), [input]);
  const option = useMemo(() => radarOption(input, { theme: view.theme, lang }), [input, view.theme, lang]);
  const hasScores = score !== undefined && indicatorGroups.some((g) => score.groups[g] !== null);
  const alone = score !== undefined && score.groupSize < 2;
  return (
    <section className="panel unit-radar" aria-labelledby="unit-radar-title">
      <header className="panel-head">
        <h2 id="unit-radar-title">{t('unitPage.radar')}</h2>
      </header>
      {alone ? (
        <p className="muted empty" data-testid="unit-alone">
          {t('truth.ui.alone', { peer: t(`league.peer.${score.peerGroup}`) })}
        </p>
      ) : hasScores ? (
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
          {axes.kept.length >= RADAR_MIN_AXES ? (
            <ExportableChart
              extra
              option={option}
              theme={view.theme}
              label={t('a11y.chart', { title: t('unitPage.radar') })}
              height={320}
              chartId="unit-radar"
              exportTitle={t('unitPage.radar')}
              exportMeta={{ sources: sources(data.sources) }}
            />
          ) : (
            <ul className="unit-group-scores" data-testid="unit-group-scores">
              {indicatorGroups.map((g) => (
                <li key={g}>
                  {t(`group.${g}`)}：{score.groups[g] === null ? t('value.missing') : formatNumber(score.groups[g], lang, 0)}
                </li>
              ))}
            </ul>
          )}
          {axes.missing.length > 0 && (
            <p className="footnote" data-testid="unit-radar-gaps">
              {t('truth.ui.radarGaps', { groups: axes.missing.join(t('briefing.list.sep')) })}
            </p>
          )}
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

function TrendChart({
  trend,
  unitName,
  targetFor,
  sources,
}: {
  trend: TrendData;
  unitName: string;
  targetFor?: TrendTarget | undefined;
  sources: (s: SourceSummary) => string;
}) {
  const { t, l, lang } = useI18n();
  const { view } = useViewContext();
  const label = l(trend.indicator.label) || trend.indicator.id;
  const note = firstYearNote(trend, t);
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
      <ExportableChart
        option={option}
        theme={view.theme}
        label={t('a11y.chart', { title: label })}
        height={220}
        chartId={`unit-trend-${trend.indicator.id}`}
        exportTitle={`${unitName} · ${label}`}
        exportMeta={{ definition: l(trend.indicator.definition) || undefined, sources: sources(trend.sources) }}
      />
      {note && (
        <p className="footnote" data-testid="unit-trend-note">
          {note}
        </p>
      )}
    </section>
  );
}

export function TrendsPanel({
  data,
  targetFor,
  sources,
}: {
  data: UnitPageData;
  targetFor?: TrendTarget;
  sources: (s: SourceSummary) => string;
}) {
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
            <TrendChart key={trend.indicator.id} trend={trend} unitName={data.unit.name} targetFor={targetFor} sources={sources} />
          ))}
        </div>
      )}
    </section>
  );
}
