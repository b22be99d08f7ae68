import type { ChartOption } from '../types.ts';
import { tooltipHtml } from '../escape.ts';
import { axisNumber, baseGrid, fmt, tooltipBase, type BuildContext } from './common.ts';

export interface TrendInput {
  years: number[];
  series: Array<{ name: string; values: Array<number | null> }>;
  unit: string;
}

/** Year-on-year lines; a year with no report is a gap, not a zero. */
export function trendOption(input: TrendInput, ctx: BuildContext): ChartOption {
  const years = input.years.map(String);
  return {
    aria: { enabled: true },
    animationDuration: 300,
    grid: { ...baseGrid, top: input.series.length > 1 ? 36 : 16 },
    legend: input.series.length > 1 ? { top: 0, left: 0, itemWidth: 14, itemHeight: 8 } : { show: false },
    tooltip: {
      ...tooltipBase(ctx),
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first: unknown = list[0];
        const index = typeof first === 'object' && first !== null && 'dataIndex' in first && typeof first.dataIndex === 'number' ? first.dataIndex : 0;
        return tooltipHtml(
          years[index] ?? '',
          input.series.map((s, i) => ({ label: s.name, value: fmt(s.values[index], input.unit, ctx), marker: i })),
        );
      },
    },
    xAxis: { type: 'category', data: years, boundaryGap: false, axisLabel: { fontSize: ctx.axisFontSize ?? 12 } },
    yAxis: {
      type: 'value',
      min: 0,
      ...(input.unit === '%' ? { max: 100 } : {}),
      axisLabel: { formatter: (v: number) => axisNumber(v, ctx.lang), fontSize: ctx.axisFontSize ?? 12 },
    },
    series: input.series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: { width: 2.5 },
    })),
  };
}
