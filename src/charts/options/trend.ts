import type { ChartOption } from '../types.ts';
import { tooltipHtml } from '../escape.ts';
import { tokens } from '../theme.ts';
import { axisNumber, baseGrid, fmt, tooltipBase, type BuildContext } from './common.ts';

export interface TrendInput {
  years: number[];
  series: Array<{ name: string; values: Array<number | null> }>;
  unit: string;
  /**
   * A required level to draw (per year; null where none applies): one dashed reference line
   * when it is the same every year, else a dashed step series.
   */
  target?: { name: string; values: Array<number | null> };
}

type TargetLine = NonNullable<TrendInput['target']>;

/** The target's single value when it is the same in every year, else null. */
function uniformTarget(target: TargetLine | undefined): number | null {
  const first = target?.values[0];
  if (!target || first === null || first === undefined) return null;
  return target.values.every((v) => v === first) ? first : null;
}

function targetSeries(target: TargetLine | undefined, colour: string): object[] {
  if (!target || !target.values.some((v) => v !== null) || uniformTarget(target) !== null) return [];
  return [
    {
      type: 'line',
      name: target.name,
      data: target.values,
      step: 'middle',
      symbol: 'none',
      connectNulls: false,
      lineStyle: { width: 1.5, type: 'dashed' },
      color: colour,
    },
  ];
}

/**
 * A series with one figure (an office's first year): a dot in a corner of an empty axis says
 * nothing. It is centred on its year and labelled with its value.
 */
export const isSingleFigure = (input: { series: ReadonlyArray<{ values: ReadonlyArray<number | null> }> }): boolean =>
  input.series.every((s) => s.values.filter((v) => v !== null).length <= 1) && input.series.some((s) => s.values.some((v) => v !== null));

/** Year-on-year lines; a year with no report is a gap, not a zero. */
export function trendOption(input: TrendInput, ctx: BuildContext): ChartOption {
  const years = input.years.map(String);
  const single = isSingleFigure(input);
  const uniform = uniformTarget(input.target);
  const target = input.target;
  const rows = target && target.values.some((v) => v !== null) ? [...input.series, target] : input.series;
  return {
    aria: { enabled: true },
    animationDuration: 300,
    // A labelled single figure needs room above its point for the label.
    grid: { ...baseGrid, top: (rows.length > 1 ? 36 : 16) + (single ? Math.round((ctx.axisFontSize ?? 12) * 2) : 0) },
    legend: rows.length > 1 ? { top: 0, left: 0, itemWidth: 14, itemHeight: 8 } : { show: false },
    tooltip: {
      ...tooltipBase(ctx),
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first: unknown = list[0];
        const index =
          typeof first === 'object' && first !== null && 'dataIndex' in first && typeof first.dataIndex === 'number' ? first.dataIndex : 0;
        return tooltipHtml(
          years[index] ?? '',
          rows.map((s, i) => ({ label: s.name, value: fmt(s.values[index], input.unit, ctx), marker: i })),
        );
      },
    },
    xAxis: { type: 'category', data: years, boundaryGap: single, axisLabel: { fontSize: ctx.axisFontSize ?? 12 } },
    yAxis: {
      type: 'value',
      min: 0,
      ...(input.unit === '%' ? { max: 100 } : {}),
      axisLabel: { formatter: (v: number) => axisNumber(v, ctx.lang), fontSize: ctx.axisFontSize ?? 12 },
    },
    series: [
      ...input.series.map((s, i) => ({
        type: 'line' as const,
        name: s.name,
        data: s.values,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: single ? 10 : 7,
        lineStyle: { width: 2.5 },
        ...(single
          ? {
              label: {
                show: true,
                position: 'top' as const,
                fontSize: Math.round((ctx.axisFontSize ?? 12) * 1.5),
                fontWeight: 700,
                color: tokens[ctx.theme].text,
                textBorderWidth: 0,
                formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? fmt(p.value, input.unit, ctx) : ''),
              },
            }
          : {}),
        ...(i === 0 && uniform !== null && target
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed' as const, width: 1.5, color: tokens[ctx.theme].textMuted },
                label: { formatter: target.name, position: 'insideEndTop' as const, fontSize: ctx.axisFontSize ?? 12 },
                data: [{ yAxis: uniform, name: target.name }],
              },
            }
          : {}),
      })),
      ...targetSeries(target, tokens[ctx.theme].textMuted),
    ],
  };
}
