/**
 * The numbers behind a line or bar chart, read from its ECharts option, for a native PowerPoint
 * chart (data embedded, editable in PowerPoint and WPS). Charts PowerPoint has no form for
 * (heatmap, tile map, radar, anything mixed) give null and stay pictures.
 */
import type { ChartOption } from '../../charts/types.ts';

export interface NativeSeries {
  name: string;
  labels: string[];
  values: Array<number | null>;
}

export interface NativeChart {
  type: 'line' | 'bar';
  /** Bars drawn across (a category y axis). */
  horizontal: boolean;
  stacked: boolean;
  series: NativeSeries[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);

/** A category axis's labels, or null when the axis is not a category axis with data. */
function categories(axis: unknown): string[] | null {
  const first = asList(axis)[0];
  if (!isRecord(first) || first.type !== 'category' || !Array.isArray(first.data)) return null;
  return first.data.map((d) =>
    isRecord(d) ? (typeof d.value === 'number' || typeof d.value === 'string' ? String(d.value) : '') : String(d),
  );
}

function numberOf(d: unknown): number | null | undefined {
  if (d === null || d === '-' || d === undefined) return null;
  if (typeof d === 'number') return Number.isFinite(d) ? d : null;
  if (isRecord(d)) return numberOf(d.value);
  return undefined; // Not a plain value (a pair, a string): not a chart PowerPoint can redraw.
}

export function nativeChartOf(option: ChartOption, title: string): NativeChart | null {
  const series = asList(isRecord(option) ? option.series : undefined).filter(isRecord);
  if (series.length === 0) return null;
  const type = series[0]?.type;
  if ((type !== 'line' && type !== 'bar') || series.some((s) => s.type !== type)) return null;
  const x = categories(isRecord(option) ? option.xAxis : undefined);
  const y = categories(isRecord(option) ? option.yAxis : undefined);
  const labels = x ?? y;
  if (!labels) return null;
  const out: NativeSeries[] = [];
  for (const s of series) {
    const values = asList(s.data).map(numberOf);
    if (values.some((v) => v === undefined)) return null;
    out.push({ name: typeof s.name === 'string' && s.name ? s.name : title, labels, values: values.map((v) => v ?? null) });
  }
  return { type, horizontal: x === null, stacked: series.some((s) => s.stack !== undefined), series: out };
}
