/**
 * The one component that touches an ECharts instance: init, setOption, resize, dispose,
 * theme, events (click, hover, linked highlight). Options come from pure builders (./options);
 * this file holds no chart logic, and nothing of export or print: a caller that wants them wraps
 * the chart (src/export/chart/ExportableChart.tsx), reading the chart's element (`elementRef`) and
 * its live instance (`onInstance`).
 */
import { useContext, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ensureTheme, holdFirstDraw, loadedEcharts, loadEcharts, scheduleChartInit, type EchartsCore } from './load.ts';
import { ChartPrerenderContext } from './prerender.ts';
import type { ThemeName } from './theme.ts';
import type { ChartOption, ECElementEvent, ECharts } from './types.ts';
import { useLatest } from '../ui/useLatest.ts';

type Core = EchartsCore;

/** A chart's live instance, for what works on it from outside (a print image, say). */
export interface ChartInstance {
  instance: ECharts;
  /** ECharts as loaded for this chart (to set up an off-screen instance beside it). */
  lib: EchartsCore;
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
  /** Receives the chart's element (the one ECharts draws in). */
  elementRef?: RefObject<HTMLDivElement | null>;
  /** Told of each instance once it has drawn, and null when it is disposed. */
  onInstance?: (chart: ChartInstance | null) => void;
}

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
  elementRef,
  onInstance,
}: EChartProps) {
  const ownEl = useRef<HTMLDivElement>(null);
  const el = elementRef ?? ownEl;
  const chart = useRef<ECharts | null>(null);
  const clickRef = useLatest(onClick);
  const hoverRef = useLatest(onHover);
  const instanceRef = useLatest(onInstance);
  const [lib, setLib] = useState<Core | null>(() => loadedEcharts(extra));
  const [instanceVersion, setInstanceVersion] = useState(0);
  /** The option last given to the instance, so the first draw is not repeated by the effect below. */
  const applied = useRef<ChartOption | null>(null);
  const prerender = useContext(ChartPrerenderContext);
  // The option at the moment the instance is set up (a frame later), not a copy taken at render.
  const live = useLatest({ option });

  // Not yet drawn until its instance exists (BelowFirstScreen waits for the charts in view).
  const drawn = instanceVersion > 0;
  // (In the commit that mounts it, as TileMap does: a check in the next frame must see it.)
  useLayoutEffect(() => (drawn ? undefined : holdFirstDraw()), [drawn]);

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
    const tell = (c: ChartInstance | null) => instanceRef.current?.(c);
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
      tell({ instance: created, lib });
    });
    return () => {
      cancel();
      cancelAnimationFrame(frame);
      observer?.disconnect();
      if (instance) tell(null);
      instance?.dispose();
      chart.current = null;
      applied.current = null;
    };
  }, [el, lib, theme, renderer, pixelRatio, clickRef, hoverRef, instanceRef, live]);

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

  // Built into index.html (src/node/build/prerender): the same chart as SVG, at the prerendered layout's size.
  const prerenderWidth = prerender && typeof height === 'number' ? prerender.widthOf(chartId) : null;
  const svg = prerender && prerenderWidth && typeof height === 'number' ? prerender.svg(option, theme, prerenderWidth, height) : null;
  return (
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
}
