import { useMemo } from 'react';
import { Filters } from '../../ui/Filters.tsx';
import { useViewContext } from '../../view/ViewContext.ts';
import { ExportableChart } from '../../export/chart/ExportableChart.tsx';
import { horizontalBarsOption, stackedBarsOption } from '../../charts/options/bars.ts';
import { indicatorGroups } from '../../domain/catalogue.ts';
import type { Model } from '../../domain/model.ts';
import { hasNoFigures, NoFigures } from '../../ui/NoFigures.tsx';
import { formatValue, useI18n } from '../../i18n/index.ts';
import { useScreenFigures } from '../../export/registry/useScreenExport.ts';
import { domainLabel } from '../../i18n/labels.ts';
import { unitHref } from '../../view/unitHref.ts';
import { buildOverview } from '../../shared/summaries/overviewData.ts';
import { HeadlineCard } from './HeadlineCard.tsx';
import { TrendPanel } from './TrendPanel.tsx';
import { useTargets } from '../../data/TargetsProvider.tsx';
import { targetCounts } from '../../domain/targets.ts';
import { BelowTargetPanel } from '../../shared/targets/BelowTargetPanel.tsx';
import { headlineTargetCount, HeadlineTargets } from '../../shared/targets/HeadlineTargets.tsx';
import { TargetsPanel } from '../../shared/targets/TargetsPanel.tsx';
import { OverviewMap } from './OverviewMap.tsx';
import { BelowFirstScreen } from '../../ui/BelowFirstScreen.tsx';
import { CoverageNote } from '../../ui/CoverageNote.tsx';
import { sourcesOf } from '../../domain/sources.ts';
import { wordsFor } from '../../export/briefing/sentences.ts';
import { sourceList } from '../../export/briefing/truth.ts';

