/**
 * A chart as the screens show it: `EChart` (lifecycle and events) plus what the export area adds.
 * When the page prints, the chart is replaced by a sharp light-theme image of itself (every chart).
 * Given an `exportTitle`, it also gets an export menu in its corner and joins the export registry
 * (registry/registry.ts), so "export this screen" finds it.
 */
import { lazy, Suspense, useRef } from 'react';
import { EChart, type EChartProps } from '../../charts/EChart.tsx';
import { useLatest } from '../../ui/useLatest.ts';
import { usePrintImage } from '../print/usePrintImage.ts';
import type { ChartExportMeta } from '../registry/types.ts';
import { useScreenChart } from '../registry/useScreenChart.ts';
import '../export.css';

// The menu loads beside ECharts itself (charts draw only once that has loaded anyway).
const ExportMenu = lazy(() => import('./ExportMenu.tsx').then((m) => ({ default: m.ExportMenu })));

export interface ExportableChartProps extends Omit<EChartProps, 'elementRef' | 'onInstance'> {
  /** The chart's title in exported documents. Given, the chart gets an export menu and joins screen exports. */
  exportTitle?: string;
  /** The chart's definition (统计口径), subtitle, key figures and notes for its documents. */
  exportMeta?: ChartExportMeta;
}

export function ExportableChart({ exportTitle, exportMeta, ...chart }: ExportableChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const live = useLatest({
    option: chart.option,
    theme: chart.theme,
    extra: chart.extra ?? false,
    title: exportTitle ?? chart.label,
    meta: exportMeta ?? {},
  });
  const onInstance = usePrintImage(el, live);
  const hasExport = exportTitle !== undefined;
  const entry = useScreenChart(hasExport, chart.chartId, el, live);

  const canvas = <EChart {...chart} elementRef={el} onInstance={onInstance} />;
  // The host wraps the chart from the first render (not once the entry is set a render later):
  // the chart's own element must stay the same, or an instance set up in between would sit on
  // what became the host. Gaining or losing an export title mounts a new chart.
  if (!hasExport) return canvas;
  return (
    <div className="echart-host">
      {canvas}
      {entry && (
        <Suspense fallback={null}>
          <ExportMenu entry={entry} chartId={chart.chartId} />
        </Suspense>
      )}
    </div>
  );
}
