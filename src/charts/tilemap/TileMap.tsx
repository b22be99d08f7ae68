/**
 * The tile map on any screen: loads the scope's layout lazily, draws it through the one chart host
 * (so it exports like every chart), lists the units it cannot place, and offers the same figures
 * as a table a keyboard and a screen reader can use. Hovering a tile or a table row highlights
 * the tile; `highlight` lets a screen highlight one from outside (a league row).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useBoundaries, type BoundaryLoadError } from '../../data/boundaries.ts';
import { loadedTileLayout, loadTileLayout } from '../../data/tiles/load.ts';
import type { BoundaryProblem, BoundaryShape } from '../../domain/geo/boundaries.ts';
import { layoutKeyOf, NATIONAL, tilesInScope, unitsWithoutTile, type TileLayout } from '../../domain/tiles/layout.ts';
import { compareCodes } from '../../domain/model.ts';
import { useI18n, type I18n } from '../../i18n/index.ts';
import { holdFirstDraw } from '../load.ts';
import { ExportableChart } from '../../export/chart/ExportableChart.tsx';
import { registerPending } from '../../export/registry/registry.ts';
import type { ChartExportMeta } from '../../export/registry/types.ts';
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
    if (loadedTileLayout(key) !== undefined) return undefined;
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
  // A layout already here (the dataset's own is asked for as soon as the dataset arrives, and the
  // build's prerender loads it first) is drawn in the first render, not after an effect's round.
  return state?.key === key ? state.layout : loadedTileLayout(key);
}

/** A boundary problem in the user's language: "features[3]：没有六位行政区划代码". */
function problemText(t: I18n['t'], p: BoundaryProblem): { where: string; why: string } {
  return { where: p.path || 'GeoJSON', why: `${t(`map.geo.problem.${p.code}`)}${p.detail ? `（${p.detail}）` : ''}` };
}

