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

interface ScreenMapProps {
  model: Model;
  year: number;
  settings: ScoringSettings;
  scopeName: string;
  pixelRatio: number;
}

export function ScreenMap({ model, year, settings, scopeName, pixelRatio }: ScreenMapProps) {
  const i18n = useI18n();
  const { view, navigate } = useViewContext();
  const scores = useMemo(() => rankUnits(model, view.scope, 'all', year, settings), [model, view.scope, year, settings]);
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
          navigate({ to: 'units', code });
        }}
      />
    </div>
  );
}
