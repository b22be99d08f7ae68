import type { ChartOption } from '../types.ts';
import { tooltipHtml } from '../escape.ts';
import { palettes } from '../theme.ts';
import { axisNumber, baseGrid, fmt, tooltipBase, type BuildContext } from './common.ts';

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

/** Horizontal bars, largest on top, each labelled with its value (not colour alone). */
export function horizontalBarsOption(rows: BarRow[], unit: string, ctx: BuildContext): ChartOption {
  const sorted = [...rows].sort((a, b) => a.value - b.value);
  return {
    aria: { enabled: true },
    animationDuration: 300,
    grid: { ...baseGrid, top: 8, right: 56 },
    tooltip: {
      ...tooltipBase(ctx),
      trigger: 'item',
      formatter: (p: unknown) => {
        const i = typeof p === 'object' && p !== null && 'dataIndex' in p && typeof p.dataIndex === 'number' ? p.dataIndex : -1;
        const row = sorted[i];
        return row ? tooltipHtml(row.label, [{ label: '', value: fmt(row.value, unit, ctx) }]) : '';
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => axisNumber(v, ctx.lang) } },
    yAxis: { type: 'category', data: sorted.map((r) => r.label), axisLabel: { fontSize: 13 } },
    series: [
      {
        type: 'bar',
        data: sorted.map((r) => r.value),
        barMaxWidth: 22,
        itemStyle: { color: palettes[ctx.theme][0], borderRadius: [0, 3, 3, 0] },
        label: {
          show: true,
          position: 'right',
          fontSize: 12,
          formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? axisNumber(p.value, ctx.lang) : ''),
        },
      },
    ],
  };
}

export interface StackedRow {
  key: string;
  label: string;
  parts: number[];
}

/**
 * Horizontal stacked bars. Parts after the first carry a hatch pattern as well as a colour, so
 * "recurring" reads without colour vision.
 */
export function stackedBarsOption(rows: StackedRow[], partNames: string[], ctx: BuildContext): ChartOption {
  const sorted = [...rows].sort((a, b) => sum(a.parts) - sum(b.parts));
  const colors = palettes[ctx.theme];
  return {
    aria: { enabled: true, decal: { show: true } },
    animationDuration: 300,
    grid: { ...baseGrid, top: 36, right: 48 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10 },
    tooltip: {
      ...tooltipBase(ctx),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first: unknown = list[0];
        const i =
          typeof first === 'object' && first !== null && 'dataIndex' in first && typeof first.dataIndex === 'number' ? first.dataIndex : -1;
        const row = sorted[i];
        if (!row) return '';
        return tooltipHtml(
          row.label,
          partNames.map((name, k) => ({ label: name, value: String(row.parts[k] ?? 0), marker: k })),
        );
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((r) => r.label), axisLabel: { fontSize: 13 } },
    series: partNames.map((name, k) => ({
      type: 'bar',
      name,
      stack: 'total',
      barMaxWidth: 22,
      data: sorted.map((r) => r.parts[k] ?? 0),
      itemStyle: {
        color: colors[k === 0 ? 1 : 0],
        decal:
          k === 0
            ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.55)' }
            : { symbol: 'none' },
      },
      ...(k === partNames.length - 1
        ? {
            label: {
              show: true,
              position: 'right',
              fontSize: 12,
              formatter: (p: { dataIndex?: number }) => String(sum(sorted[p.dataIndex ?? -1]?.parts ?? [])),
            },
          }
        : {}),
    })),
  };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
