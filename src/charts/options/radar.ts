/**
 * A radar of group scores (0–100): the unit against its peers' median. A group without a score
 * is drawn at 0 but named "—" in the tooltip, so a gap is never read as a poor score.
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

export function radarOption(input: RadarInput, ctx: BuildContext): ChartOption {
  const colors = palettes[ctx.theme];
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
          value: s.values.map((v) => v ?? 0),
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
