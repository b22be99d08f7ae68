/**
 * A pointy-top hexagon grid in "odd-r" offset coordinates ([col, row], row 0 at the top, odd rows
 * shifted half a tile right), the form the committed layouts use. Axial coordinates (q, r) are used
 * for moving blocks of tiles, since a translation in axial space keeps every neighbour a neighbour.
 */
export type Cell = readonly [col: number, row: number];

export const ROW_HEIGHT = Math.sqrt(3) / 2;

export const cellKey = (c: Cell): string => `${c[0]},${c[1]}`;

export function toAxial([col, row]: Cell): [number, number] {
  return [col - (row - (row & 1)) / 2, row];
}

export function fromAxial(q: number, r: number): Cell {
  return [q + (r - (r & 1)) / 2, r];
}

/** Centre of a cell in tile units: neighbouring centres are 1 apart. */
export function cellCentre([col, row]: Cell): [number, number] {
  return [col + ((row & 1) === 1 ? 0.5 : 0), row * ROW_HEIGHT];
}

const AXIAL_DIRECTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [1, -1],
  [0, -1],
  [-1, 0],
  [-1, 1],
  [0, 1],
];

/** The six neighbours, in the order of the edges of hexCorners (east, then anticlockwise on screen: NE, NW, W, SW, SE). */
export function neighbours(c: Cell): Cell[] {
  const [q, r] = toAxial(c);
  return AXIAL_DIRECTIONS.map(([dq, dr]) => fromAxial(q + dq, r + dr));
}

/** The nearest cell to a point in tile units. */
export function cellAt(x: number, y: number): Cell {
  const row0 = Math.round(y / ROW_HEIGHT);
  let best: Cell = [0, 0];
  let bestD = Infinity;
  for (let row = row0 - 1; row <= row0 + 1; row++) {
    const col0 = Math.round(x - ((row & 1) === 1 ? 0.5 : 0));
    for (let col = col0 - 1; col <= col0 + 1; col++) {
      const [cx, cy] = cellCentre([col, row]);
      const d = (cx - x) ** 2 + (cy - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = [col, row];
      }
    }
  }
  return best;
}

/** Circumradius of a tile whose neighbours are 1 apart. */
export const HEX_RADIUS = 1 / Math.sqrt(3);

/**
 * The corners of a tile (screen y down), so that edge i (corner i → corner i+1) is the edge shared
 * with neighbours(c)[i]: edge 0 faces east.
 */
export function hexCorners(c: Cell, radius = HEX_RADIUS): Array<[number, number]> {
  const [x, y] = cellCentre(c);
  const out: Array<[number, number]> = [];
  // Corner k at -30° + 60°·k (mathematical angle, y up): corners 0→1 are the east edge, 1→2 the
  // north-east one, and so on anticlockwise, as neighbours() lists them.
  for (let k = 0; k < 6; k++) {
    const angle = ((-30 + 60 * k) * Math.PI) / 180;
    out.push([x + radius * Math.cos(angle), y - radius * Math.sin(angle)]);
  }
  return out;
}