export function OverviewPage({ model }: { model: Model }) {
  const { t, l, lang } = useI18n();
  const { view } = useViewContext();
  const year = view.year;
  const data = useMemo(
    () => (year === null ? null : buildOverview(model, view.scope, view.level, year)),
    [model, view.scope, view.level, year],
  );
  const synthetic = model.dataset.meta.synthetic;
  const targets = useTargets(model);
  const counts = useMemo(
    () => (data && year !== null ? targetCounts(model, targets.targets, data.units, year) : []),
    [model, targets, data, year],
  );
  const scopeName = view.scope ? (model.unitByCode.get(view.scope)?.name ?? view.scope) : t('filter.scope.all');
  const ctx = { theme: view.theme, lang };

  const domainOption = useMemo(
    () =>
      data
        ? horizontalBarsOption(
            data.byDomain.parts.map((p) => ({ key: p.domain, label: domainLabel(t, p.domain), value: p.value })),
            model.indicatorById.get('penalty_cases')?.unit ?? '件',
            ctx,
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, view.theme, lang],
  );
  const weaknessOption = useMemo(
    () =>
      data
        ? stackedBarsOption(
            data.weaknesses.slice(0, 8).map((c) => ({
              key: c.category,
              label: l(model.weaknessById.get(c.category)?.label) || c.category,
              parts: [c.recurring, c.units - c.recurring],
            })),
            [t('overview.weaknesses.recurring'), t('overview.weaknesses.new')],
            ctx,
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, view.theme, lang],
  );

  const penaltiesDef = l(model.indicatorById.get('penalty_cases')?.definition) || undefined;
  const domainMeta = useMemo(
    () =>
      data
        ? {
            definition: penaltiesDef,
            subtitle: t('overview.byDomain.note', { n: data.byDomain.reported, of: data.byDomain.of }),
            sources: sourceList(
              sourcesOf(model, data.units, [data.coverage.year], ['penalty_cases']),
              l(model.dataset.meta.name),
              wordsFor(lang),
            ),
            figures: [...data.byDomain.parts]
              .sort((a, b) => b.value - a.value)
              .slice(0, 4)
              .map((p) => ({
                label: domainLabel(t, p.domain),
                value: formatValue(p.value, model.indicatorById.get('penalty_cases')?.unit ?? '件', lang),
              })),
          }
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, lang],
  );
  const weaknessMeta = useMemo(
    () =>
      data
        ? {
            subtitle: t('overview.weaknesses.units'),
            figures: data.weaknesses.slice(0, 4).map((c) => ({
              label: l(model.weaknessById.get(c.category)?.label) || c.category,
              value: `${c.units}（${t('overview.weaknesses.recurring')} ${c.recurring}）`,
            })),
          }
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, lang],
  );
  // The headline cards, for the deck's title slide and notes.
  useScreenFigures(t('overview.headlines'), () =>
    (data?.headlines ?? []).map((h) => ({
      label: t(h.label),
      value: formatValue(h.main.current.value, h.main.unit, lang, { approx: h.main.current.approx, compactYuan: true }),
    })),
  );

  if (hasNoFigures(model.dataset)) return <NoFigures dataset={model.dataset} />;
  if (year === null || !data) return <p className="muted">{t('overview.empty')}</p>;
  const single = data.units.length === 1;
  const headlineTarget = (h: (typeof data.headlines)[number]) => {
    const c = headlineTargetCount([h.main.indicator, h.secondary?.figure.indicator], counts);
    return c ? <HeadlineTargets count={c} custom={targets.custom} /> : undefined;
  };

  return (
    <div className="page overview">
      <div className="page-head">
        <h1>{t('overview.title', { scope: scopeName, year })}</h1>
        {view.scope && model.unitByCode.get(view.scope)?.level !== 'province' && (
          <a className="btn ghost" href={unitHref(view.scope, view.params, { year: String(year) })} data-testid="overview-unit-link">
            {t('overview.unitPage')}
          </a>
        )}
        <Filters model={model} />
      </div>
      {data.coverage.of > 1 && (
        <CoverageNote coverage={data.coverage} hrefOf={(code) => unitHref(code, view.params, { year: String(year) })} />
      )}
      {data.reporting === 0 ? (
        <p className="empty-state" role="status">
          {t('overview.empty')}
        </p>
      ) : (
        <>
          <section aria-labelledby="kpi-title">
            <h2 id="kpi-title" className="section-title">
              {t('overview.headlines')}
            </h2>
            <div className="kpi-grid">
              {data.headlines.map((h) => (
                <HeadlineCard key={h.key} headline={h} synthetic={synthetic} single={single} target={headlineTarget(h)} />
              ))}
            </div>
            {!single && <p className="footnote">{t('overview.sum')}</p>}
          </section>
          {!single && <OverviewMap model={model} year={year} scopeName={scopeName} />}
          <BelowFirstScreen minHeight={1200}>
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
                {domainOption && data.byDomain.parts.length > 0 ? (
                  <ExportableChart
                    option={domainOption}
                    theme={view.theme}
                    label={t('a11y.chart', { title: t('overview.byDomain') })}
                    height={300}
                    chartId="penalties-by-domain"
                    exportTitle={t('overview.byDomain')}
                    exportMeta={domainMeta}
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
                {weaknessOption && data.weaknesses.length > 0 ? (
                  <ExportableChart
                    option={weaknessOption}
                    theme={view.theme}
                    label={t('a11y.chart', { title: t('overview.weaknesses') })}
                    height={300}
                    chartId="top-weaknesses"
                    exportTitle={t('overview.weaknesses')}
                    exportMeta={weaknessMeta}
                  />
                ) : (
                  <p className="muted empty">{t('value.missingLong')}</p>
                )}
              </section>
            </div>
            {counts.length > 0 && (
              <BelowTargetPanel
                model={model}
                counts={counts}
                effective={targets}
                unitHref={(code) => unitHref(code, view.params, { year: String(year) })}
              />
            )}
          </BelowFirstScreen>
        </>
      )}
      <TargetsPanel model={model} />
    </div>
  );
}
