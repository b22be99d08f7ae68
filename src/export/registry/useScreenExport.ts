/**
 * What "export this screen" carries, registered while it is mounted: a chart (through
 * `ExportableChart`'s `exportTitle`), a table for the deck (a real PowerPoint table of its first
 * rows) and the page's headline figures (the deck's title slide and notes).
 */
import { useEffect, useState } from 'react';
import type { ThemeName } from '../../charts/theme.ts';
import type { ChartOption } from '../../charts/types.ts';
import { nextId, registerChart, registerFigures, registerTable } from './registry.ts';
import type { ChartEntry, ChartExportMeta, KeyFigure } from './types.ts';
import type { ExportTable } from '../formats/table.ts';
import { useLatest } from '../../ui/useLatest.ts';

/**
 * Registers a table while the component is mounted. `get` builds the table when the deck is
 * exported (it may load the table's export code then); `element` orders it among the charts.
 */
export function useScreenTable(title: string, get: () => Promise<ExportTable | null>, element?: () => HTMLElement | null): void {
  const live = useLatest({ title, get, element });
  useEffect(
    () =>
      registerTable({
        id: nextId('table'),
        get title() {
          return live.current.title;
        },
        get: () => live.current.get(),
        element: () => live.current.element?.() ?? null,
      }),
    [live],
  );
}

/** Registers the page's headline figures while the component is mounted. */
export function useScreenFigures(title: string, figures: () => KeyFigure[]): void {
  const live = useLatest({ title, figures });
  useEffect(
    () =>
      registerFigures({
        id: nextId('figures'),
        get title() {
          return live.current.title;
        },
        figures: () => live.current.figures(),
      }),
    [live],
  );
}

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
