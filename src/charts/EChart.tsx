/**
 * The one component that touches an ECharts instance: init, setOption, resize, dispose,
 * theme, events. Options come from pure builders (./options); this file holds no chart logic.
 *
 * Given an `exportTitle`, the chart also offers an export menu in its corner and registers with
 * the export registry (charts/export/registry.ts) so "export this screen" finds it. When the
 * page prints, every chart is replaced by a sharp light-theme image of itself.
 */
import { lazy, Suspense, useContext, useEffect, useRef, useState } from 'react';
import { lightOptionOf } from '../export/chart/lightOption.ts';
import { watchPrint } from '../ui/printWatch.ts';
import { nextId, registerChart } from '../export/registry/registry.ts';
import type { ChartEntry, ChartExportMeta } from '../export/registry/types.ts';
import { holdFirstDraw, loadedEcharts, loadEcharts, scheduleChartInit } from './load.ts';
import { ChartPrerenderContext } from './prerender.ts';
import { echartsTheme, themeId, type ThemeName } from './theme.ts';
import type { ChartOption, ECElementEvent, ECharts } from './types.ts';
import '../export/export.css';
import { useLatest } from '../ui/useLatest.ts';

// The menu loads beside ECharts itself (charts draw only once that has loaded anyway).
const ExportMenu = lazy(() => import('../export/chart/ExportMenu.tsx').then((m) => ({ default: m.ExportMenu })));

type Core = Awaited<ReturnType<typeof loadEcharts>>;

const registered = new Set<ThemeName>();
function ensureTheme(lib: Core, name: ThemeName): string {
  if (!registered.has(name)) {
    lib.registerTheme(themeId(name), echartsTheme(name));
    registered.add(name);
  }
  return themeId(name);
}

export interface ChartClick {
  name: string;
  seriesName?: string;
  dataIndex: number;
  value: unknown;
}

export interface EChartProps {
  option: ChartOption;
  theme: ThemeName;
  /** What the chart shows, for screen readers and the figure's label. */
  label: string;
  height?: number | string;
  renderer?: 'canvas' | 'svg';
  /** The option uses heatmap, radar or visualMap (loaded separately). */
  extra?: boolean;
  onClick?: (e: ChartClick) => void;
  /** The item under the pointer (series 0's data index), null when it leaves: for linked highlighting. */
  onHover?: (dataIndex: number | null) => void;
  /** Series 0's item to show highlighted (a row hovered elsewhere), null for none. */
  highlight?: number | null;
  className?: string;
  /** Identifies the chart for export and tests. */
  chartId?: string;
  /** Backing-store pixel ratio, e.g. the device's × a CSS scale on the wall screen, for crisp lines. */
  pixelRatio?: number;
  /** The chart's title in exported documents. Given, the chart gets an export menu and joins screen exports. */
  exportTitle?: string;
  /** The chart's definition (统计口径), subtitle, key figures and notes for its documents. */
  exportMeta?: ChartExportMeta;
}

const PRINT_PIXEL_RATIO = 2;

