/**
 * The wall screen (#/screen): a 1920×1080 design canvas scaled to fill any screen without
 * scrollbars or cropping, rotating through pages, refreshing its data, never needing a reload.
 * Configured by its link: scope, year, level, interval (s), refresh (min), pages, theme, lang.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useViewContext } from '../../view/ViewContext.ts';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { applyUpdate, useUpdateReady } from '../../data/serviceWorker.ts';
import type { Model } from '../../domain/model.ts';
import { unitsInScope } from '../../domain/model.ts';
import { useI18n } from '../../i18n/index.ts';
import { useScoringSettings } from '../../view/scoringParams.ts';
import { buildOverview } from '../../shared/summaries/overviewData.ts';
import { CityHeat, Callouts, Counters, LeagueBoards, Trends } from './ScreenPanels.tsx';
import { cityHeat, leagueBoards, readScreenConfig, recurringCallouts } from './screenData.ts';
import { usePointerActive, useCanvasFit, useRotation } from './useRotation.ts';
import { useTargets } from '../../data/TargetsProvider.tsx';
import { targetCounts } from '../../domain/targets.ts';
import { ScreenBelowTarget } from '../../shared/targets/ScreenBelowTarget.tsx';
import { ScreenMap } from './ScreenMap.tsx';
import { ScreenFault } from './ScreenFault.tsx';
import './screen.css';

export const DESIGN = { width: 1920, height: 1080 };
function Clock() {
  const { lang } = useI18n();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  return (
    <div className="scr-clock" data-testid="screen-clock">
      <span className="scr-time">{now.toLocaleTimeString(locale, { hour12: false })}</span>
      <span className="scr-date">
        {now.toLocaleDateString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' })}
      </span>
    </div>
  );
}

export default function ScreenPage({ model }: { model: Model }) {
  const { t, l, lang } = useI18n();
  const { view } = useViewContext();
  const ds = useDatasetContext();
  const effectiveTargets = useTargets(model);
  const config = readScreenConfig(view.params, effectiveTargets.targets.length > 0);
  const { setRefreshInterval } = ds;
  useEffect(() => {
    setRefreshInterval(config.refreshMs);
    return () => setRefreshInterval(null);
  }, [config.refreshMs, setRefreshInterval]);

  const rotation = useRotation(config.pages.length, config.intervalMs);
  // A new build is waiting (service worker): the wall takes it at its next page turn, not mid-page.
  const updateReady = useUpdateReady();
  const pageAtUpdate = useRef<number | null>(null);
  useEffect(() => {
    if (!updateReady) return;
    if (pageAtUpdate.current === null) pageAtUpdate.current = rotation.index;
    else if (pageAtUpdate.current !== rotation.index) applyUpdate();
  }, [updateReady, rotation.index]);
  const pointer = usePointerActive();
  const fit = useCanvasFit(DESIGN.width, DESIGN.height);
  const pixelRatio = Math.max(1, Math.round((window.devicePixelRatio || 1) * fit.scale * 4) / 4);

  // A dataset with no records has no year: the wall says so instead of showing “0年” and empty panels.
  const hasData = view.year !== null;
  const year = view.year ?? 0;
  const level = view.level === 'all' ? 'all' : view.level;
  const settings = useScoringSettings();
  const data = useMemo(() => {
    const overview = buildOverview(model, view.scope, level, year);
    const units = unitsInScope(model, view.scope, level);
    const callouts = recurringCallouts(model, units, year, 4);
    const categories = overview.weaknesses.slice(0, 7).map((c) => c.category);
    return {
      overview,
      units,
      callouts,
      categories,
      boards: leagueBoards(model, view.scope, level, year, settings),
      heat: cityHeat(model, view.scope, year, categories),
    };
  }, [model, view.scope, level, year, settings]);
  const belowTarget = useMemo(
    () => targetCounts(model, effectiveTargets.targets, data.units, year),
    [model, effectiveTargets, data.units, year],
  );

  const scopeName = view.scope ? (model.unitByCode.get(view.scope)?.name ?? view.scope) : t('filter.scope.all');
  // The title keeps its year in view: a name past any real one (the longest is ~12 characters) is cut.
  const titleScope = scopeName.length > 12 ? `${scopeName.slice(0, 11)}…` : scopeName;
  const meta = model.dataset.meta;
  const active = config.pages[rotation.index] ?? 'kpi';
  const held = rotation.heldUntil > Date.now();
  const updated = ds.updatedAt
    ? new Date(ds.updatedAt).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false, hour: '2-digit', minute: '2-digit' })
    : '';

  return (
    <div className={pointer ? 'scr-viewport' : 'scr-viewport scr-idle'} data-theme-screen={view.theme}>
      <div
        className="scr-canvas"
        data-testid="screen-canvas"
        style={{ width: DESIGN.width, height: DESIGN.height, transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})` }}
      >
        <header className="scr-head">
          <div className="scr-title">
            <span className="brand-mark" aria-hidden="true">
              法
            </span>
            <h1 title={scopeName}>{hasData ? t('screen.title', { scope: titleScope, year }) : t('app.title')}</h1>
          </div>
          <nav className="scr-dots" aria-label={t('nav.screen')}>
            {config.pages.map((p, i) => (
              <span
                key={p}
                className={i === rotation.index ? 'scr-dot active' : 'scr-dot'}
                aria-current={i === rotation.index ? 'step' : undefined}
              >
                {t(`screen.page.${p}`)}
              </span>
            ))}
          </nav>
          <div className="scr-status">
            <div className="scr-data">
              <span className="scr-data-line">
                <span className={meta.synthetic ? 'tag tag-synthetic' : 'tag tag-real'}>
                  {meta.synthetic ? t('header.synthetic') : t('header.real')}
                </span>
                <span>{l(meta.name)}</span>
              </span>
              <span className="scr-data-line">
                <span>{t('header.asOf', { date: meta.asOf })}</span>
                {ds.refreshFailed ? (
                  <span className="scr-stale" role="status" data-testid="screen-stale">
                    ● {t('screen.stale', { time: updated })}
                  </span>
                ) : (
                  <span className="scr-updated" data-testid="screen-updated">
                    {t('screen.updated', { time: updated })}
                  </span>
                )}
              </span>
              <ScreenFault />
            </div>
            <Clock />
          </div>
        </header>
        {!hasData && (
          <p className="scr-empty" role="status">
            {model.dataset.records.length === 0 ? t('ds.empty.screen', { name: l(model.dataset.meta.name) }) : t('overview.empty')}
          </p>
        )}
        <div className="scr-pages" hidden={!hasData}>
          <section className={active === 'kpi' ? 'scr-page active' : 'scr-page'} data-page="kpi" aria-hidden={active !== 'kpi'}>
            <Counters headlines={data.overview.headlines} />
            <div className="scr-row">
              <Trends model={model} units={data.units} theme={view.theme} pixelRatio={pixelRatio} />
              <Callouts callouts={data.callouts} model={model} />
            </div>
          </section>
          <section className={active === 'league' ? 'scr-page active' : 'scr-page'} data-page="league" aria-hidden={active !== 'league'}>
            <LeagueBoards boards={data.boards} active={active === 'league'} />
          </section>
          <section
            className={active === 'weaknesses' ? 'scr-page active' : 'scr-page'}
            data-page="weaknesses"
            aria-hidden={active !== 'weaknesses'}
          >
            <div className="scr-row scr-weak">
              <CityHeat rows={data.heat} categories={data.categories} model={model} />
              <Callouts callouts={data.callouts} model={model} />
            </div>
          </section>
          <section className={active === 'targets' ? 'scr-page active' : 'scr-page'} data-page="targets" aria-hidden={active !== 'targets'}>
            <ScreenBelowTarget model={model} counts={belowTarget} effective={effectiveTargets} year={year} />
          </section>
          <section className={active === 'map' ? 'scr-page active' : 'scr-page'} data-page="map" aria-hidden={active !== 'map'}>
            {active === 'map' && <ScreenMap model={model} year={year} settings={settings} scopeName={scopeName} pixelRatio={pixelRatio} />}
          </section>
        </div>
        <footer className="scr-foot">
          <span data-testid="screen-state" data-paused={rotation.paused} data-page={active}>
            {rotation.paused
              ? t('screen.paused')
              : held
                ? t('screen.pausedAuto', { s: Math.ceil((rotation.heldUntil - Date.now()) / 1000) })
                : ''}
          </span>
          {hasData && data.overview.coverage.of > 1 && (
            <span
              className="scr-coverage"
              data-testid="screen-coverage"
              data-reported={data.overview.coverage.reported}
              data-of={data.overview.coverage.of}
            >
              {t('screen.coverage', { n: data.overview.coverage.reported, of: data.overview.coverage.of })}
              {data.overview.coverage.missing.length > 0 &&
                ` · ${t('screen.coverageMissing', { units: data.overview.coverage.missing.map((u) => u.name).join(t('briefing.list.sep')) })}`}
            </span>
          )}
          {updateReady && (
            <span className="scr-update" role="status" data-testid="screen-update">
              {t('sw.updateReady')}
            </span>
          )}
          <span>{t('screen.help')}</span>
        </footer>
      </div>
    </div>
  );
}
