/** A chart's place in "export this screen", for as long as it is on screen with an export title. */
import { useEffect, useState } from 'react';
import type { ThemeName } from '../../charts/theme.ts';
import type { ChartOption } from '../../charts/types.ts';
import { nextId, registerChart } from './registry.ts';
import type { ChartEntry, ChartExportMeta } from './types.ts';

/** What a chart's export reads at the moment of export (never stale, never a re-registration per render). */
export interface ChartExportSource {
  option: ChartOption;
  theme: ThemeName;
  extra: boolean;
  title: string;
  meta: ChartExportMeta;
}

/**
 * Registers a chart while `on` (it has an export title) and the component is mounted; the entry
 * reads the latest option and title at the moment of export, never a copy taken at render. Returns
 * the entry (null until registered) for the chart's own export menu.
 */
export function useScreenChart(
  on: boolean,
  chartId: string | undefined,
  element: { readonly current: HTMLElement | null },
  live: { readonly current: ChartExportSource },
): ChartEntry | null {
  const [entry, setEntry] = useState<ChartEntry | null>(null);
  useEffect(() => {
    if (!on) return undefined;
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
      element: () => element.current,
    };
    setEntry(next);
    const unregister = registerChart(next);
    return () => {
      unregister();
      setEntry(null);
    };
  }, [on, chartId, element, live]);
  return entry;
}
