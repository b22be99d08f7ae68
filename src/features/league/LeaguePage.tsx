/**
 * The league (#/league): every unit of the scope ranked among its peers, with the map, the
 * weights and the method beside it. The page composes; the state is the link's (leagueState.ts),
 * the preparation pure (leagueData.ts, leagueModel.ts), the exports in useLeagueExport.ts.
 */
import type { SortingState, Table } from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Filters } from '../../ui/Filters.tsx';
import { usePhone } from '../../ui/useMediaQuery.ts';
import { useSearch, useViewContext } from '../../view/ViewContext.ts';
import { unitsInScope, type Model } from '../../domain/model.ts';
import { coverageOf } from '../../domain/coverage.ts';
import { CoverageNote } from '../../ui/CoverageNote.tsx';
import { hasNoFigures, NoFigures } from '../../ui/NoFigures.tsx';
import type { Weights } from '../../domain/scoring.ts';
import { useI18n } from '../../i18n/index.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { unitHref } from '../../view/unitHref.ts';
import { useScoringSettings } from '../../view/scoringParams.ts';
import { leagueColumns } from './columns.tsx';
import { buildLeagueRows, type LeagueRow } from './leagueData.ts';
import { useRankedYears } from './useRankedYears.ts';
import { chosenColumns, leagueStateOf } from './leagueState.ts';
import { citiesOf, unitLinkQuery, visibleRows } from './leagueModel.ts';
import { MethodPanel } from './MethodPanel.tsx';
import { WeightsPanel } from './WeightsPanel.tsx';
import { useTargets } from '../../data/TargetsProvider.tsx';
import { attachTargets, withTargetMarks } from './leagueTargets.tsx';
import { LeagueMap } from './LeagueMap.tsx';
import { LeagueToolbar } from './LeagueToolbar.tsx';
import { useLeagueExport } from './useLeagueExport.ts';
import './league.css';

// The phone's list loads only on a phone; desks never fetch it.
const LeagueList = lazy(() => import('./LeagueList.tsx').then((m) => ({ default: m.LeagueList })));

export default function LeaguePage({ model }: { model: Model }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view, navigate } = useViewContext();
  const [search, setSearch] = useSearch('league');
  const known = useMemo(() => new Set(model.dataset.indicators.map((i) => i.id)), [model]);
  const settings = useScoringSettings();
  const state = leagueStateOf(search, known);
  const year = view.year;

  // Scores for every year: this year and the last at once (the table and its movement), the
  // others a year per task after the table is drawn (the rank history), so a national dataset
  // over many years does not hold the page.
  const { byYear, pending } = useRankedYears(model, view.scope, view.level, settings, year ?? 0);
  // Who reported, of every unit the scope lists: the units that did not are named, not just absent.
  const coverage = useMemo(
    () => coverageOf(model, unitsInScope(model, view.scope, view.level), year ?? 0),
    [model, view.scope, view.level, year],
  );
  const effectiveTargets = useTargets(model);
  const targets = effectiveTargets.targets;
  const allRows = useMemo(
    () => (year === null ? [] : attachTargets(buildLeagueRows(model, byYear, year), model, targets, year)),
    [model, byYear, year, targets],
  );
  const { city, q, show, n, recurring, below } = search;
  const rows = useMemo(
    () => visibleRows(allRows, { city, query: q, show, n, recurringOnly: recurring, belowOnly: below }),
    [allRows, city, q, show, n, recurring, below],
  );
  // The link's `cols` is one array per text (view/searchParams.ts), so this holds while it does not change.
  const columnIds = useMemo(() => chosenColumns(search.cols, known), [search.cols, known]);
  const linkQuery = unitLinkQuery(view.params);
  const columns = useMemo(
    () =>
      withTargetMarks(
        leagueColumns(model, columnIds, settings.normalisation, i18n, new URLSearchParams(linkQuery)),
        model,
        targets,
        year ?? 0,
        i18n,
      ),
    [model, columnIds, settings.normalisation, i18n, linkQuery, targets, year],
  );
  const cities = useMemo(() => citiesOf(allRows), [allRows]);
  const tableRef = useRef<Table<LeagueRow> | null>(null);
  const phone = usePhone();
  const [litUnit, setLitUnit] = useState<string | null>(null);
  const mapScores = useMemo(() => (year === null ? [] : (byYear.get(year) ?? [])), [byYear, year]);

  const scopeName = view.scope ? (model.unitByCode.get(view.scope)?.name ?? view.scope) : t('filter.scope.all');
  const setSorting = (s: SortingState) => setSearch({ sort: s.length ? s : null }, { replace: true });
  const setWeights = (w: Weights | null) => setSearch({ w }, { replace: true });
  const exportAs = useLeagueExport({
    model,
    view,
    year,
    scopeName,
    norm: settings.normalisation,
    targets: effectiveTargets,
    i18n,
    tableRef,
  });

  if (hasNoFigures(model.dataset)) return <NoFigures dataset={model.dataset} why="ds.empty.league" />;
  if (year === null) return <p className="muted">{t('overview.empty')}</p>;

  return (
    <div className="page league">
      <div className="page-head">
        <h1>{t('league.title', { scope: scopeName, year })}</h1>
        <Filters model={model} />
      </div>
      {coverage.of > 1 && (
        <CoverageNote coverage={coverage} hrefOf={(code) => unitHref(code, view.params, { year })} testId="league-coverage" />
      )}
      <LeagueToolbar
        model={model}
        state={state}
        cities={cities}
        targets={targets.length > 0 ? { belowOnly: below, custom: effectiveTargets.custom } : null}
        setSearch={setSearch}
        onExport={(kind) => void exportAs(kind)}
      />
      <div className="league-body">
        <section className="league-table" aria-label={t('league.table')}>
          <p className="muted" role="status" data-testid="league-count">
            {t('league.rows', { n: rows.length })}
          </p>
          {pending > 0 && (
            <p className="muted" role="status" data-testid="league-ranking-years">
              {t('league.rankingYears', { n: pending })}
            </p>
          )}
          {rows.length === 0 ? (
            <p className="empty-state">{t('league.empty')}</p>
          ) : (
            <>
              {phone && (
                <Suspense fallback={null}>
                  <LeagueList
                    data={rows}
                    columns={columns}
                    sorting={state.sorting}
                    onSortingChange={setSorting}
                    pick={search.pick}
                    onPick={(id) => setSearch({ pick: id }, { replace: true })}
                    unitLink={(r) => unitHref(r.unit.code, view.params)}
                  />
                </Suspense>
              )}
              <DataTable
                data={rows}
                columns={columns}
                sorting={state.sorting}
                onSortingChange={setSorting}
                rowId={(r) => r.unit.code}
                onActivate={(r) => navigate({ to: 'units', code: r.unit.code })}
                label={t('league.table')}
                sortHint={t('league.sortHint')}
                tableRef={tableRef}
                height="calc(100vh - 260px)"
                onHoverRow={setLitUnit}
                litRowId={litUnit}
              />
            </>
          )}
        </section>
        <aside className="league-side">
          <LeagueMap model={model} scores={mapScores} scopeName={scopeName} lit={litUnit} onHover={setLitUnit} />
          <WeightsPanel weights={settings.weights} onChange={setWeights} />
          <MethodPanel example={rows[0]} settings={settings} />
        </aside>
      </div>
    </div>
  );
}
