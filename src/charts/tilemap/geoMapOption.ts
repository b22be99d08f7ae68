/**
 * The geographic choropleth a deployment may offer beside the tile map (config.json
 * `boundaryMap`): the office's own approved boundaries, one polygon set per unit, with the tile
 * map's classes, legend, missing hatch and tooltip. A custom series (as the tile map), so it needs
 * no ECharts map or geo component and exports like every chart.
 * Pure: (shapes, data, scale, theme, language) → option.
 */
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import { boxOf, type Box, type BoundaryShape } from '../../domain/geo/boundaries.ts';

/** Loaded with the drawing code (TileMap imports this module when 区划图 is first picked). */
export { shapesFor } from '../../domain/geo/boundaries.ts';
import type { BuildContext } from '../options/common.ts';
import { tokens } from '../theme.ts';
import type { ChartOption } from '../types.ts';
import { classColours, missingStyle } from './scale.ts';
import { mapAria, mapLegend, mapLegendHeight, mapTooltip, type MapKey } from './tileMapOption.ts';

export interface GeoMapInput extends MapKey {
  shapes: readonly BoundaryShape[];
}

const PAD = 6;

function boundsOf(shapes: readonly BoundaryShape[]): Box {
  const box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const s of shapes) for (const ring of s.rings) boxOf(ring, box);
  return Number.isFinite(box.x0) ? box : { x0: 0, y0: 0, x1: 1, y1: 1 };
}

export function geoMapOption(input: GeoMapInput, ctx: BuildContext): ChartOption {
  const t = tokens[ctx.theme];
  const fontSize = input.fontSize ?? 12;
  const missing = missingStyle[ctx.theme];
  const bounds = boundsOf(input.shapes);
  const legendH = mapLegendHeight(input, ctx.theme);
  const colours = classColours(input.scale, ctx.theme);
  const classes = input.shapes.map((s) => input.scale.classOf(input.data.get(s.code)?.value ?? null));

  const render = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const shape = input.shapes[params.dataIndex];
    if (!shape) return null;
    const w = Math.max(1, api.getWidth() - 2 * PAD);
    const h = Math.max(1, api.getHeight() - 2 * PAD - legendH);
    const scale = Math.min(w / (bounds.x1 - bounds.x0 || 1), h / (bounds.y1 - bounds.y0 || 1));
    const dx = PAD + (w - scale * (bounds.x1 - bounds.x0)) / 2 - scale * bounds.x0;
    const dy = PAD + (h - scale * (bounds.y1 - bounds.y0)) / 2 - scale * bounds.y0;
    const r = (n: number) => Math.round(n * 10) / 10;
    // All rings of a unit in one path, even-odd filled: islands and holes as the file has them.
    const pathData = shape.rings
      .map((ring) => ring.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r(dx + scale * x)} ${r(dy + scale * y)}`).join('') + 'Z')
      .join('');
    const k = classes[params.dataIndex] ?? -1;
    const fill = k < 0 ? missing.fill : (colours[k] ?? missing.fill);
    const children: NonNullable<CustomSeriesRenderItemReturn>[] = [
      {
        type: 'path',
        shape: { pathData },
        style: { fill, stroke: t.surface, lineWidth: 0.8, fillRule: 'evenodd' } as Record<string, unknown>,
        emphasis: { style: { stroke: t.accent, lineWidth: 2.5 } },
        z2: 1,
      },
    ];
    const [cx, cy] = shape.centre;
    if (k < 0) {
      // Missing: a hatch mark at the unit's centre, so it never reads as the lightest class.
      const d = Math.max(3, fontSize * 0.5);
      const x = dx + scale * cx;
      const y = dy + scale * cy;
      children.push({
        type: 'line',
        silent: true,
        z2: 2,
        shape: { x1: x - d, y1: y + d, x2: x + d, y2: y - d },
        style: { stroke: missing.hatch, lineWidth: 1.5 },
      });
    }
    const mark = input.data.get(shape.code)?.mark;
    if (mark)
      children.push({
        type: 'circle',
        silent: true,
        z2: 3,
        shape: { cx: dx + scale * cx, cy: dy + scale * cy, r: Math.max(2, fontSize * 0.25) },
        style: { fill: t.text },
      });
    return children.length === 1 ? (children[0] ?? null) : { type: 'group', children };
  };

  return {
    animation: false,
    aria: mapAria(input),
    tooltip: mapTooltip(input, ctx, (i) => input.shapes[i]),
    graphic: mapLegend(input, ctx),
    series: [
      {
        type: 'custom',
        name: input.legendTitle,
        coordinateSystem: 'none',
        renderItem: render,
        data: input.shapes.map((s, i) => ({ name: s.name, value: [i, classes[i] ?? -1] })),
      },
    ],
  };
}
