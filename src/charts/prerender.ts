/**
 * Charts in the build's prerender of the first screen (src/node/build/prerender): the chart host draws
 * its option as an SVG string (ECharts' server-side renderer) where the browser would draw a
 * canvas. Only the build provides this context; in the browser it is null and nothing changes.
 */
import { createContext } from 'react';
import type { ThemeName } from './theme.ts';
import type { ChartOption } from './types.ts';

export interface ChartPrerender {
  /** The chart's width in the prerendered layout, or null to leave it empty (drawn by the app). */
  widthOf: (chartId: string | undefined) => number | null;
  /** The option drawn as an SVG document fragment of exactly this size. */
  svg: (option: ChartOption, theme: ThemeName, width: number, height: number) => string;
}

export const ChartPrerenderContext = createContext<ChartPrerender | null>(null);
