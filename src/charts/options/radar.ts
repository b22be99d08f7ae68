/**
 * A radar of group scores (0–100): the unit against its peers' median. A group without a score is
 * not an axis at all: a radar draws a missing value at its centre, where it reads as a score of 0.
 * The groups left out are returned for the panel to name (radarAxes).
 */
import type { ChartOption } from '../types.ts';
import { tooltipHtml } from '../escape.ts';
import { palettes } from '../theme.ts';
import { tooltipBase, type BuildContext } from './common.ts';

export interface RadarInput {
  axes: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
  /** Text for a missing score. */
  missing: string;
}

/** The axes every series has a value on, and those left out (a gap is never drawn). */
export function radarAxes(input: RadarInput): { kept: number[]; missing: string[] } {
  const kept: number[] = [];
  const missing: string[] = [];
  input.axes.forEach((axis, k) => {
    if (input.series.every((s) => typeof s.values[k] === 'number')) kept.push(k);
    else missing.push(axis);
  });
  return { kept, missing };
}

/** A radar needs three axes to be a shape; with fewer, the scores are better read as text. */
export const RADAR_MIN_AXES = 3;

export function radarOption(full: RadarInput, ctx: BuildContext): ChartOption {
  const colors = palettes[ctx.theme];
  const { kept } = radarAxes(full);
  const input: RadarInput = {
    ...full,
    axes: kept.map((k) => full.axes[k] ?? ''),
    series: full.series.map((s) => ({ ...s, values: kept.map((k) => s.values[k] ?? null) })),
  };
  return {
    aria: { enabled: true },
    animationDuration: 300,
    legend: { bottom: 0, left: 'center', itemWidth: 14, itemHeight: 10, data: input.series.map((s) => s.name) },
    tooltip: {
      ...tooltipBase(ctx),
      trigger: 'item',
      formatter: (p: unknown) => {
        const i = typeof p === 'object' && p !== null && 'dataIndex' in p && typeof p.dataIndex === 'number' ? p.dataIndex : -1;
        const s = input.series[i];
        if (!s) return '';
        return tooltipHtml(
          s.name,
          input.axes.map((axis, k) => {
            const v = s.values[k];
            return { label: axis, value: v === null || v === undefined ? input.missing : String(Math.round(v)) };
          }),
        );
      },
    },
    radar: {
      indicator: input.axes.map((name) => ({ name, min: 0, max: 100 })),
      radius: '66%',
      center: ['50%', '48%'],
      splitNumber: 4,
      axisName: { fontSize: 12 },
      splitArea: { show: false },
    },
    series: [
      {
        type: 'radar',
        data: input.series.map((s, i) => ({
          name: s.name,
          // Every value here is present (radarAxes): nothing is drawn as 0 for want of a score.
          value: s.values.map((v) => v ?? '-'),
          symbol: i === 0 ? 'circle' : 'rect',
          symbolSize: 6,
          lineStyle: { width: i === 0 ? 2.5 : 2, type: i === 0 ? ('solid' as const) : ('dashed' as const), color: colors[i === 0 ? 0 : 1] },
          itemStyle: { color: colors[i === 0 ? 0 : 1] },
          areaStyle: i === 0 ? { opacity: 0.18, color: colors[0] } : { opacity: 0 },
        })),
      },
    ],
  };
}
