/**
 * Labelled heatmaps: every cell carries its figure as text (and a symbol such as ↻ for
 * "recurring"), so nothing is read from colour alone. Colours come from the theme's sequential
 * scale; a cell's text colour is chosen for contrast against its fill.
 *
 * Fixed geometry (HEATMAP_TOP, HEATMAP_ROW): the weaknesses page draws the row labels in HTML
 * beside the chart (links and buttons a keyboard can reach), lined up with the chart's rows.
 */
import type { ChartOption } from '../types.ts';
import { tooltipHtml } from '../escape.ts';
import { tokens } from '../theme.ts';
import { tooltipBase, type BuildContext } from './common.ts';

/** Height of one row, px. */
export const HEATMAP_ROW = 26;
/** Space above the first row for the column labels, px. */
export const HEATMAP_TOP = 60;
export const HEATMAP_BOTTOM = 4;

export const heatmapHeight = (rows: number, top = HEATMAP_TOP): number => top + Math.max(rows, 1) * HEATMAP_ROW + HEATMAP_BOTTOM;

export interface HeatmapCellInput {
  col: number;
  row: number;
  /** 0 = nothing reported (the empty fill); (0, 1] = how strong. */
  intensity: number;
  label: string;
  /** A totals cell: a neutral fill, bold text. */
  total?: boolean;
  tooltip?: { title: string; rows: Array<{ label: string; value: string }> };
}

export interface HeatmapInput {
  columns: string[];
  rows: string[];
  cells: HeatmapCellInput[];
  /** Draw the row labels on the chart's axis; false when the page draws them beside it. */
  rowLabels: boolean;
  /** Width of a column label before it wraps, px. */
  columnLabelWidth?: number;
  /** Space for the column labels, px (default HEATMAP_TOP, two lines). */
  top?: number;
}

function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const n = parseInt(h.length === 3 ? h.replace(/./g, (c) => c + c) : h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (rgb: number[]): string => `#${rgb.map((x) => Math.round(x).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Dark or light text, whichever contrasts more with the fill. */
export function textOn(fill: string): string {
  return luminance(fill) > 0.32 ? '#10161f' : '#ffffff';
}

/** A colour on the sequential scale: 0 is the empty fill, (0, 1] runs from its second step to its last. */
export function heatColor(intensity: number, ctx: BuildContext): string {
  const seq = tokens[ctx.theme].sequential;
  if (intensity <= 0 || seq.length < 2) return seq[0] ?? '#eeeeee';
  const steps = seq.slice(1);
  const t = Math.min(1, intensity) * (steps.length - 1);
  const i = Math.min(Math.floor(t), steps.length - 2);
  const f = t - i;
  const a = hexToRgb(steps[i] ?? '#000000');
  const b = hexToRgb(steps[i + 1] ?? steps[i] ?? '#000000');
  return toHex(a.map((x, k) => x + ((b[k] ?? x) - x) * f));
}

/** Fills are quantised to this many steps (a visual map needs pieces; 20 steps look continuous). */
const STEPS = 20;
const bucketOf = (c: HeatmapCellInput): number =>
  c.total ? -1 : c.intensity <= 0 ? 0 : Math.max(1, Math.ceil(Math.min(1, c.intensity) * STEPS));

export function heatmapOption(input: HeatmapInput, ctx: BuildContext): ChartOption {
  const t = tokens[ctx.theme];
  const totalFill = ctx.theme === 'dark' ? '#222d3d' : '#e9edf2';
  const fills = new Map<number, string>([
    [-1, totalFill],
    [0, heatColor(0, ctx)],
  ]);
  for (let k = 1; k <= STEPS; k++) fills.set(k, heatColor(k / STEPS, ctx));
  const data = input.cells.map((c) => {
    const bucket = bucketOf(c);
    const fill = fills.get(bucket) ?? totalFill;
    return {
      value: [c.col, c.row, bucket],
      label: { color: c.total ? t.text : textOn(fill), fontWeight: c.total ? ('bold' as const) : ('normal' as const) },
    };
  });
  return {
    // ECharts draws a heatmap only through a visual map: a hidden one, one piece per fill.
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      seriesIndex: 0,
      pieces: [...fills].map(([value, color]) => ({ value, color })),
    },
    aria: { enabled: true },
    animation: false,
    grid: input.rowLabels
      ? {
          left: 8,
          right: 8,
          top: input.top ?? HEATMAP_TOP,
          bottom: HEATMAP_BOTTOM,
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        }
      : { left: 0, right: 4, top: input.top ?? HEATMAP_TOP, bottom: HEATMAP_BOTTOM, outerBoundsMode: 'none' },
    tooltip: {
      ...tooltipBase(ctx),
      trigger: 'item',
      formatter: (p: unknown) => {
        const i = typeof p === 'object' && p !== null && 'dataIndex' in p && typeof p.dataIndex === 'number' ? p.dataIndex : -1;
        const tip = input.cells[i]?.tooltip;
        return tip ? tooltipHtml(tip.title, tip.rows) : '';
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: input.columns,
      axisLine: { show: false },
      axisTick: { show: false },
      splitArea: { show: false },
      axisLabel: { interval: 0, fontSize: 12, color: t.text, width: input.columnLabelWidth ?? 84, overflow: 'break', lineHeight: 15 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.rows,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: input.rowLabels ? { fontSize: 12, color: t.text } : { show: false },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, fontSize: 12, formatter: (p: { dataIndex?: number }) => input.cells[p.dataIndex ?? -1]?.label ?? '' },
        itemStyle: { borderColor: t.surface, borderWidth: 2, borderRadius: 3 },
        emphasis: { itemStyle: { borderColor: t.accent, borderWidth: 2 } },
      },
    ],
  };
}
