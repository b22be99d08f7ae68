/**
 * Where a weakness is reported: pick a category, and the tiles of the units that report it this
 * year are coloured, the ones reporting it in successive years marked ↻; units without a report
 * that year are hatched, not "not reported".
 */
import { useMemo } from 'react';
import { TileMap } from '../../charts/tilemap/TileMap.tsx';
import { weaknessColouring } from '../../charts/tilemap/tileData.ts';
import type { Unit } from '../../contract/schema.ts';
import type { Model } from '../../domain/model.ts';
import { isCountyLevel } from '../../domain/regions.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSearch, useViewContext } from '../../view/ViewContext.ts';
import { unitHref } from '../../view/unitHref.ts';

export function WeaknessMap({ model, units, year, scopeName }: { model: Model; units: readonly Unit[]; year: number; scopeName: string }) {
  const i18n = useI18n();
  const { t, l } = i18n;
  const { view, navigate } = useViewContext();
  const [{ wmap: chosen }, setSearch] = useSearch('weaknesses');
  const categories = model.dataset.weaknessCategories;
  const category = categories.find((c) => c.id === chosen)?.id ?? categories[0]?.id ?? '';
  const counties = useMemo(() => units.filter((u) => isCountyLevel(u.level)), [units]);
  const colouring = useMemo(
    () =>
      weaknessColouring(
        model,
        counties.map((u) => u.code),
        year,
        category,
        i18n,
      ),
    [model, counties, year, category, i18n],
  );
  if (!category) return null;
  const title = `${t('map.title', { scope: scopeName })} · ${l(model.weaknessById.get(category)?.label)}`;
  const hrefOf = (code: string) => unitHref(code, view.params);
  return (
    <section className="panel" aria-labelledby="wk-map-title" data-testid="weakness-map">
      <header className="panel-head">
        <h2 id="wk-map-title">{title}</h2>
        <label className="tilemap-controls">
          {t('map.colourBy')}{' '}
          <select
            value={category}
            onChange={(e) => setSearch({ wmap: e.target.value }, { replace: true })}
            data-testid="weakness-map-category"
          >
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {l(c.label)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <TileMap
        scope={view.scope}
        colouring={colouring}
        theme={view.theme}
        title={title}
        chartId="weakness-map"
        units={counties}
        synthetic={model.dataset.meta.synthetic}
        height={560}
        hrefOf={hrefOf}
        onSelect={(code) => {
          navigate({ to: 'units', code });
        }}
      />
    </section>
  );
}
