/**
 * Pages add what "export this screen" should carry besides charts (charts register themselves
 * through ExportableChart's `exportTitle`, useScreenChart.ts): a table for the deck (a real
 * PowerPoint table of its first rows) and the page's headline figures (the deck's title slide and notes).
 */
import { useEffect } from 'react';
import { nextId, registerFigures, registerTable } from './registry.ts';
import type { KeyFigure } from './types.ts';
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
