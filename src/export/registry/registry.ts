/**
 * The charts (and tables, and headline figures) on screen now, for "export this screen": the side
 * that registers. A chart registers on mount when it is given an export title
 * (chart/ExportableChart.tsx) and leaves on unmount; pages register tables and figures with the
 * hooks in useScreenExport.ts. Module-level and tiny: it is part of the initial bundle. What an
 * export reads (page order, waiting for charts still coming) is onScreen.ts, loaded with the export.
 */
import type { DocInfo } from './docInfo.ts';
import type { ChartEntry, FiguresEntry, TableEntry } from './types.ts';

const charts = new Map<string, ChartEntry>();
const tables = new Map<string, TableEntry>();
const figures = new Map<string, FiguresEntry>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const l of listeners) l();
}

function add<T extends { id: string }>(map: Map<string, T>, entry: T): () => void {
  map.set(entry.id, entry);
  changed();
  return () => {
    if (map.get(entry.id) === entry) {
      map.delete(entry.id);
      changed();
    }
  };
}

export const registerChart = (entry: ChartEntry): (() => void) => add(charts, entry);
export const registerTable = (entry: TableEntry): (() => void) => add(tables, entry);
export const registerFigures = (entry: FiguresEntry): (() => void) => add(figures, entry);

// Charts that are on their way (a tile map waiting for its layout, say): "export this screen"
// waits for them, so a deck made while the page is still filling in is not one chart short.
const pending = new Set<symbol>();

/** Marks a chart as coming; call the returned function once it has registered or given up. */
export function registerPending(): () => void {
  const token = Symbol('pending chart');
  pending.add(token);
  changed();
  return () => {
    if (pending.delete(token)) changed();
  };
}

export const chartsPending = (): number => pending.size;

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever something registers or leaves (for useSyncExternalStore). */
export const registryVersion = (): number => version;

let seq = 0;
/** A registry id unique for this page's lifetime. */
export const nextId = (prefix: string): string => `${prefix}-${++seq}`;

/** Everything registered now, in the order it mounted (onScreen.ts puts it in page order). */
export const registered = () => ({ charts: [...charts.values()], tables: [...tables.values()], figures: [...figures.values()] });

let docSource: (() => DocInfo) | null = null;

/** The app header publishes where the view's document info comes from (scope, year, dataset…). */
export function setDocSource(source: () => DocInfo): () => void {
  docSource = source;
  return () => {
    if (docSource === source) docSource = null;
  };
}

/** The document info of the view on screen now, or null outside the app shell. */
export const currentDocInfo = (): DocInfo | null => docSource?.() ?? null;
