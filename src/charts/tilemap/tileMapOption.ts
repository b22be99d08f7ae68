/**
 * The tile map as an ECharts option: one hexagon per unit (a custom series, drawn to fit the
 * chart's size), the outlines of cities (and, nationally, provinces) as thicker lines, a legend
 * of readable classes, missing tiles grey with a hatch line, and escaped HTML tooltips.
 * Pure: (tiles, data, scale, theme, language) → option; tested without a canvas.
 */
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import { cellCentre, cellKey, HEX_RADIUS, hexCorners, neighbours } from '../../domain/tiles/hex.ts';
import { provinceOfTile, type Tile } from '../../domain/tiles/layout.ts';
import { tooltipHtml } from '../escape.ts';
import { textOn } from '../options/heatmap.ts';
import { tooltipBase, type BuildContext } from '../options/common.ts';
import { fontFamily, tokens } from '../theme.ts';
import type { ChartOption } from '../types.ts';
import { classColours, missingStyle, type TileScale } from './scale.ts';

export interface TileDatum {
  value: number | null;
  /** The value as the screen writes it (— when missing). */
  display: string;
  /** "3 / 82" among peers, when ranked. */
  rank?: string;
  /** The sentence the figure came from, when it is real. */
  quote?: string;
  /** A mark drawn on the tile (↻ recurring). */
  mark?: string;
}

export interface TileMapInput {
  tiles: readonly Tile[];
  data: ReadonlyMap<string, TileDatum>;
  scale: TileScale;
  /** The dataset's names of units (shown over the layout's own, as data: escaped). */
  names?: ReadonlyMap<string, string>;
  /** What the colours mean, above the legend. */
  legendTitle: string;
  /** Tooltip row labels and the legend's missing class, in the user's language. */
  labels: { value: string; rank: string; quote: string; missing: string; synthetic?: string };
  /** Draw province outlines (the national map) rather than only city ones. */
  national: boolean;
  /** Larger type for the wall screen. */
  fontSize?: number;
  description?: string;
  legendWidth?: number;
}

interface Frame {
  scale: number;
  dx: number;
  dy: number;
}

const PAD = 6;

/** Tile-unit bounds of the tiles, corners included. */
function boundsOf(tiles: readonly Tile[]): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const t of tiles) {
    const [x, y] = cellCentre([t.col, t.row]);
    x0 = Math.min(x0, x - 0.5);
    x1 = Math.max(x1, x + 0.5);
    y0 = Math.min(y0, y - HEX_RADIUS);
    y1 = Math.max(y1, y + HEX_RADIUS);
  }
  return Number.isFinite(x0) ? { x0, y0, x1, y1 } : { x0: 0, y0: 0, x1: 1, y1: 1 };
}

/** The legend's height in px at a font size, for its number of rows of swatches. */
export const legendHeight = (fontSize: number, rows = 1): number =>
  Math.round(fontSize * 3.6 + (rows - 1) * (Math.round(fontSize * 1.1) + fontSize * 0.6));

/** Short tile labels: the name without its 区/县/市 ending when that leaves two characters or more. */
export function tileLabel(name: string): string {
  const short = name.replace(/(自治县|自治旗|区|县|市|旗)$/, '');
  return short.length >= 2 ? short.slice(0, 3) : name.slice(0, 3);
}

export interface BorderSegment {
  a: [number, number];
  b: [number, number];
  /** 2 = a province's edge, 1 = a city's. */
  weight: 1 | 2;
}

/** The edges between tiles of different groups (or at the map's edge), in tile units. */
export function borderSegments(tiles: readonly Tile[], national: boolean): BorderSegment[] {
  const at = new Map(tiles.map((t) => [cellKey([t.col, t.row]), t]));
  const out: BorderSegment[] = [];
  for (const t of tiles) {
    const corners = hexCorners([t.col, t.row]);
    neighbours([t.col, t.row]).forEach((n, i) => {
      const other = at.get(cellKey(n));
      if (other && other.group === t.group) return;
      // Each inner edge once (from the tile with the smaller code); outer edges always.
      if (other && other.code < t.code) return;
      const province = !other || provinceOfTile(other) !== provinceOfTile(t);
      const a = corners[i] ?? [0, 0];
      const b = corners[(i + 1) % 6] ?? [0, 0];
      out.push({ a, b, weight: national ? (province ? 2 : 1) : 2 });
    });
  }
  return out;
}

/** What a map's legend and tooltip need, whatever its geometry (tiles or boundaries). */
export interface MapKey {
  data: ReadonlyMap<string, TileDatum>;
  scale: TileScale;
  names?: ReadonlyMap<string, string>;
  legendTitle: string;
  labels: TileMapInput['labels'];
  fontSize?: number;
  /** What a screen reader hears for the whole map (ECharts' own would read "数据是 0，3" per tile). */
  description?: string;
  /** The chart's width in px, when known: the legend wraps to it rather than running off the edge. */
  legendWidth?: number;
}

