/**
 * Tile layout: each unit one hexagon, each group (a city's units) a connected patch near where the
 * group really is, each unit near its real position inside the patch.
 *
 * Groups grow at the same time from a seed at their centre, the least-filled group next, each
 * taking the free cell beside it nearest its centre (with a pull towards cells it already
 * surrounds, so patches stay compact). A group boxed in by others takes a cell from a neighbour
 * that stays connected without it (the neighbour grows again elsewhere). Inside a patch the units
 * are assigned to its cells nearest their real positions, improved by pairwise swaps.
 */
import { cellAt, cellCentre, cellKey, neighbours, type Cell } from './hex.ts';

export interface TileSite {
  id: string;
  group: string;
  /** Real position in tile units (neighbouring tiles are 1 apart), y down. */
  x: number;
  y: number;
}

interface GroupState {
  id: string;
  size: number;
  tx: number;
  ty: number;
  cells: Set<string>;
  /** Times this group has taken a cell from another: bounds the exchange. */
  steals: number;
}

const dist2 = (a: readonly [number, number], x: number, y: number): number => (a[0] - x) ** 2 + (a[1] - y) ** 2;
const parseKey = (k: string): Cell => {
  const [c, r] = k.split(',').map(Number);
  return [c ?? 0, r ?? 0];
};

/** The free cell nearest a point, searching outwards ring by ring. */
function nearestFree(x: number, y: number, taken: ReadonlyMap<string, string>): Cell {
  const start = cellAt(x, y);
  for (let radius = 0; radius < 10_000; radius++) {
    let best: Cell | null = null;
    let bestD = Infinity;
    for (let row = start[1] - radius; row <= start[1] + radius; row++) {
      for (let col = start[0] - radius; col <= start[0] + radius; col++) {
        const edge = Math.abs(row - start[1]) === radius || Math.abs(col - start[0]) === radius;
        if (!edge || taken.has(cellKey([col, row]))) continue;
        const d = dist2(cellCentre([col, row]), x, y);
        if (d < bestD) {
          bestD = d;
          best = [col, row];
        }
      }
    }
    if (best) return best;
  }
  return start;
}

/** Whether a group's cells stay connected without `without`. */
function connectedWithout(cells: ReadonlySet<string>, without: string): boolean {
  const rest = [...cells].filter((k) => k !== without);
  const first = rest[0];
  if (first === undefined) return false;
  const seen = new Set([first]);
  const stack = [first];
  while (stack.length) {
    const k = stack.pop() ?? '';
    for (const n of neighbours(parseKey(k))) {
      const nk = cellKey(n);
      if (nk !== without && cells.has(nk) && !seen.has(nk)) {
        seen.add(nk);
        stack.push(nk);
      }
    }
  }
  return seen.size === rest.length;
}

const MAX_STEALS_PER_GROUP = 60;

/** Whether a group has a free cell beside it, so a cell taken from it can be made up elsewhere (no ping-pong between two boxed-in groups). */
function hasRoom(g: GroupState, owner: ReadonlyMap<string, string>): boolean {
  for (const k of g.cells) for (const n of neighbours(parseKey(k))) if (!owner.has(cellKey(n))) return true;
  return false;
}

export interface GrowthParams {
  /** Pull towards cells the group already surrounds (compact patches). */
  compactness: number;
  /** Pull towards cells beside other groups (no holes, no stray patches). */
  glue: number;
}

