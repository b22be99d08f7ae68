/**
 * The league's toolbar: peers, normalisation, the filters, the columns and the exports; folded
 * into one button on a phone. Every setting is written to the link (the route table's `league`).
 */
import type { Model } from '../../domain/model.ts';
import { normalisations } from '../../domain/scoring.ts';
import { useI18n } from '../../i18n/index.ts';
import { Fold } from '../../ui/Fold.tsx';
import type { SearchPatch } from '../../view/routes.ts';
import type { NavigateOptions } from '../../view/view.ts';
import { ColumnPicker } from './ColumnPicker.tsx';
import type { LeagueState } from './leagueState.ts';
import { toolbarSummary } from './leagueModel.ts';

interface LeagueToolbarProps {
  model: Model;
  state: LeagueState;
  cities: ReadonlyArray<[string, string]>;
  /** Null when there are no targets (no below-target checkbox). */
  targets: { belowOnly: boolean; custom: boolean } | null;
  setSearch: (patch: SearchPatch<'league'>, opts?: NavigateOptions) => void;
  onExport: (kind: 'csv' | 'xlsx') => void;
}

export function LeagueToolbar({ model, state, cities, targets, setSearch, onExport }: LeagueToolbarProps) {
  const { t } = useI18n();
  const { settings } = state;
  return (
    <Fold label={t('phone.settings')} summary={toolbarSummary(state, cities, t)} className="league-fold">
      <div className="league-toolbar" role="group" aria-label={t('league.table')}>
        <label className="field">
          <span>{t('league.col.peer')}</span>
          <select
            value={settings.peers}
            onChange={(e) => setSearch({ peers: e.target.value === 'all' ? 'all' : null })}
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
            onChange={(e) => setSearch({ norm: normalisations.find((n) => n !== 'raw' && n === e.target.value) ?? null })}
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
          <select value={state.city ?? ''} onChange={(e) => setSearch({ city: e.target.value || null })} data-testid="league-city">
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
            onChange={(e) => setSearch({ q: e.target.value || null }, { replace: true })}
            data-testid="league-search"
          />
        </label>
        <label className="field">
          <span>{t('league.filter.show')}</span>
          <select
            value={state.show}
            onChange={(e) => setSearch({ show: e.target.value === 'top' || e.target.value === 'bottom' ? e.target.value : null })}
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
              onChange={(e) => setSearch({ n: e.target.value ? Number(e.target.value) : null }, { replace: true })}
              className="n-input"
            />
          </label>
        )}
        <label className="field check">
          <input
            type="checkbox"
            checked={state.recurringOnly}
            onChange={(e) => setSearch({ recurring: e.target.checked || null })}
            data-testid="league-recurring"
          />
          <span>{t('league.filter.recurring')}</span>
        </label>
        {targets && (
          <label className="field check">
            <input
              type="checkbox"
              checked={targets.belowOnly}
              onChange={(e) => setSearch({ below: e.target.checked || null })}
              data-testid="league-below-target"
            />
            <span>
              {t('targets.filter.below')}
              {targets.custom && <> · {t('targets.custom')}</>}
            </span>
          </label>
        )}
        <ColumnPicker model={model} chosen={state.columns} onChange={(c) => setSearch({ cols: c })} />
        <div className="toolbar-end">
          <button type="button" className="btn ghost" onClick={() => onExport('csv')} data-testid="export-csv">
            {t('league.export.csv')}
          </button>
          <button type="button" className="btn ghost" onClick={() => onExport('xlsx')} data-testid="export-xlsx">
            {t('league.export.xlsx')}
          </button>
        </div>
      </div>
    </Fold>
  );
}