/** The option's aria: our description, else ECharts' generated one. */
export const mapAria = (input: MapKey) =>
  input.description ? { enabled: true, label: { description: input.description } } : { enabled: true };

interface LegendItem {
  label: string;
  fill: string;
  hatch: boolean;
  x: number;
  row: number;
}

/** Where each swatch goes: left to right, onto a new row where the chart's width ends. */
function legendItems(input: MapKey, theme: BuildContext['theme']): { items: LegendItem[]; rows: number } {
  const fontSize = input.fontSize ?? 12;
  const missing = missingStyle[theme];
  const colours = classColours(input.scale, theme);
  const swatch = Math.round(fontSize * 1.1);
  const all = [
    ...input.scale.classes.map((label, i) => ({ label, fill: colours[i] ?? missing.fill, hatch: false })),
    { label: input.labels.missing, fill: missing.fill, hatch: true },
  ];
  const limit = input.legendWidth ? input.legendWidth - PAD : Infinity;
  let x = PAD;
  let row = 0;
  const items = all.map((item) => {
    const w = swatch * 2.4 + item.label.length * fontSize * (/[\u4e00-\u9fff]/.test(item.label) ? 1 : 0.6);
    if (x > PAD && x + w > limit) {
      row += 1;
      x = PAD;
    }
    const placed = { ...item, x, row };
    x += w + fontSize;
    return placed;
  });
  return { items, rows: row + 1 };
}

/** The legend's height for this map's classes and width. */
export const mapLegendHeight = (input: MapKey, theme: BuildContext['theme']): number =>
  legendHeight(input.fontSize ?? 12, legendItems(input, theme).rows);

/** The legend: the title, then a swatch and label per class and one for missing (graphic elements). */
export function mapLegend(input: MapKey, ctx: BuildContext): Array<Record<string, unknown>> {
  const t = tokens[ctx.theme];
  const fontSize = input.fontSize ?? 12;
  const missing = missingStyle[ctx.theme];
  const swatch = Math.round(fontSize * 1.1);
  const { items, rows } = legendItems(input, ctx.theme);
  const rowStep = swatch + fontSize * 0.6;
  const bottomOf = (row: number) => PAD + (rows - 1 - row) * rowStep;
  const legendChildren: Array<Record<string, unknown>> = [
    {
      type: 'text',
      left: PAD,
      bottom: bottomOf(0) + swatch + fontSize * 0.9,
      style: { text: input.legendTitle, fill: t.textMuted, fontSize, fontFamily },
    },
  ];
  for (const item of items) {
    const bottom = bottomOf(item.row);
    legendChildren.push({
      type: 'rect',
      left: item.x,
      bottom,
      shape: { width: swatch * 1.6, height: swatch },
      style: { fill: item.fill, stroke: t.split },
    });
    if (item.hatch)
      legendChildren.push({
        type: 'line',
        left: item.x,
        bottom,
        shape: { x1: 0, y1: swatch, x2: swatch * 1.6, y2: 0 },
        style: { stroke: missing.hatch, lineWidth: 1.5 },
      });
    legendChildren.push({
      type: 'text',
      left: item.x + swatch * 1.9,
      bottom: bottom + swatch * 0.1,
      style: { text: item.label, fill: t.text, fontSize, fontFamily },
    });
  }
  return legendChildren;
}

/** The item tooltip of series 0: name, value, rank, and the quote where the figure is real; escaped. */
export function mapTooltip(input: MapKey, ctx: BuildContext, itemAt: (i: number) => { code: string; name: string } | undefined) {
  return {
    ...tooltipBase(ctx),
    trigger: 'item' as const,
    formatter: (p: unknown) => {
      const i = typeof p === 'object' && p !== null && 'dataIndex' in p && typeof p.dataIndex === 'number' ? p.dataIndex : -1;
      const series = typeof p === 'object' && p !== null && 'seriesIndex' in p ? p.seriesIndex : -1;
      const item = series === 0 ? itemAt(i) : undefined;
      if (!item) return '';
      const d = input.data.get(item.code);
      const rows = [{ label: input.labels.value, value: d?.display ?? input.labels.missing }];
      if (d?.rank) rows.push({ label: input.labels.rank, value: d.rank });
      if (d?.quote) rows.push({ label: input.labels.quote, value: d.quote });
      else if (d && d.value !== null && input.labels.synthetic) rows.push({ label: '', value: input.labels.synthetic });
      return tooltipHtml(input.names?.get(item.code) ?? item.name, rows);
    },
  };
}

