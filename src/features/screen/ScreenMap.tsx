/**
 * The wall screen's map page: every county-level unit of the scope as one tile, coloured by the
 * composite score under the screen's weights, in type sized to be read across a room.
 */
import { useMemo } from 'react';
import { TileMap } from '../../charts/tilemap/TileMap.tsx';
import { compositeColouring } from '../../charts/tilemap/tileData.ts';
import { unitsInScope, type Model } from '../../domain/model.ts';
import { isCountyLevel } from '../../domain/regions.ts';
import { rankUnits, type ScoringSettings } from '../../domain/scoring.ts';
import { useI18n } from '../../i18n/index.ts';
import { useViewContext } from '../../view/ViewContext.ts';
import { unitHref } from '../../view/unitHref.ts';

interface ScreenMapProps {
  model: Model;
  year: number;
  settings: ScoringSettings;
  settingsKey: string;
  scopeName: string;
  pixelRatio: number;
}

export function ScreenMap({ model, year, settings, settingsKey, scopeName, pixelRatio }: ScreenMapProps) {
  const i18n = useI18n();
  const { view } = useViewContext();
  const scores = useMemo(
    () => rankUnits(model, view.scope, 'all', year, settings),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, view.scope, year, settingsKey],
  );
  const colouring = useMemo(() => compositeColouring(scores, i18n), [scores, i18n]);
  const units = useMemo(() => unitsInScope(model, view.scope).filter((u) => isCountyLevel(u.level)), [model, view.scope]);
  const title = i18n.t('map.title', { scope: scopeName });
  return (
    <div className="scr-panel scr-map">
      <h3>{title}</h3>
      <TileMap
        scope={view.scope}
        colouring={colouring}
        theme={view.theme}
        title={title}
        chartId="screen-map"
        units={units}
        synthetic={model.dataset.meta.synthetic}
        height={840}
        fontSize={18}
        pixelRatio={pixelRatio}
        bare
        onSelect={(code) => {
          window.location.hash = unitHref(code, view.params).slice(1);
        }}
      />
    </div>
  );
}
