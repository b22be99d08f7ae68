/**
 * The one component that touches an ECharts instance: init, setOption, resize, dispose,
 * theme, events. Options come from pure builders (./options); this file holds no chart logic.
 */
import { useEffect, useRef } from 'react';
import { init, registerTheme, type ChartOption, type ECElementEvent, type ECharts } from './echarts.ts';
import { echartsTheme, themeId, type ThemeName } from './theme.ts';

const registered = new Set<ThemeName>();
function ensureTheme(name: ThemeName): string {
  if (!registered.has(name)) {
    registerTheme(themeId(name), echartsTheme(name));
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
  onClick?: (e: ChartClick) => void;
  className?: string;
  /** Identifies the chart for export and tests. */
  chartId?: string;
}

export function EChart({ option, theme, label, height = 320, renderer = 'canvas', onClick, className, chartId }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  // Create once per theme/renderer; dispose on change and on unmount so nothing leaks.
  useEffect(() => {
    const node = el.current;
    if (!node) return undefined;
    const instance = init(node, ensureTheme(theme), { renderer });
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
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme, renderer]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true, lazyUpdate: true });
  }, [option, theme, renderer]);

  return (
    <div
      ref={el}
      className={className ? `echart ${className}` : 'echart'}
      role="img"
      aria-label={label}
      data-chart={chartId}
      style={{ height }}
    />
  );
}
