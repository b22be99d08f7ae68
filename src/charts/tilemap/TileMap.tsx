/**
 * The tile map on any screen: loads the scope's layout lazily, draws it through the one chart host
 * (so it exports like every chart), lists the units it cannot place, and offers the same figures
 * as a table a keyboard and a screen reader can use. Hovering a tile or a table row highlights
 * the tile; `highlight` lets a screen highlight one from outside (a league row).
 */
import { useEffect, useMemo, useState } from 'react';
import { loadTileLayout } from '../../data/tiles/load.ts';
import { layoutKeyOf, NATIONAL, tilesInScope, unitsWithoutTile, type TileLayout } from '../../domain/tiles/layout.ts';
import { useI18n } from '../../i18n/index.ts';
import { EChart } from '../EChart.tsx';
import { registerPending } from '../export/registry.ts';
import type { ChartExportMeta } from '../export/types.ts';
import type { ThemeName } from '../theme.ts';
import type { TileColouring } from './tileData.ts';
import { tileMapOption } from './tileMapOption.ts';
import './tilemap.css';

export interface TileMapProps {
  /** A province or city code; null = the whole country. */
  scope: string | null;
  colouring: TileColouring;
  theme: ThemeName;
  title: string;
  chartId: string;
  /** County-level units of the dataset in scope, so those without a tile are listed, never dropped. */
  units: ReadonlyArray<{ code: string; name: string }>;
  synthetic: boolean;
  height?: number | string;
  fontSize?: number;
  pixelRatio?: number;
  onSelect?: (code: string) => void;
  hrefOf?: (code: string) => string;
  highlight?: string | null;
  onHover?: (code: string | null) => void;
  /** Hide the table and lists (the wall screen). */
  bare?: boolean;
  exportMeta?: ChartExportMeta;
}

function useTileLayout(key: string): TileLayout | null | undefined {
  const [state, setState] = useState<{ key: string; layout: TileLayout | null } | null>(null);
  useEffect(() => {
    let live = true;
    loadTileLayout(key)
      .then((layout) => {
        if (live) setState({ key, layout });
      })
      .catch(() => {
        if (live) setState({ key, layout: null });
      });
    return () => {
      live = false;
    };
  }, [key]);
  return state?.key === key ? state.layout : undefined;
}

