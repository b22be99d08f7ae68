import type { SortingState, Table } from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Filters } from '../../ui/Filters.tsx';
import { Fold } from '../../ui/Fold.tsx';
import { usePhone } from '../../ui/useMediaQuery.ts';
import { useViewContext } from '../../view/ViewContext.ts';
import { unitsInScope, type Model } from '../../domain/model.ts';
import { coverageOf } from '../../domain/coverage.ts';
import { CoverageNote } from '../../ui/CoverageNote.tsx';
import { pageCoverage } from '../../export/registry/docInfo.ts';
import { hasNoFigures, NoFigures } from '../../ui/NoFigures.tsx';
import { normalisations, type Weights } from '../../domain/scoring.ts';
import { useI18n } from '../../i18n/index.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useScreenTable } from '../../export/registry/useScreenExport.ts';
import { unitHref } from '../../view/unitHref.ts';
import { ColumnPicker } from './ColumnPicker.tsx';
import { leagueColumns } from './columns.tsx';
import { buildLeagueRows, filterLeagueRows, rankAllYears, type LeagueRow } from './leagueData.ts';
import { formatSorting, readLeagueState } from './leagueState.ts';
import { formatWeights } from '../../view/scoringParams.ts';
import { MethodPanel } from './MethodPanel.tsx';
import { WeightsPanel } from './WeightsPanel.tsx';
import { useTargets } from '../../data/TargetsProvider.tsx';
import { attachTargets, belowTargetOnly, withTargetMarks } from './leagueTargets.tsx';
import { LeagueMap } from './LeagueMap.tsx';
type ExportLeague = typeof import('./exportLeague.ts');
import './league.css';

// The phone's list loads only on a phone; desks never fetch it.
const LeagueList = lazy(() => import('./LeagueList.tsx').then((m) => ({ default: m.LeagueList })));

const LINK_PARAMS = ['year', 'lang', 'theme', 'w', 'norm', 'peers'];

