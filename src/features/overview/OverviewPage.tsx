import { useEffect, useMemo, useState, type ComponentProps } from 'react';
import { Filters } from '../../ui/Filters.tsx';
import { useViewContext } from '../../view/ViewContext.ts';
import type { Model } from '../../domain/model.ts';
import { hasNoFigures, NoFigures } from '../../ui/NoFigures.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useScreenFigures } from '../../export/registry/useScreenExport.ts';
import { unitHref } from '../../view/unitHref.ts';
import { buildOverview } from '../../shared/summaries/overviewData.ts';
import { HeadlineCard } from './HeadlineCard.tsx';
import { useTargets } from '../../data/TargetsProvider.tsx';
import { targetCounts } from '../../domain/targets.ts';
import { headlineTargetCount, HeadlineTargets } from '../../shared/targets/HeadlineTargets.tsx';
import { TargetsPanel } from '../../shared/targets/TargetsPanel.tsx';
import { OverviewMap } from './OverviewMap.tsx';
import { headlineFigures } from './overviewModel.ts';
import { BelowFirstScreen, BelowLoading } from '../../ui/BelowFirstScreen.tsx';
import { CoverageNote } from '../../ui/CoverageNote.tsx';

// What lies below the first screen is a chunk of its own (its trends, bars and target tables are
// not in the first screen's JS), asked for as soon as the app's code runs: it is here before the
// data, so a screen that shows everything at once (4K) still paints it with the first frame.
type Below = (typeof import('./OverviewBelow.tsx'))['default'];
let OverviewBelow: Below | null = null;
const belowLoaded: Promise<unknown> = import('./OverviewBelow.tsx').then((m) => {
  OverviewBelow = m.default;
});

/** The panels below the first screen once their chunk is here; until then the placeholder. */
function BelowPanels(props: ComponentProps<Below>) {
  const [ready, setReady] = useState(() => OverviewBelow !== null);
  useEffect(() => {
    if (!ready) void belowLoaded.then(() => setReady(true));
  }, [ready]);
  return ready && OverviewBelow ? <OverviewBelow {...props} /> : <BelowLoading minHeight={1200} />;
}

/**
 * The overview (#/overview, the first screen): headline figures, the map, then what lies below
 * (OverviewBelow.tsx). The page composes; the preparation is pure (overviewModel.ts,
 * shared/summaries/overviewData.ts).
 */
export function OverviewPage({ model }: { model: Model }) {
  const i18n = useI18n();
  const { t } = i18n;
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
  // The headline cards, for the deck's title slide and notes.
  useScreenFigures(t('overview.headlines'), () => headlineFigures(data, i18n));

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
          <a className="btn ghost" href={unitHref(view.scope, view.params, { year })} data-testid="overview-unit-link">
            {t('overview.unitPage')}
          </a>
        )}
        <Filters model={model} />
      </div>
      {data.coverage.of > 1 && <CoverageNote coverage={data.coverage} hrefOf={(code) => unitHref(code, view.params, { year })} />}
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
            <BelowPanels model={model} data={data} year={year} counts={counts} targets={targets} />
          </BelowFirstScreen>
        </>
      )}
      <TargetsPanel model={model} />
    </div>
  );
}
