/**
 * Loads the GB/T 2260 table on first use (its own chunk: it must not grow the initial JS).
 * Node (the CLI, tests) reads the same JSON through the same import.
 */
import { buildRegionTable, type RegionRow, type RegionTable } from '../domain/regionTable.ts';

let pending: Promise<RegionTable> | undefined;

export function loadRegionTable(): Promise<RegionTable> {
  pending ??= import('./gbt2260.json').then((m) => {
    const rows: RegionRow[] = m.default.rows.map((r) => [r[0] ?? '', r[1] ?? '']);
    return buildRegionTable(rows, m.default.source);
  });
  return pending;
}
