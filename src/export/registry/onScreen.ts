/**
 * What "export this screen" reads from the registry at the moment of export: the entries in page
 * order, and a wait for charts still coming. Imported only by export code that loads on use.
 */
import { chartsPending, registered, subscribe } from './registry.ts';
import type { ChartEntry, FiguresEntry, TableEntry } from './types.ts';

/** In the order they appear on the page (document order), not the order they mounted. */
function inPageOrder<T extends { element: () => HTMLElement | null }>(list: T[]): T[] {
  return list
    .map((e, i) => ({ e, el: e.element(), i }))
    .sort((a, b) => {
      if (!a.el || !b.el) return a.i - b.i;
      if (a.el === b.el) return a.i - b.i;
      return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map((x) => x.e);
}

export const chartsOnScreen = (): ChartEntry[] => inPageOrder(registered().charts);
export const tablesOnScreen = (): TableEntry[] => inPageOrder(registered().tables);
export const figuresOnScreen = (): FiguresEntry[] => registered().figures;

/**
 * Resolves once no chart is pending (at once if none is), or after `timeoutMs` whatever remains:
 * a layout that never arrives must not hold an export hostage.
 */
export function whenChartsSettled(timeoutMs = 8000): Promise<void> {
  if (chartsPending() === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const stop = subscribe(() => {
      if (chartsPending() === 0) done();
    });
    const timer = setTimeout(done, timeoutMs);
  });
}
