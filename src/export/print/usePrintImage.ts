/**
 * Printing a chart: a light, sharp image of it at its on-screen size stands in for the canvas
 * (print.css shows it and hides the live chart), removed when printing ends. Taken out of the chart
 * host: `ExportableChart` hands the hook's callback to `EChart`'s `onInstance`.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { ChartInstance } from '../../charts/EChart.tsx';
import { ensureTheme } from '../../charts/load.ts';
import type { ThemeName } from '../../charts/theme.ts';
import type { ChartOption } from '../../charts/types.ts';
import { isPrinting, watchPrint } from '../../ui/printWatch.ts';
import { lightOptionOf } from '../chart/lightOption.ts';
import type { ChartExportMeta } from '../registry/types.ts';

const PRINT_PIXEL_RATIO = 2;

/** What the image is drawn from, read at the moment printing starts. */
export interface PrintSource {
  option: ChartOption;
  theme: ThemeName;
  /** `lightOption`: the option built for the light theme, when the chart computes its colours from the theme. */
  meta: Pick<ChartExportMeta, 'lightOption'>;
}

function printImageUrl(chart: ChartInstance, src: PrintSource, width: number, height: number): string {
  if (src.theme === 'light') {
    return chart.instance.getDataURL({ type: 'png', pixelRatio: PRINT_PIXEL_RATIO, backgroundColor: '#ffffff' });
  }
  const off = chart.lib.init(document.createElement('div'), ensureTheme(chart.lib, 'light'), {
    width,
    height,
    devicePixelRatio: PRINT_PIXEL_RATIO,
  });
  try {
    off.setOption({ ...lightOptionOf(src.option, src.theme, src.meta.lightOption), animation: false }, { notMerge: true });
    return off.getDataURL({ type: 'png', pixelRatio: PRINT_PIXEL_RATIO, backgroundColor: '#ffffff' });
  } finally {
    off.dispose();
  }
}

interface PrintState {
  chart: ChartInstance | null;
  img: HTMLImageElement | null;
}

function exitPrint(state: PrintState): void {
  state.img?.remove();
  state.img = null;
}

function enterPrint(node: HTMLDivElement | null, state: PrintState, src: PrintSource): void {
  const chart = state.chart;
  if (!node || !chart || state.img) return;
  const { width, height } = node.getBoundingClientRect();
  if (width <= 0 || height <= 0) return;
  let url: string;
  try {
    url = printImageUrl(chart, src, width, height);
  } catch {
    return; // The live chart prints as it is.
  }
  const img = document.createElement('img');
  img.className = 'echart-print';
  img.alt = '';
  img.src = url;
  node.append(img);
  state.img = img;
}

/**
 * Keeps the print image of the chart drawn in `el`; returns the callback for `EChart`'s
 * `onInstance`. A chart drawn (or drawn anew) while the page is already printing gets its image at
 * once, in the same print event: the chart loader draws every waiting chart when printing starts.
 */
export function usePrintImage(
  el: RefObject<HTMLDivElement | null>,
  source: { readonly current: PrintSource },
): (chart: ChartInstance | null) => void {
  const state = useRef<PrintState>({ chart: null, img: null });

  useEffect(() => {
    const s = state.current;
    const stop = watchPrint(
      () => enterPrint(el.current, s, source.current),
      () => exitPrint(s),
      { now: true },
    );
    return () => {
      stop();
      exitPrint(s);
    };
  }, [el, source]);

  // EChart keeps its latest onInstance: this callback need not keep its identity.
  return (next) => {
    exitPrint(state.current);
    state.current.chart = next;
    if (next && isPrinting()) enterPrint(el.current, state.current, source.current);
  };
}
