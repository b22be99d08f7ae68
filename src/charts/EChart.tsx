/**
 * The one component that touches an ECharts instance: init, setOption, resize, dispose,
 * theme, events. Options come from pure builders (./options); this file holds no chart logic.
 */
import { useEffect, useRef, useState } from 'react';
import { loadEcharts } from './load.ts';
import { echartsTheme, themeId, type ThemeName } from './theme.ts';
import type { ChartOption, ECElementEvent, ECharts } from './types.ts';

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
  className?: string;
  /** Identifies the chart for export and tests. */
  chartId?: string;
  /** Backing-store pixel ratio, e.g. the device's × a CSS scale on the wall screen, for crisp lines. */
  pixelRatio?: number;
}

export function EChart({ option, theme, label, height = 320, renderer = 'canvas', extra = false, onClick, className, chartId, pixelRatio }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const [lib, setLib] = useState<Core | null>(null);
  const [instanceVersion, setInstanceVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void loadEcharts(extra).then((l) => {
      if (live) setLib(l);
    });
    return () => {
      live = false;
    };
  }, [extra]);

  // One instance per theme/renderer; disposed on change and on unmount so nothing leaks.
  useEffect(() => {
    const node = el.current;
    if (!node || !lib) return undefined;
    const instance = lib.init(node, ensureTheme(lib, theme), pixelRatio ? { renderer, devicePixelRatio: pixelRatio } : { renderer });
    chart.current = instance;
    instance.on('click', (p: ECElementEvent) => {
      clickRef.current?.({ name: p.name, seriesName: p.seriesName, dataIndex: p.dataIndex, value: p.value });
    });
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => instance.resize());
    });
    observer.observe(node);
    setInstanceVersion((v) => v + 1);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [lib, theme, renderer, pixelRatio]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, instanceVersion]);

  return (
    <div
      ref={el}
      className={className ? `echart ${className}` : 'echart'}
      role="img"
      aria-label={label}
      data-chart={chartId}
      data-ready={lib !== null && instanceVersion > 0}
      style={{ height }}
    />
  );
}
