/**
 * The overview's map: every county-level unit of the scope as one tile, coloured by what the
 * reader picks (composite score by default, kept in the link as `map=`); a click opens the unit.
 */
import { useMemo } from 'react';
import { TileMap } from '../../charts/tilemap/TileMap.tsx';
import { MeasurePicker } from '../../charts/tilemap/MeasurePicker.tsx';
import { formatMeasure, parseMeasure, type MapMeasure } from '../../charts/tilemap/mapMeasure.ts';
import { compositeColouring, indicatorColouring, rankColouring, targetColouring } from '../../charts/tilemap/tileData.ts';
import { useTargets } from '../../data/TargetsProvider.tsx';
import { targetIndicators } from '../../domain/targets.ts';
import { unitsInScope, type Model } from '../../domain/model.ts';
import { isCountyLevel } from '../../domain/regions.ts';
import { defaultSettings, rankUnits } from '../../domain/scoring.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSearch, useViewContext } from '../../view/ViewContext.ts';
import { unitHref } from '../../view/unitHref.ts';
import { sourcesOf } from '../../domain/sources.ts';
import { wordsFor } from '../../export/briefing/sentences.ts';
import { sourceList } from '../../export/briefing/truth.ts';

export function OverviewMap({ model, year, scopeName }: { model: Model; year: number; scopeName: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view, navigate } = useViewContext();
  const [{ map }, setSearch] = useSearch('overview');
  const scope = view.scope;
  // One measure per link's `map=` and dataset: the colouring below recomputes only when they change.
  const measure = useMemo(() => parseMeasure(map, model), [map, model]);
  const units = useMemo(() => unitsInScope(model, scope).filter((u) => isCountyLevel(u.level)), [model, scope]);
  // Scores once per scope and year: switching between score and rank only recolours.
  const scores = useMemo(() => rankUnits(model, scope, 'all', year, defaultSettings), [model, scope, year]);
  const { targets } = useTargets(model);
  const targetIds = useMemo(() => targetIndicators(model, targets), [model, targets]);
  const colouring = useMemo(() => {
    if (measure.kind === 'target') {
      const ind = model.indicatorById.get(measure.id);
      if (ind)
        return targetColouring(
          model,
          targets,
          units.map((u) => u.code),
          year,
          ind,
          i18n,
        );
    }
    if (measure.kind === 'indicator') {
      const ind = model.indicatorById.get(measure.id);
      if (ind)
        return indicatorColouring(
          model,
          units.map((u) => u.code),
          year,
          ind,
          measure.norm,
          i18n,
        );
    }
    return measure.kind === 'rank' ? rankColouring(scores, i18n) : compositeColouring(scores, i18n);
  }, [model, scores, year, measure, units, i18n, targets]);
  const title = t('map.title', { scope: scopeName });
  const exportMeta = useMemo(
    () => ({ sources: sourceList(sourcesOf(model, units, [year]), i18n.l(model.dataset.meta.name), wordsFor(i18n.lang)) }),
    [model, units, year, i18n],
  );
  const hrefOf = (code: string) => unitHref(code, view.params, { year });
  const onChange = (m: MapMeasure) => setSearch({ map: m.kind === 'composite' ? null : formatMeasure(m) });

  return (
    <section className="panel" aria-labelledby="map-title" data-testid="overview-map">
      <header className="panel-head">
        <h2 id="map-title">{title}</h2>
        <MeasurePicker model={model} measure={measure} onChange={onChange} id="overview-map" targetIds={targetIds} />
      </header>
      <TileMap
        scope={scope}
        colouring={colouring}
        theme={view.theme}
        title={title}
        chartId="overview-map"
        units={units}
        synthetic={model.dataset.meta.synthetic}
        exportMeta={exportMeta}
        hrefOf={hrefOf}
        onSelect={(code) => {
          navigate({ to: 'units', code, search: { year } });
        }}
      />
    </section>
  );
}