export function tileMapOption(input: TileMapInput, ctx: BuildContext): ChartOption {
  const t = tokens[ctx.theme];
  const fontSize = input.fontSize ?? 12;
  const missing = missingStyle[ctx.theme];
  const bounds = boundsOf(input.tiles);
  const legendH = mapLegendHeight(input, ctx.theme);
  const frameOf = (api: CustomSeriesRenderItemAPI): Frame => {
    const w = Math.max(1, api.getWidth() - 2 * PAD);
    const h = Math.max(1, api.getHeight() - 2 * PAD - legendH);
    const scale = Math.min(w / (bounds.x1 - bounds.x0), h / (bounds.y1 - bounds.y0));
    return {
      scale,
      dx: PAD + (w - scale * (bounds.x1 - bounds.x0)) / 2 - scale * bounds.x0,
      dy: PAD + (h - scale * (bounds.y1 - bounds.y0)) / 2 - scale * bounds.y0,
    };
  };
  const px = (f: Frame, [x, y]: readonly [number, number]): number[] => [f.dx + f.scale * x, f.dy + f.scale * y];
  const classes = input.tiles.map((tile) => input.scale.classOf(input.data.get(tile.code)?.value ?? null));
  const colours = classColours(input.scale, ctx.theme);
  const fillOf = (k: number): string => (k < 0 ? missing.fill : (colours[k] ?? missing.fill));

  const renderTile = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const i = params.dataIndex;
    const tile = input.tiles[i];
    if (!tile) return null;
    const f = frameOf(api);
    const k = classes[i] ?? -1;
    const fill = fillOf(k);
    const corners = hexCorners([tile.col, tile.row], HEX_RADIUS * 0.97).map((c) => px(f, c));
    const radius = f.scale * HEX_RADIUS;
    const children: NonNullable<CustomSeriesRenderItemReturn>[] = [
      {
        type: 'polygon',
        shape: { points: corners },
        style: { fill, stroke: t.surface, lineWidth: Math.max(0.5, radius * 0.06) },
        emphasis: { style: { stroke: t.accent, lineWidth: Math.max(2, radius * 0.16) } },
        z2: 1,
      },
    ];
    if (k < 0) {
      // Missing: a hatch line corner to corner, so it never reads as the lightest class.
      children.push({
        type: 'line',
        shape: { x1: corners[1]?.[0] ?? 0, y1: corners[1]?.[1] ?? 0, x2: corners[4]?.[0] ?? 0, y2: corners[4]?.[1] ?? 0 },
        style: { stroke: missing.hatch, lineWidth: Math.max(1, radius * 0.08) },
        silent: true,
        z2: 2,
      });
    }
    const mark = input.data.get(tile.code)?.mark;
    if (radius >= 15) {
      const [cx, cy] = px(f, cellCentre([tile.col, tile.row]));
      const size = Math.round(Math.min(radius * 0.5, fontSize * 1.4));
      children.push({
        type: 'text',
        silent: true,
        z2: 3,
        style: {
          x: cx,
          y: cy,
          text: mark ? `${tileLabel(tile.name)}\n${mark}` : tileLabel(tile.name),
          fill: k < 0 ? t.text : textOn(fill),
          fontSize: size,
          fontFamily,
          align: 'center',
          verticalAlign: 'middle',
          lineHeight: size * 1.15,
        },
      });
    } else if (mark) {
      const [cx, cy] = px(f, cellCentre([tile.col, tile.row]));
      children.push({
        type: 'circle',
        silent: true,
        z2: 3,
        shape: { cx, cy, r: Math.max(1.5, radius * 0.3) },
        style: { fill: textOn(fill) },
      });
    }
    return children.length === 1 ? (children[0] ?? null) : { type: 'group', children };
  };

  // Outlines as two compound paths (city edges, province edges), not thousands of lines: the
  // national map has ~10k edges, and one element each would slow drawing and hit-testing.
  const segments = borderSegments(input.tiles, input.national);
  const byWeight = [segments.filter((g) => g.weight === 1), segments.filter((g) => g.weight === 2)];
  const renderBorder = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const weight = params.dataIndex + 1;
    const list = byWeight[params.dataIndex] ?? [];
    if (list.length === 0) return null;
    const f = frameOf(api);
    const r = (n: number) => Math.round(n * 10) / 10;
    const pathData = list
      .map((g) => {
        const [x1, y1] = px(f, g.a);
        const [x2, y2] = px(f, g.b);
        return `M${r(x1 ?? 0)} ${r(y1 ?? 0)}L${r(x2 ?? 0)} ${r(y2 ?? 0)}`;
      })
      .join('');
    const base = Math.max(1, f.scale * 0.05);
    return {
      type: 'path',
      silent: true,
      shape: { pathData },
      style: {
        fill: 'none',
        stroke: t.text,
        lineWidth: weight === 2 ? base * 2 : base * 0.6,
        lineCap: 'round',
        opacity: weight === 2 ? 0.9 : 0.45,
      },
    };
  };

  const legendChildren = mapLegend(input, ctx);

  return {
    animation: false,
    aria: mapAria(input),
    tooltip: mapTooltip(input, ctx, (i) => input.tiles[i]),
    graphic: legendChildren,
    series: [
      {
        type: 'custom',
        name: input.legendTitle,
        coordinateSystem: 'none',
        renderItem: renderTile,
        data: input.tiles.map((tile, i) => ({ name: tile.name, value: [i, classes[i] ?? -1] })),
      },
      { type: 'custom', coordinateSystem: 'none', silent: true, renderItem: renderBorder, data: [0, 1], z: 3, tooltip: { show: false } },
    ],
  };
}
