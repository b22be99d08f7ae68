/**
 * The bench's frame: sections register here and run in `order`; each returns rows for the table.
 */
import type { Browser } from 'playwright-core';
import type { TestServer } from '../e2e/server.ts';

// The frame: sections, rows, goals, the table.

export type Status = 'ok' | 'MISSED' | 'ERROR' | '';

export interface Row {
  measure: string;
  value: string;
  goal?: string;
  status?: Status;
}

export interface BenchContext {
  root: string;
  tmp: string;
  /** The app's production build. */
  dist: string;
  /** The app served with the national dataset at /data/national.json. */
  app: TestServer;
  /** The blank Vite + React page. */
  blank: TestServer;
  /** The floor: one ECharts line chart after fetching and parsing a dataset (run.ts, buildFloorApp). */
  floor: TestServer;
  /** The app built without minification, for profiles with function names (mainThread.ts). */
  profile: TestServer;
  nationalText: string;
  browser: Browser;
  /** Shared between sections (e.g. paint times for ratios). */
  results: Map<string, number>;
}

export type SectionFn = (ctx: BenchContext) => Promise<Row[]>;
export const sections: Array<{ name: string; fn: SectionFn; order: number }> = [];

/** Registers a section; sections run in order and each prints its own rows. */
export function section(name: string, fn: SectionFn, order = sections.length): void {
  sections.push({ name, fn, order });
}

/** A row measured against an upper bound. */
export function goalRow(measure: string, value: number, unit: string, max: number, digits = 1): Row {
  return { measure, value: `${value.toFixed(digits)} ${unit}`, goal: `≤ ${max} ${unit}`, status: value <= max ? 'ok' : 'MISSED' };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}
