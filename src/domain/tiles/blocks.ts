/**
 * The national layout from the provincial ones: each province's tiles moved as one block (so its
 * cities stay as they are on the province's own map) to the free place nearest its real position.
 * Provinces near the middle are placed first, so the crowded east is pushed outwards, not inland.
 */
import { cellCentre, fromAxial, toAxial, type Cell } from './hex.ts';

export interface Block {
  id: string;
  cells: ReadonlyMap<string, Cell>;
  /** Where the block's centre should be, in national tile units. */
  x: number;
  y: number;
}

const MAX_RING = 80;

export function placeBlocks(blocks: readonly Block[]): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const taken = new Set<string>();
  const cx = blocks.reduce((s, b) => s + b.x, 0) / Math.max(blocks.length, 1);
  const cy = blocks.reduce((s, b) => s + b.y, 0) / Math.max(blocks.length, 1);
  const order = [...blocks].sort((a, b) => (a.x - cx) ** 2 + (a.y - cy) ** 2 - ((b.x - cx) ** 2 + (b.y - cy) ** 2));
  for (const block of order) {
    const axial = [...block.cells].map(([id, c]) => ({ id, a: toAxial(c) }));
    const centres = [...block.cells.values()].map(cellCentre);
    const mx = centres.reduce((s, c) => s + c[0], 0) / Math.max(centres.length, 1);
    const my = centres.reduce((s, c) => s + c[1], 0) / Math.max(centres.length, 1);
    // The axial shift that puts the block's centre on its target, then rings around it.
    const [q0, r0] = toAxial([Math.round(block.x - mx), Math.round((block.y - my) / (Math.sqrt(3) / 2))]);
    const r0Even = r0 - (r0 & 1); // keep row parity so offsets stay simple
    let best: { dq: number; dr: number; d: number } | null = null;
    for (let ring = 0; ring <= MAX_RING && (!best || ring <= 2 + Math.ceil(Math.sqrt(best.d))); ring++) {
      for (let dr = -ring; dr <= ring; dr++) {
        for (let dq = -ring; dq <= ring; dq++) {
          if (Math.max(Math.abs(dq), Math.abs(dr), Math.abs(dq + dr)) !== ring) continue;
          const q = q0 + dq;
          const r = r0Even + dr;
          const free = axial.every(({ a }) => !taken.has(`${a[0] + q},${a[1] + r}`));
          if (!free) continue;
          const sample = fromAxial(q, r);
          const [sx, sy] = cellCentre(sample);
          const [ox, oy] = cellCentre([0, 0]);
          const d = (mx + sx - ox - block.x) ** 2 + (my + sy - oy - block.y) ** 2;
          if (!best || d < best.d) best = { dq: q, dr: r, d };
        }
      }
    }
    const shift = best ?? { dq: q0, dr: r0Even, d: 0 };
    for (const { id, a } of axial) {
      taken.add(`${a[0] + shift.dq},${a[1] + shift.dr}`);
      out.set(id, fromAxial(a[0] + shift.dq, a[1] + shift.dr));
    }
  }
  return out;
}