function boundaryFailureText(t: I18n['t'], err: BoundaryLoadError): string {
  const f = err.failure;
  const reason =
    f.kind === 'origin'
      ? t('map.geo.failed.origin', { origin: f.origin })
      : f.kind === 'http'
        ? t('map.geo.failed.http', { status: f.status })
        : f.kind === 'network' || f.kind === 'json' || f.kind === 'internal'
          ? t(`map.geo.failed.${f.kind}`, { detail: f.detail })
          : t('map.geo.failed.file', f.problems[0] ? problemText(t, f.problems[0]) : { where: '', why: '' });
  return t('map.geo.failed', { reason });
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
  // …and a chart of the first screen not yet drawn (what lies below waits for it: BelowFirstScreen;
  // a first screen from index.html stays until it is drawn: app/firstScreen/takeover.ts). Held in
  // the commit that shows the placeholder, not in a passive effect after the paint: a takeover
  // check in the frame between took a national dataset's screen with its map still loading.
  useLayoutEffect(() => (waiting ? holdFirstDraw() : undefined), [waiting]);
  // The office's own boundary map, when config.json names one and the reader picks it.
  const [wantGeo, setWantGeo] = useState(false);
  const geo = useBoundaries(wantGeo && !props.bare);
  // The boundary map's drawing code loads when it is first picked (not in the first screen's JS).
  const [geoDraw, setGeoDraw] = useState<typeof import('./geoMapOption.ts') | null>(null);
  useEffect(() => {
    if (!wantGeo || geoDraw) return undefined;
    let live = true;
    void import('./geoMapOption.ts').then((m) => {
      if (live) setGeoDraw(m);
    });
    return () => {
      live = false;
    };
  }, [wantGeo, geoDraw]);
  const [hovered, setHovered] = useState<string | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  // The map's width (in 20 px steps), so its legend wraps inside a narrow panel (the league's side).
  const box = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const hasLayout = layout !== undefined && layout !== null;
  useLayoutEffect(() => {
    const node = box.current;
    if (!node) return undefined;
    const measure = () => {
      const w = Math.floor(node.clientWidth / 20) * 20;
      if (w > 0) setWidth(w);
    };
    // Measured before the first paint, so the chart's first draw already has it (not one draw
    // without it and a second once a ResizeObserver reports, a frame later).
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => {
      observer.disconnect();
    };
  }, [hasLayout]);
  const tiles = useMemo(() => (layout ? tilesInScope(layout, scope) : []), [layout, scope]);
  const shapes = useMemo<BoundaryShape[] | null>(
    () =>
      wantGeo && geo.boundaries && geoDraw
        ? geoDraw.shapesFor(
            geo.boundaries,
            tiles.map((tile) => tile.code),
          )
        : null,
    [wantGeo, geo.boundaries, geoDraw, tiles],
  );
  const showGeo = shapes !== null && shapes.length > 0;
  /** What the chart draws, in its data order: tiles, or the boundary shapes of the same units. */
  const items: ReadonlyArray<{ code: string; name: string }> = showGeo ? shapes : tiles;
  const names = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const ariaLabel = t(showGeo ? 'map.geo.aria' : 'map.aria', { title, n: items.length });
  /** `fit`: the on-screen width the legend wraps to (an export lays out at its own size). */
  const optionOf = useCallback(
    (th: ThemeName, withSynthetic: boolean, fontSize?: number, fit?: number | null) => {
      const key_ = {
        data: colouring.data,
        scale: colouring.scale,
        names,
        legendTitle: colouring.legendTitle,
        labels: {
          value: t('map.value'),
          rank: t('map.rank'),
          quote: t('map.quote'),
          missing: t('map.missing'),
          ...(withSynthetic && synthetic ? { synthetic: t('map.synthetic') } : {}),
        },
        ...(fontSize ? { fontSize } : {}),
        description: ariaLabel,
        ...(fit ? { legendWidth: fit } : {}),
      };
      return showGeo && geoDraw
        ? geoDraw.geoMapOption({ ...key_, shapes }, { theme: th, lang })
        : tileMapOption({ ...key_, tiles, national: key === NATIONAL }, { theme: th, lang });
    },
    [tiles, shapes, showGeo, geoDraw, names, colouring, t, lang, synthetic, key, ariaLabel],
  );
  const option = useMemo(() => optionOf(theme, true, props.fontSize, width), [optionOf, theme, props.fontSize, width]);
  const indexOf = useMemo(() => new Map(items.map((item, i) => [item.code, i])), [items]);
  const missing = useMemo(() => {
    const codes = new Set(
      unitsWithoutTile(
        tiles,
        units.map((u) => u.code),
      ),
    );
    return units.filter((u) => codes.has(u.code));
  }, [tiles, units]);
  const notInGeo = useMemo(() => {
    if (!showGeo) return [];
    const have = new Set(shapes.map((x) => x.code));
    return tiles.filter((tile) => !have.has(tile.code));
  }, [showGeo, shapes, tiles]);
  const placedByRule = useMemo(() => {
    const set = new Set(layout?.notInSource ?? []);
    return tiles.filter((tile) => set.has(tile.code));
  }, [layout, tiles]);
  const lit = hovered ?? highlight;
  const rows = useMemo(
    () =>
      tiles
        .map((tile) => ({ tile, d: colouring.data.get(tile.code) }))
        .sort((a, b) => (b.d?.value ?? -Infinity) - (a.d?.value ?? -Infinity) || compareCodes(a.tile.code, b.tile.code)),
    [tiles, colouring],
  );

  // While the layout loads, the map's place is held at its height: nothing below jumps when it
  // comes, and what lies below the first screen is measured where it will be (BelowFirstScreen).
  if (layout === undefined)
    return (
      <p className="muted tilemap-status" style={{ minHeight: props.height ?? 640 }}>
        {t('map.loading')}
      </p>
    );
  if (layout === null || tiles.length === 0) return <p className="muted tilemap-status">{t('map.none')}</p>;
  const hover = (code: string | null) => {
    setHovered(code);
    onHover?.(code);
  };
  const meta: ChartExportMeta = {
    ...props.exportMeta,
    // An approved map carries its approval number wherever it is shown, exports included.
    subtitle:
      (props.exportMeta?.subtitle ?? colouring.legendTitle) +
      (showGeo && geo.boundaries?.approval ? t('map.geo.approval', { approval: geo.boundaries.approval }) : ''),
    lightOption: () => optionOf('light', false),
  };
  const geoError = wantGeo && geo.error ? boundaryFailureText(t, geo.error) : null;
  const skipped = showGeo ? (geo.boundaries?.skipped ?? []) : [];

  return (
    <div
      className="tilemap"
      data-tiles={tiles.length}
      data-kind={showGeo ? 'geo' : 'tiles'}
      data-lit={lit ?? undefined}
      data-testid={`tilemap-${chartId}`}
    >
      {geo.configured && !props.bare && (
        <div className="tilemap-kind" role="group" aria-label={t('map.kind')}>
          <button
            type="button"
            className="btn ghost"
            aria-pressed={!wantGeo}
            onClick={() => setWantGeo(false)}
            data-testid="map-kind-tiles"
          >
            {t('map.kind.tiles')}
          </button>
          <button type="button" className="btn ghost" aria-pressed={wantGeo} onClick={() => setWantGeo(true)} data-testid="map-kind-geo">
            {t('map.kind.geo')}
          </button>
          {wantGeo && geo.loading && <span className="muted">{t('map.geo.loading')}</span>}
        </div>
      )}
      {geoError && (
        <p className="tilemap-missing" role="alert" data-testid="map-geo-error">
          {geoError}
        </p>
      )}
      <ExportableChart
        key={showGeo ? 'geo' : 'tiles'}
        option={option}
        theme={theme}
        label={ariaLabel}
        height={props.height ?? 640}
        chartId={chartId}
        exportTitle={title}
        exportMeta={meta}
        {...(props.pixelRatio ? { pixelRatio: props.pixelRatio } : {})}
        highlight={lit === null ? null : (indexOf.get(lit) ?? null)}
        onHover={(i) => onHover?.(i === null ? null : (items[i]?.code ?? null))}
        onClick={(e) => {
          if (e.seriesName !== colouring.legendTitle) return;
          const code = items[e.dataIndex]?.code;
          if (code) onSelect?.(code);
        }}
      />
      {!props.bare && (
        <>
          <p className="footnote">
            {showGeo
              ? t('map.geo.hint', {
                  approval: geo.boundaries?.approval ? t('map.geo.approval', { approval: geo.boundaries.approval }) : '',
                })
              : t('map.hint')}
          </p>
          {notInGeo.length > 0 && (
            <p className="tilemap-missing" data-testid="map-geo-missing">
              {t('map.geo.notOnMap')}
              {notInGeo.map((u) => `${names.get(u.code) ?? u.name}（${u.code}）`).join('、')}
            </p>
          )}
          {skipped.length > 0 && skipped[0] && (
            <p className="footnote" data-testid="map-geo-skipped">
              {t('map.geo.skipped', { n: skipped.length, ...problemText(t, skipped[0]) })}
            </p>
          )}
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
