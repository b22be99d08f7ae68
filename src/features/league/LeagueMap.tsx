/**
 * The league beside its map: tiles coloured by the composite score under the weights, level and
 * peers on screen; hovering a row lights its tile and hovering a tile lights its row.
 */
import { useMemo } from 'react';
import { TileMap } from '../../charts/tilemap/TileMap.tsx';
import { compositeColouring } from '../../charts/tilemap/tileData.ts';
import type { Model } from '../../domain/model.ts';
import { isCountyLevel } from '../../domain/regions.ts';
import type { UnitScore } from '../../domain/scoring.ts';
import { useI18n } from '../../i18n/index.ts';
import { useViewContext } from '../../view/ViewContext.ts';
import { unitHref } from '../../view/unitHref.ts';

interface LeagueMapProps {
  model: Model;
  scores: readonly UnitScore[];
  scopeName: string;
  lit: string | null;
  onHover: (code: string | null) => void;
}

export function LeagueMap({ model, scores, scopeName, lit, onHover }: LeagueMapProps) {
  const i18n = useI18n();
  const { view, navigate } = useViewContext();
  const colouring = useMemo(() => compositeColouring(scores, i18n), [scores, i18n]);
  const units = useMemo(
    () =>
      scores
        .map((s) => ({ code: s.unit.code, name: s.unit.name }))
        .filter((u) => isCountyLevel(model.unitByCode.get(u.code)?.level ?? 'city')),
    [scores, model.unitByCode],
  );
  const title = i18n.t('map.title', { scope: scopeName });
  const hrefOf = (code: string) => unitHref(code, view.params);
  return (
    <section className="panel league-map" aria-label={title}>
      <TileMap
        scope={view.scope}
        colouring={colouring}
        theme={view.theme}
        title={title}
        chartId="league-map"
        units={units}
        synthetic={model.dataset.meta.synthetic}
        height={420}
        highlight={lit}
        onHover={onHover}
        hrefOf={hrefOf}
        onSelect={(code) => {
          navigate({ to: 'units', code });
        }}
      />
    </section>
  );
}