export function EChart({
  option,
  theme,
  label,
  height = 320,
  renderer = 'canvas',
  extra = false,
  onClick,
  onHover,
  highlight = null,
  className,
  chartId,
  pixelRatio,
  exportTitle,
  exportMeta,
}: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useLatest(onClick);
  const hoverRef = useLatest(onHover);
  const [lib, setLib] = useState<Core | null>(() => loadedEcharts(extra));
  const [instanceVersion, setInstanceVersion] = useState(0);
  /** The option last given to the instance, so the first draw is not repeated by the effect below. */
  const applied = useRef<ChartOption | null>(null);
  const hasExport = exportTitle !== undefined;
  const prerender = useContext(ChartPrerenderContext);
  // What exports read at the moment of export (never stale, never a re-registration per render).
  const live = useLatest({ option, theme, extra, title: exportTitle ?? label, meta: exportMeta ?? {} });

  // Not yet drawn until its instance exists (BelowFirstScreen waits for the charts in view).
  const drawn = instanceVersion > 0;
  useEffect(() => (drawn ? undefined : holdFirstDraw()), [drawn]);

  useEffect(() => {
    let live = true;
    void loadEcharts(extra).then((l) => {
      if (live) setLib(l);
    });
    return () => {
      live = false;
    };
  }, [extra]);

  // One instance per theme/renderer, set up in a coming frame (scheduleChartInit) so a screen of
  // charts paints one by one; disposed on change and on unmount so nothing leaks.
  useEffect(() => {
    const node = el.current;
    if (!node || !lib) return undefined;
    let instance: ECharts | null = null;
    let frame = 0;
    let observer: ResizeObserver | null = null;
    const cancel = scheduleChartInit(() => {
      const created = lib.init(node, ensureTheme(lib, theme), pixelRatio ? { renderer, devicePixelRatio: pixelRatio } : { renderer });
      instance = created;
      chart.current = created;
      created.on('click', (p: ECElementEvent) => {
        clickRef.current?.({ name: p.name, seriesName: p.seriesName, dataIndex: p.dataIndex, value: p.value });
      });
      created.on('mouseover', (p: ECElementEvent) => {
        if (p.seriesIndex === 0) hoverRef.current?.(p.dataIndex);
      });
      created.on('mouseout', (p: ECElementEvent) => {
        if (p.seriesIndex === 0) hoverRef.current?.(null);
      });
      // Drawn in the same frame, not after another render.
      created.setOption(live.current.option, { notMerge: true });
      applied.current = live.current.option;
      // The observer also reports once on observe(): ECharts' resize() redraws whatever the size,
      // so only a size the instance does not have yet is passed on (saves a whole redraw per chart).
      observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          if (created.isDisposed() || (node.clientWidth === created.getWidth() && node.clientHeight === created.getHeight())) return;
          created.resize();
        });
      });
      observer.observe(node);
      setInstanceVersion((v) => v + 1);
    });
    return () => {
      cancel();
      cancelAnimationFrame(frame);
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
      applied.current = null;
    };
    // (Gaining or losing an export title re-parents the chart's element: a new instance follows it.)
  }, [lib, theme, renderer, pixelRatio, hasExport, clickRef, hoverRef, live]);

  useEffect(() => {
    if (!chart.current || applied.current === option) return;
    chart.current.setOption(option, { notMerge: true });
    applied.current = option;
  }, [option, instanceVersion]);

  // Linked highlighting: one item of series 0 in its emphasis state, the previous one released.
  useEffect(() => {
    const instance = chart.current;
    if (!instance || highlight === null) return undefined;
    instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: highlight });
    return () => {
      if (!instance.isDisposed()) instance.dispatchAction({ type: 'downplay', seriesIndex: 0, dataIndex: highlight });
    };
  }, [highlight, option, instanceVersion]);

  // Printing: a light, sharp image of the chart at its on-screen size stands in for the canvas
  // (print.css shows it and hides the live chart); removed when printing ends.
  useEffect(() => {
    const node = el.current;
    if (!node || !lib) return undefined;
    let img: HTMLImageElement | null = null;
    const enter = () => {
      const instance = chart.current;
      const { width, height: h } = node.getBoundingClientRect();
      if (!instance || width <= 0 || h <= 0) return;
      let url: string;
      try {
        const cur = live.current;
        if (cur.theme === 'light') {
          url = instance.getDataURL({ type: 'png', pixelRatio: PRINT_PIXEL_RATIO, backgroundColor: '#ffffff' });
        } else {
          const off = lib.init(document.createElement('div'), ensureTheme(lib, 'light'), {
            width,
            height: h,
            devicePixelRatio: PRINT_PIXEL_RATIO,
          });
          try {
            off.setOption({ ...lightOptionOf(cur.option, cur.theme, cur.meta.lightOption), animation: false }, { notMerge: true });
            url = off.getDataURL({ type: 'png', pixelRatio: PRINT_PIXEL_RATIO, backgroundColor: '#ffffff' });
          } finally {
            off.dispose();
          }
        }
      } catch {
        return; // The live chart prints as it is.
      }
      img = document.createElement('img');
      img.className = 'echart-print';
      img.alt = '';
      img.src = url;
      node.append(img);
    };
    const exit = () => {
      img?.remove();
      img = null;
    };
    // A chart drawn (or drawn anew) while the page is already printing gets its image at once.
    const stop = watchPrint(enter, exit, { now: true });
    return () => {
      stop();
      exit();
    };
  }, [lib, instanceVersion, live]);

  // A chart is one export entry for as long as it is an export target; the entry reads the
  // latest option and title at the moment of export, never a copy taken at render.
  const [entry, setEntry] = useState<ChartEntry | null>(null);
  useEffect(() => {
    if (!hasExport) return undefined;
    const next: ChartEntry = {
      id: nextId(chartId ?? 'chart'),
      chartId,
      get title() {
        return live.current.title;
      },
      get meta() {
        return live.current.meta;
      },
      get extra() {
        return live.current.extra;
      },
      option: () => live.current.option,
      theme: () => live.current.theme,
      element: () => el.current,
    };
    setEntry(next);
    const unregister = registerChart(next);
    return () => {
      unregister();
      setEntry(null);
    };
  }, [hasExport, chartId, live]);

  // Built into index.html (build/prerender): the same chart as SVG, at the prerendered layout's size.
  const prerenderWidth = prerender && typeof height === 'number' ? prerender.widthOf(chartId) : null;
  const svg = prerender && prerenderWidth && typeof height === 'number' ? prerender.svg(option, theme, prerenderWidth, height) : null;
  const div = (
    <div
      ref={el}
      className={className ? `echart ${className}` : 'echart'}
      role="img"
      aria-label={label}
      data-chart={chartId}
      data-ready={lib !== null && instanceVersion > 0}
      style={{ height }}
      {...(svg === null ? {} : { dangerouslySetInnerHTML: { __html: svg } })}
    />
  );
  // The host wraps the chart from the first render (not once the entry is set a render later):
  // the chart's own div must stay the same element, or an instance set up in between would sit
  // on what became the host.
  if (!hasExport) return div;
  return (
    <div className="echart-host">
      {div}
      {entry && (
        <Suspense fallback={null}>
          <ExportMenu entry={entry} chartId={chartId} />
        </Suspense>
      )}
    </div>
  );
}