export default function LeaguePage({ model }: { model: Model }) {
  const i18n = useI18n();
  const { t, l } = i18n;
  const { view, setParams } = useViewContext();
  const known = useMemo(() => new Set(model.dataset.indicators.map((i) => i.id)), [model]);
  const state = readLeagueState(view.params, known);
  const { settings } = state;
  const year = view.year;
  const weightsKey = formatWeights(settings.weights);

  // Scores for every year at once: movement and rank history come from the same computation.
  const byYear = useMemo(
    () => rankAllYears(model, view.scope, view.level, settings),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, view.scope, view.level, weightsKey, settings.normalisation, settings.peers],
  );
  // Who reported, of every unit the scope lists: the units that did not are named, not just absent.
  const coverage = useMemo(
    () => coverageOf(model, unitsInScope(model, view.scope, view.level), year ?? 0),
    [model, view.scope, view.level, year],
  );
  const effectiveTargets = useTargets(model);
  const targets = effectiveTargets.targets;
  const belowOnly = view.params.get('below') === '1';
  const allRows = useMemo(
    () => (year === null ? [] : attachTargets(buildLeagueRows(model, byYear, year), model, targets, year)),
    [model, byYear, year, targets],
  );
  const rows = useMemo(
    () => {
      const filtered = filterLeagueRows(allRows, state);
      return belowOnly ? belowTargetOnly(filtered) : filtered;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [allRows, state.city, state.query, state.show, state.n, state.recurringOnly, belowOnly],
  );
  const columnsKey = state.columns.join(',');
  // What a unit link carries on: the view and the scoring, not the table's filters, so typing a
  // filter does not rebuild every column.
  const linkKey = LINK_PARAMS.flatMap((k) => {
    const v = view.params.get(k);
    return v === null ? [] : [`${k}=${encodeURIComponent(v)}`];
  }).join('&');
  const columns = useMemo(
    () =>
      withTargetMarks(
        leagueColumns(model, state.columns, settings.normalisation, i18n, new URLSearchParams(linkKey)),
        model,
        targets,
        year ?? 0,
        i18n,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, columnsKey, settings.normalisation, i18n, linkKey, targets, year],
  );
  const cities = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of allRows) if (r.city) seen.set(r.city.code, r.city.name);
    return [...seen].sort((a, b) => a[0].localeCompare(b[0]));
  }, [allRows]);
  const tableRef = useRef<Table<LeagueRow> | null>(null);
  const phone = usePhone();
  const [litUnit, setLitUnit] = useState<string | null>(null);
  const mapScores = useMemo(() => (year === null ? [] : (byYear.get(year) ?? [])), [byYear, year]);

  const scopeName = view.scope ? (model.unitByCode.get(view.scope)?.name ?? view.scope) : t('filter.scope.all');
  const setSorting = (s: SortingState) => setParams({ sort: s.length ? formatSorting(s) : null }, { replace: true });
  const setWeights = (w: Weights | null) => setParams({ w: w ? formatWeights(w) : null }, { replace: true });

  // The rows and columns on screen as an export table: one definition for CSV/XLSX and the deck.
  const screenTable = (
    table: Table<LeagueRow>,
    year: number,
    build: ExportLeague['leagueExportTable'],
    visibleInput: ExportLeague['visibleExportInput'],
  ) => {
    const { columnIds, rows: visible } = visibleInput(table);
    return build({
      model,
      rows: visible,
      columnIds,
      norm: settings.normalisation,
      scopeName,
      year,
      meta: model.dataset.meta,
      i18n,
      exportedAt: new Date(),
      targets: effectiveTargets,
      coverage: pageCoverage(view, model, i18n.lang),
    });
  };

  const exportAs = async (kind: 'csv' | 'xlsx') => {
    const table = tableRef.current;
    if (!table || year === null) return;
    const [{ leagueExportTable, visibleExportInput }, files, dl] = await Promise.all([
      import('./exportLeague.ts'),
      kind === 'csv'
        ? import('../../export/formats/csv.ts').then((m) => ({ blob: m.csvBlob }))
        : import('../../export/formats/xlsx.ts').then((m) => ({ blob: m.xlsxBlob })),
      import('../../export/download.ts'),
    ]);
    const exportTable = screenTable(table, year, leagueExportTable, visibleExportInput);
    dl.downloadBlob(files.blob(exportTable), dl.safeFilename([t('nav.league'), scopeName, String(year), l(model.dataset.meta.name)], kind));
  };

  // The deck's table slide: the rows and columns on screen, as the CSV/XLSX export has them.
  useScreenTable(t('league.title', { scope: scopeName, year: year ?? '' }), async () => {
    const table = tableRef.current;
    if (!table || year === null) return null;
    const { leagueExportTable, visibleExportInput } = await import('./exportLeague.ts');
    return screenTable(table, year, leagueExportTable, visibleExportInput);
  });

  if (hasNoFigures(model.dataset)) return <NoFigures dataset={model.dataset} why="ds.empty.league" />;
  if (year === null) return <p className="muted">{t('overview.empty')}</p>;
  // What the phone's folded toolbar says is set.
  const toolbarSummary = [
    settings.peers === 'all' ? t('league.peers.all') : '',
    t(`league.norm.${settings.normalisation}`),
    state.city ? (cities.find(([code]) => code === state.city)?.[1] ?? state.city) : t('league.filter.city.all'),
    state.query ? t('phone.league.query', { q: state.query }) : '',
    state.show !== 'all' ? t(`league.filter.show.${state.show}`).replace('N', String(state.n)) : '',
    state.recurringOnly ? t('phone.league.recurring') : '',
  ]
    .filter((x) => x !== '')
    .join(' · ');

  return (
    <div className="page league">
      <div className="page-head">
        <h1>{t('league.title', { scope: scopeName, year })}</h1>
        <Filters model={model} />
      </div>
      {coverage.of > 1 && (
        <CoverageNote coverage={coverage} hrefOf={(code) => unitHref(code, view.params, { year: String(year) })} testId="league-coverage" />
      )}
      <Fold label={t('phone.settings')} summary={toolbarSummary} className="league-fold">
        <div className="league-toolbar" role="group" aria-label={t('league.table')}>
          <label className="field">
            <span>{t('league.col.peer')}</span>
            <select
              value={settings.peers}
              onChange={(e) => setParams({ peers: e.target.value === 'all' ? 'all' : null })}
              data-testid="league-peers"
            >
              <option value="level">{t('league.peers.level')}</option>
              <option value="all">{t('league.peers.all')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('league.norm')}</span>
            <select
              value={settings.normalisation}
              onChange={(e) => setParams({ norm: e.target.value === 'raw' ? null : e.target.value })}
              data-testid="league-norm"
            >
              {normalisations.map((n) => (
                <option key={n} value={n}>
                  {t(`league.norm.${n}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('league.filter.city')}</span>
            <select value={state.city ?? ''} onChange={(e) => setParams({ city: e.target.value || null })} data-testid="league-city">
              <option value="">{t('league.filter.city.all')}</option>
              {cities.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('league.filter.name')}</span>
            <input
              type="search"
              value={state.query}
              placeholder={t('league.filter.name.placeholder')}
              onChange={(e) => setParams({ q: e.target.value || null }, { replace: true })}
              data-testid="league-search"
            />
          </label>
          <label className="field">
            <span>{t('league.filter.show')}</span>
            <select
              value={state.show}
              onChange={(e) => setParams({ show: e.target.value === 'all' ? null : e.target.value })}
              data-testid="league-show"
            >
              <option value="all">{t('league.filter.show.all')}</option>
              <option value="top">{t('league.filter.show.top')}</option>
              <option value="bottom">{t('league.filter.show.bottom')}</option>
            </select>
          </label>
          {state.show !== 'all' && (
            <label className="field">
              <span>{t('league.filter.n')}</span>
              <input
                type="number"
                min={1}
                max={500}
                value={state.n}
                onChange={(e) => setParams({ n: e.target.value || null }, { replace: true })}
                className="n-input"
              />
            </label>
          )}
          <label className="field check">
            <input
              type="checkbox"
              checked={state.recurringOnly}
              onChange={(e) => setParams({ recurring: e.target.checked ? '1' : null })}
              data-testid="league-recurring"
            />
            <span>{t('league.filter.recurring')}</span>
          </label>
          {targets.length > 0 && (
            <label className="field check">
              <input
                type="checkbox"
                checked={belowOnly}
                onChange={(e) => setParams({ below: e.target.checked ? '1' : null })}
                data-testid="league-below-target"
              />
              <span>
                {t('targets.filter.below')}
                {effectiveTargets.custom && <> · {t('targets.custom')}</>}
              </span>
            </label>
          )}
          <ColumnPicker model={model} chosen={state.columns} onChange={(c) => setParams({ cols: c.join(',') })} />
          <div className="toolbar-end">
            <button type="button" className="btn ghost" onClick={() => void exportAs('csv')} data-testid="export-csv">
              {t('league.export.csv')}
            </button>
            <button type="button" className="btn ghost" onClick={() => void exportAs('xlsx')} data-testid="export-xlsx">
              {t('league.export.xlsx')}
            </button>
          </div>
        </div>
      </Fold>
      <div className="league-body">
        <section className="league-table" aria-label={t('league.table')}>
          <p className="muted" role="status" data-testid="league-count">
            {t('league.rows', { n: rows.length })}
          </p>
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
                    pick={view.params.get('pick')}
                    onPick={(id) => setParams({ pick: id }, { replace: true })}
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
                onActivate={(r) => {
                  window.location.hash = unitHref(r.unit.code, view.params);
                }}
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