export function TileMap(props: TileMapProps) {
  const { scope, colouring, theme, title, chartId, units, synthetic, highlight = null, onHover, onSelect } = props;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const key = layoutKeyOf(scope);
  const layout = useTileLayout(key);
  // Until the layout is here the map is a chart still coming: a screen export waits for it.
  const waiting = layout === undefined;
  useEffect(() => (waiting ? registerPending() : undefined), [waiting]);
  const [hovered, setHovered] = useState<string | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const tiles = useMemo(() => (layout ? tilesInScope(layout, scope) : []), [layout, scope]);
  const names = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const option = useMemo(
    () =>
      tileMapOption(
        {
          tiles,
          data: colouring.data,
          scale: colouring.scale,
          names,
          legendTitle: colouring.legendTitle,
          labels: {
            value: t('map.value'),
            rank: t('map.rank'),
            quote: t('map.quote'),
            missing: t('map.missing'),
            ...(synthetic ? { synthetic: t('map.synthetic') } : {}),
          },
          national: key === NATIONAL,
          ...(props.fontSize ? { fontSize: props.fontSize } : {}),
        },
        { theme, lang },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tiles, names, colouring, theme, lang, synthetic, key, props.fontSize],
  );
  const indexOf = useMemo(() => new Map(tiles.map((tile, i) => [tile.code, i])), [tiles]);
  const missing = useMemo(() => {
    const codes = new Set(
      unitsWithoutTile(
        tiles,
        units.map((u) => u.code),
      ),
    );
    return units.filter((u) => codes.has(u.code));
  }, [tiles, units]);
  const placedByRule = useMemo(() => {
    const set = new Set(layout?.notInSource ?? []);
    return tiles.filter((tile) => set.has(tile.code));
  }, [layout, tiles]);
  const lit = hovered ?? highlight;
  const rows = useMemo(
    () =>
      tiles
        .map((tile) => ({ tile, d: colouring.data.get(tile.code) }))
        .sort((a, b) => (b.d?.value ?? -Infinity) - (a.d?.value ?? -Infinity) || (a.tile.code < b.tile.code ? -1 : 1)),
    [tiles, colouring],
  );

  if (layout === undefined) return <p className="muted tilemap-status">{t('map.loading')}</p>;
  if (layout === null || tiles.length === 0) return <p className="muted tilemap-status">{t('map.none')}</p>;
  const hover = (code: string | null) => {
    setHovered(code);
    onHover?.(code);
  };
  const meta: ChartExportMeta = {
    ...props.exportMeta,
    subtitle: props.exportMeta?.subtitle ?? colouring.legendTitle,
    lightOption: () =>
      tileMapOption(
        {
          tiles,
          data: colouring.data,
          scale: colouring.scale,
          names,
          legendTitle: colouring.legendTitle,
          labels: { value: t('map.value'), rank: t('map.rank'), quote: t('map.quote'), missing: t('map.missing') },
          national: key === NATIONAL,
        },
        { theme: 'light', lang },
      ),
  };

  return (
    <div className="tilemap" data-tiles={tiles.length} data-lit={lit ?? undefined} data-testid={`tilemap-${chartId}`}>
      <EChart
        option={option}
        theme={theme}
        extra
        label={t('map.aria', { title, n: tiles.length })}
        height={props.height ?? 640}
        chartId={chartId}
        exportTitle={title}
        exportMeta={meta}
        {...(props.pixelRatio ? { pixelRatio: props.pixelRatio } : {})}
        highlight={lit === null ? null : (indexOf.get(lit) ?? null)}
        onHover={(i) => onHover?.(i === null ? null : (tiles[i]?.code ?? null))}
        onClick={(e) => {
          if (e.seriesName !== colouring.legendTitle) return;
          const code = tiles[e.dataIndex]?.code;
          if (code) onSelect?.(code);
        }}
      />
      {!props.bare && (
        <>
          <p className="footnote">{t('map.hint')}</p>
          {missing.length > 0 && (
            <p className="tilemap-missing" data-testid="tilemap-missing">
              {t('map.notOnMap')}
              {missing.map((u) => `${u.name}（${u.code}）`).join('、')}
            </p>
          )}
          {placedByRule.length > 0 && (
            <p className="footnote" data-testid="tilemap-by-rule">
              {t('map.notInSource')}
              {placedByRule.map((u) => u.name).join('、')}
            </p>
          )}
          <details className="tilemap-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
            <summary>{t('map.table', { n: tiles.length })}</summary>
            {tableOpen && (
              <table className="data-table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('map.table.unit')}</th>
                    <th scope="col">{colouring.legendTitle}</th>
                    <th scope="col">{t('map.table.rank')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ tile, d }) => (
                    <tr
                      key={tile.code}
                      data-code={tile.code}
                      className={lit === tile.code ? 'is-lit' : undefined}
                      onMouseEnter={() => hover(tile.code)}
                      onMouseLeave={() => hover(null)}
                    >
                      <th scope="row">
                        {props.hrefOf ? (
                          <a href={props.hrefOf(tile.code)} onFocus={() => hover(tile.code)} onBlur={() => hover(null)}>
                            {names.get(tile.code) ?? tile.name}
                          </a>
                        ) : (
                          (names.get(tile.code) ?? tile.name)
                        )}
                      </th>
                      <td>{d?.display ?? t('map.missing')}</td>
                      <td>{d?.rank ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </details>
        </>
      )}
    </div>
  );
}
