import { useCallback, useMemo, useState } from 'react';
import { Filters } from '../../ui/Filters.tsx';
import { useSearch, useViewContext } from '../../view/ViewContext.ts';
import { unitsInScope, type Model } from '../../domain/model.ts';
import { hasNoFigures, NoFigures } from '../../ui/NoFigures.tsx';
import { useI18n } from '../../i18n/index.ts';
import { CategoryTrendPanel } from './CategoryTrendPanel.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { buildHeatmap, cellEvidence, type HeatmapMode } from './heatmapData.ts';
import { unitHref } from '../../view/unitHref.ts';
import { HeatmapPanel } from './HeatmapPanel.tsx';
import { SignalsPanel } from './SignalsPanel.tsx';
import { WeaknessMap } from './WeaknessMap.tsx';
import './weaknesses.css';

export default function WeaknessesPage({ model }: { model: Model }) {
  const { t } = useI18n();
  const { view } = useViewContext();
  const [{ mode }, setSearch] = useSearch('weaknesses');
  const year = view.year;
  const data = useMemo(
    () => (year === null ? null : buildHeatmap(model, view.scope, view.level, year, mode)),
    [model, view.scope, view.level, year, mode],
  );
  const peerPool = useMemo(() => unitsInScope(model, view.scope), [model, view.scope]);
  const [selected, setSelected] = useState<{ rowKey: string; col: number } | null>(null);
  const open = useCallback((rowKey: string, col: number) => setSelected({ rowKey, col }), []);
  const close = useCallback(() => setSelected(null), []);

  const row = selected && data ? data.rows.find((r) => r.key === selected.rowKey) : undefined;
  const category = selected && data ? data.categories[selected.col] : undefined;
  const evidence = useMemo(
    () => (row && category && data ? cellEvidence(model, row, category, data.years) : null),
    [model, row, category, data],
  );

  if (hasNoFigures(model.dataset)) return <NoFigures dataset={model.dataset} why="ds.empty.heatmap" />;
  if (year === null || !data) return <p className="muted">{t('weak.empty')}</p>;
  const scopeName = view.scope ? (model.unitByCode.get(view.scope)?.name ?? view.scope) : t('filter.scope.all');
  const setMode = (m: HeatmapMode) => setSearch({ mode: m === 'count' ? null : m });

  return (
    <div className="page weaknesses">
      <div className="page-head">
        <h1>{t('weak.title', { scope: scopeName, from: data.years[0] ?? year, to: year })}</h1>
        <Filters model={model} />
      </div>
      <div className="wk-toolbar" role="group" aria-label={t('weak.mode')}>
        <span className="muted">{t('weak.mode')}</span>
        {(['count', 'year'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className={mode === m ? 'btn' : 'btn ghost'}
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
            data-mode={m}
          >
            {m === 'count' ? t('weak.mode.count') : t('weak.mode.year', { year })}
          </button>
        ))}
      </div>
      {data.rows.length === 0 ? (
        <p className="empty-state" role="status">
          {t('weak.empty')}
        </p>
      ) : (
        <>
          <HeatmapPanel data={data} onOpen={open} />
          <WeaknessMap model={model} units={data.units} year={year} scopeName={scopeName} />
          <CategoryTrendPanel model={model} units={data.units} years={data.years} />
          <SignalsPanel key={`${view.scope ?? ''}|${view.level}`} model={model} units={data.units} peerPool={peerPool} year={year} />
        </>
      )}
      {evidence && row && (
        <EvidencePanel
          evidence={evidence}
          recurring={(row.cells[selected?.col ?? -1]?.recurring ?? 0) > 0}
          synthetic={model.dataset.meta.synthetic}
          unitHref={row.kind === 'unit' ? unitHref(row.code, view.params) : null}
          onClose={close}
        />
      )}
    </div>
  );
}
