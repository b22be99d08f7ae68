import { lazy, Suspense, useEffect, useMemo, type ComponentType } from 'react';
import { useDatasetContext } from '../data/DatasetProvider.tsx';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { I18nContext, makeI18n, useLangReady } from '../i18n/index.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { NoData, Waiting } from '../ui/Faults.tsx';
import { DataBanner } from './DataBanner.tsx';
import { Header } from './Header.tsx';
import { FirstDrawGate } from './firstScreen/FirstDrawGate.tsx';
import { FirstScreenKeeper } from './firstScreen/FirstScreenKeeper.tsx';
import type { Model } from '../domain/model.ts';
import type { RouteId } from '../view/routes.ts';
import { useView } from '../view/view.ts';
import { ViewContext, useViewContext } from '../view/ViewContext.ts';

// Screens other than the overview load when first needed.
const ImportPage = lazy(() => import('../features/import/ImportPage.tsx'));
const LeaguePage = lazy(() => import('../features/league/LeaguePage.tsx'));
const WeaknessesPage = lazy(() => import('../features/weaknesses/WeaknessesPage.tsx'));
const UnitPage = lazy(() => import('../features/unit/UnitPage.tsx'));
const ScreenPage = lazy(() => import('../features/screen/ScreenPage.tsx'));

/** The page of each route in the table (view/routes.ts) that shows a dataset: a route added there needs its page here. */
const pages: Record<Exclude<RouteId, 'import'>, ComponentType<{ model: Model }>> = {
  overview: OverviewPage,
  league: LeaguePage,
  weaknesses: WeaknessesPage,
  units: UnitPage,
  screen: ScreenPage,
};

function RoutedPage() {
  const { model, loading, loadError, nextTryAt, fetching, retry } = useDatasetContext();
  const { view } = useViewContext();
  if (view.route === 'import') return <ImportPage />;
  // Never an empty page: while the data is on its way, how long it has been; when it failed, why.
  if (!model) return loading ? <Waiting /> : <NoData error={loadError} nextTryAt={nextTryAt} busy={fetching} onRetry={retry} />;
  const Page = pages[view.route];
  return (
    <FirstDrawGate>
      <Page model={model} />
    </FirstDrawGate>
  );
}

export function App() {
  const { model } = useDatasetContext();
  const { view, navigate, patchSearch } = useView(model);
  // English loads on first use; until it is here (a few ms after a switch) the page stays Chinese.
  const langReady = useLangReady(view.lang);
  const lang = langReady ? view.lang : 'zh';
  const i18n = useMemo(() => makeI18n(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = view.theme;
    document.title = i18n.t('app.title');
  }, [lang, view.theme, i18n]);

  const ctx = useMemo(() => ({ view, navigate, patchSearch }), [view, navigate, patchSearch]);
  return (
    <I18nContext.Provider value={i18n}>
      <ViewContext.Provider value={ctx}>
        <div className={`app route-${view.route}`}>
          {/* The wall screen is the whole viewport: its own header, clock and stale marker. */}
          {view.route !== 'screen' && <Header />}
          {view.route !== 'screen' && <DataBanner />}
          <main id="main" tabIndex={-1}>
            <ErrorBoundary lang={view.lang} resetKey={`${view.route}|${model ? model.dataset.meta.id : ''}`}>
              <Suspense fallback={<Waiting />}>
                <RoutedPage />
              </Suspense>
            </ErrorBoundary>
          </main>
        </div>
        <FirstScreenKeeper />
      </ViewContext.Provider>
    </I18nContext.Provider>
  );
}
