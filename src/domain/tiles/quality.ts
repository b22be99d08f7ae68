/** How good a tile layout is: groups in one piece, real neighbours kept as tile neighbours. */
import { cellKey, neighbours, type Cell } from './hex.ts';

/** Groups whose tiles are not one connected patch. */
export function brokenGroups(cells: ReadonlyMap<string, Cell>, groupOf: (id: string) => string): string[] {
  const byGroup = new Map<string, Set<string>>();
  for (const [id, c] of cells) {
    const g = groupOf(id);
    const set = byGroup.get(g) ?? new Set<string>();
    set.add(cellKey(c));
    byGroup.set(g, set);
  }
  const broken: string[] = [];
  for (const [g, set] of byGroup) {
    const first = set.values().next().value;
    if (first === undefined) continue;
    const seen = new Set([first]);
    const stack = [first];
    while (stack.length) {
      const [col, row] = (stack.pop() ?? '0,0').split(',').map(Number);
      for (const n of neighbours([col ?? 0, row ?? 0])) {
        const k = cellKey(n);
        if (set.has(k) && !seen.has(k)) {
          seen.add(k);
          stack.push(k);
        }
      }
    }
    if (seen.size !== set.size) broken.push(g);
  }
  return broken;
}

/** Pairs of ids whose tiles touch. */
export function tileAdjacency(cells: ReadonlyMap<string, Cell>): Array<[string, string]> {
  const at = new Map<string, string>();
  for (const [id, c] of cells) at.set(cellKey(c), id);
  const pairs: Array<[string, string]> = [];
  for (const [id, c] of cells) {
    for (const n of neighbours(c)) {
      const other = at.get(cellKey(n));
      if (other !== undefined && id < other) pairs.push([id, other]);
    }
  }
  return pairs;
}

export interface NeighbourQuality {
  /** Share of real neighbour pairs whose tiles touch. */
  recall: number;
  /** Share of touching tile pairs that are real neighbours. */
  precision: number;
}

export function neighbourQuality(cells: ReadonlyMap<string, Cell>, realPairs: ReadonlyArray<readonly [string, string]>): NeighbourQuality {
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const real = new Set(realPairs.filter(([a, b]) => cells.has(a) && cells.has(b)).map(([a, b]) => key(a, b)));
  const tiles = tileAdjacency(cells).map(([a, b]) => key(a, b));
  const kept = tiles.filter((k) => real.has(k)).length;
  return { recall: real.size ? kept / real.size : 1, precision: tiles.length ? kept / tiles.length : 1 };
}
