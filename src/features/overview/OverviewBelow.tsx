/**
 * The overview below its first screen: the six trends, penalties by domain, the weaknesses
 * reported most and the units below target. Rendered once the charts above are drawn
 * (ui/BelowFirstScreen.tsx).
 */
import { useMemo } from 'react';
import { ExportableChart } from '../../export/chart/ExportableChart.tsx';
import { horizontalBarsOption, stackedBarsOption } from '../../charts/options/bars.ts';
import type { EffectiveTargets } from '../../data/TargetsProvider.tsx';
import { indicatorGroups } from '../../domain/catalogue.ts';
import type { Model } from '../../domain/model.ts';
import type { IndicatorTargetCount } from '../../domain/targets.ts';
import { useI18n } from '../../i18n/index.ts';
import type { OverviewData } from '../../shared/summaries/overviewData.ts';
import { BelowTargetPanel } from '../../shared/targets/BelowTargetPanel.tsx';
import { useViewContext } from '../../view/ViewContext.ts';
import { unitHref } from '../../view/unitHref.ts';
import { domainMeta, domainRows, penaltyUnit, weaknessMeta, weaknessRows } from './overviewModel.ts';
import { TrendPanel } from './TrendPanel.tsx';

interface OverviewBelowProps {
  model: Model;
  data: OverviewData;
  year: number;
  counts: IndicatorTargetCount[];
  targets: EffectiveTargets;
}

export default function OverviewBelow({ model, data, year, counts, targets }: OverviewBelowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view } = useViewContext();
  const theme = view.theme;
  const domainOption = useMemo(
    () => horizontalBarsOption(domainRows(data, i18n), penaltyUnit(model), { theme, lang: i18n.lang }),
    [data, model, theme, i18n],
  );
  const weaknessOption = useMemo(
    () =>
      stackedBarsOption(weaknessRows(data, model, i18n), [t('overview.weaknesses.recurring'), t('overview.weaknesses.new')], {
        theme,
        lang: i18n.lang,
      }),
    [data, model, theme, i18n, t],
  );
  const domainExport = useMemo(() => domainMeta(data, model, i18n), [data, model, i18n]);
  const weaknessExport = useMemo(() => weaknessMeta(data, model, i18n), [data, model, i18n]);

  return (
    <>
      <section aria-labelledby="trend-title">
        <h2 id="trend-title" className="section-title">
          {t('overview.trends')}
        </h2>
        <div className="trend-grid">
          {indicatorGroups.map((g) => (
            <TrendPanel key={g} model={model} units={data.units} group={g} />
          ))}
        </div>
      </section>
      <div className="two-col">
        <section className="panel" aria-labelledby="domain-title">
          <header className="panel-head">
            <h2 id="domain-title">{t('overview.byDomain')}</h2>
            <span className="muted">{t('overview.byDomain.note', { n: data.byDomain.reported, of: data.byDomain.of })}</span>
          </header>
          {data.byDomain.parts.length > 0 ? (
            <ExportableChart
              option={domainOption}
              theme={theme}
              label={t('a11y.chart', { title: t('overview.byDomain') })}
              height={300}
              chartId="penalties-by-domain"
              exportTitle={t('overview.byDomain')}
              exportMeta={domainExport}
            />
          ) : (
            <p className="muted empty">{t('value.missingLong')}</p>
          )}
        </section>
        <section className="panel" aria-labelledby="weak-title">
          <header className="panel-head">
            <h2 id="weak-title">{t('overview.weaknesses')}</h2>
            <span className="muted">{t('overview.weaknesses.units')}</span>
          </header>
          {data.weaknesses.length > 0 ? (
            <ExportableChart
              option={weaknessOption}
              theme={theme}
              label={t('a11y.chart', { title: t('overview.weaknesses') })}
              height={300}
              chartId="top-weaknesses"
              exportTitle={t('overview.weaknesses')}
              exportMeta={weaknessExport}
            />
          ) : (
            <p className="muted empty">{t('value.missingLong')}</p>
          )}
        </section>
      </div>
      {counts.length > 0 && (
        <BelowTargetPanel model={model} counts={counts} effective={targets} unitHref={(code) => unitHref(code, view.params, { year })} />
      )}
    </>
  );
}