function growGroups(sites: readonly TileSite[], params: GrowthParams): Map<string, GroupState> {
  const groups = new Map<string, GroupState>();
  for (const s of sites) {
    const g = groups.get(s.group) ?? { id: s.group, size: 0, tx: 0, ty: 0, cells: new Set<string>(), steals: 0 };
    g.size += 1;
    g.tx += s.x;
    g.ty += s.y;
    groups.set(s.group, g);
  }
  for (const g of groups.values()) {
    g.tx /= g.size;
    g.ty /= g.size;
  }
  const owner = new Map<string, string>();
  const ordered = [...groups.values()].sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  for (const g of ordered) {
    const seed = cellKey(nearestFree(g.tx, g.ty, owner));
    owner.set(seed, g.id);
    g.cells.add(seed);
  }
  const cost = (g: GroupState, c: Cell): number => {
    let own = 0;
    let others = 0;
    for (const n of neighbours(c)) {
      const held = owner.get(cellKey(n));
      if (held === g.id) own += 1;
      else if (held !== undefined) others += 1;
    }
    return Math.sqrt(dist2(cellCentre(c), g.tx, g.ty)) - params.compactness * own - params.glue * others;
  };
  for (let guard = 0; guard < sites.length * 50; guard++) {
    const open = ordered.filter((g) => g.cells.size < g.size);
    if (open.length === 0) break;
    open.sort((a, b) => a.cells.size / a.size - b.cells.size / b.size || b.size - a.size);
    const g = open[0];
    if (!g) break;
    let best: { key: string; cost: number } | null = null;
    let steal: { key: string; cost: number; from: GroupState } | null = null;
    for (const k of g.cells) {
      for (const n of neighbours(parseKey(k))) {
        const nk = cellKey(n);
        const held = owner.get(nk);
        if (held === g.id) continue;
        const c = cost(g, n);
        if (held === undefined) {
          if (!best || c < best.cost) best = { key: nk, cost: c };
        } else if (!best && g.steals < MAX_STEALS_PER_GROUP) {
          const from = groups.get(held);
          if (from && from.cells.size > 1 && (!steal || c < steal.cost) && hasRoom(from, owner) && connectedWithout(from.cells, nk))
            steal = { key: nk, cost: c, from };
        }
      }
    }
    if (best) {
      owner.set(best.key, g.id);
      g.cells.add(best.key);
    } else if (steal) {
      steal.from.cells.delete(steal.key);
      owner.set(steal.key, g.id);
      g.cells.add(steal.key);
      g.steals += 1;
    } else {
      // Boxed in for good: the nearest free cell (the layout's quality check reports the break).
      const k = cellKey(nearestFree(g.tx, g.ty, owner));
      owner.set(k, g.id);
      g.cells.add(k);
    }
  }
  return groups;
}

/** Units of one group onto its cells: nearest first, then swaps while any pair gains. */
function assignWithin(members: readonly TileSite[], cells: readonly Cell[]): Map<string, Cell> {
  const n = members.length;
  const centres = cells.map(cellCentre);
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / Math.max(xs.length, 1);
  const ux = mean(members.map((m) => m.x));
  const uy = mean(members.map((m) => m.y));
  const cx = mean(centres.map((c) => c[0]));
  const cy = mean(centres.map((c) => c[1]));
  const spread = (xs: Array<[number, number]>, mx: number, my: number) =>
    Math.sqrt(mean(xs.map(([x, y]) => (x - mx) ** 2 + (y - my) ** 2))) || 1;
  // Urban districts sit closer together than tiles can: stretch the group to the patch's spread.
  const k =
    spread(centres, cx, cy) /
    spread(
      members.map((m) => [m.x, m.y]),
      ux,
      uy,
    );
  const targets = members.map((m): [number, number] => [cx + (m.x - ux) * k, cy + (m.y - uy) * k]);
  const order = targets.map((t, i) => ({ i, d: dist2(t, cx, cy) })).sort((a, b) => b.d - a.d);
  const free = new Set(cells.map((_, j) => j));
  const of = new Array<number>(n).fill(-1);
  for (const { i } of order) {
    const t = targets[i] ?? [0, 0];
    let best = -1;
    let bestD = Infinity;
    for (const j of free) {
      const d = dist2(centres[j] ?? [0, 0], t[0], t[1]);
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    free.delete(best);
    of[i] = best;
  }
  const costOf = (i: number, j: number): number => {
    const t = targets[i] ?? [0, 0];
    return dist2(centres[j] ?? [0, 0], t[0], t[1]);
  };
  for (let improved = true, pass = 0; improved && pass < 50; pass++) {
    improved = false;
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const ja = of[a] ?? -1;
        const jb = of[b] ?? -1;
        if (costOf(a, jb) + costOf(b, ja) + 1e-9 < costOf(a, ja) + costOf(b, jb)) {
          of[a] = jb;
          of[b] = ja;
          improved = true;
        }
      }
    }
  }
  const out = new Map<string, Cell>();
  members.forEach((m, i) => {
    const c = cells[of[i] ?? -1];
    if (c) out.set(m.id, c);
  });
  return out;
}

/** A cell for every site: groups connected, units near their real positions. */
export function layoutTiles(sites: readonly TileSite[], params: GrowthParams = { compactness: 0.45, glue: 0 }): Map<string, Cell> {
  const groups = growGroups(sites, params);
  const out = new Map<string, Cell>();
  for (const g of groups.values()) {
    const members = sites.filter((s) => s.group === g.id);
    for (const [id, cell] of assignWithin(members, [...g.cells].map(parseKey))) out.set(id, cell);
  }
  return out;
}
