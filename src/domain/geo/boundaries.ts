/**
 * A deployment's own boundary map (config.json `boundaryMap`): a GeoJSON FeatureCollection of
 * county-level units keyed by GB/T 2260 code, that the office is licensed to show (标准地图 with
 * its 审图号). The app ships no boundaries; this reads the office's file into plane shapes for the
 * choropleth, and says plainly what in the file it could not use.
 *
 * Pure: JSON in, shapes and problems out. Coordinates are longitude/latitude (RFC 7946); they are
 * projected equirectangularly around the map's mean latitude (right for a province or the
 * country at dashboard size) and thinned to what a screen can show.
 */

export type Ring = ReadonlyArray<readonly [number, number]>;

export interface BoundaryShape {
  code: string;
  /** The file's name for the unit, if it has one (the dataset's name is shown over it). */
  name: string;
  /** Outer rings and holes, projected (x right, y down), in one list: drawn with even-odd fill. */
  rings: Ring[];
  /** Where a label or mark goes: the centre of the largest ring's bounding box. */
  centre: readonly [number, number];
}

export interface Boundaries {
  shapes: BoundaryShape[];
}

export type BoundaryProblemCode = 'not_feature_collection' | 'no_features' | 'no_code' | 'bad_geometry' | 'not_lon_lat' | 'duplicate_code';

export interface BoundaryProblem {
  /** Where in the file: "features[12]". */
  path: string;
  code: BoundaryProblemCode;
  /** What was found there (a property value, a geometry type), as text. */
  detail?: string;
}

export type BoundaryResult = { ok: true; value: Boundaries; skipped: BoundaryProblem[] } | { ok: false; problems: BoundaryProblem[] };

const CODE_KEYS = ['adcode', 'code', 'gb', 'GB', 'ADCODE', 'CODE'];
const NAME_KEYS = ['name', 'NAME', 'mc', 'MC'];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A GB/T 2260 code from a property: 410703, "410703", or a 9/12-digit town-level form of it. */
export function codeOf(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^\d{6}$/.test(text)) return text;
  if (/^\d{6}(?:000|000000)$/.test(text)) return text.slice(0, 6);
  return null;
}

/**
 * A feature's own property, never one it inherits: a codeProperty of "constructor" or
 * "__proto__" names nothing in a GeoJSON file, and must not read Object's.
 */
function ownProperty(props: Record<string, unknown>, key: string): { found: boolean; value: unknown } {
  const d = Object.getOwnPropertyDescriptor(props, key);
  return d && 'value' in d ? { found: true, value: d.value } : { found: false, value: undefined };
}

/** A value as a problem's detail: short text, whatever it is. */
function detailOf(raw: unknown): string {
  if (typeof raw === 'string') return raw.slice(0, 40);
  // undefined and functions stringify to undefined, whatever lib.d.ts says.
  const json = JSON.stringify(raw) as string | undefined;
  return (json ?? typeof raw).slice(0, 40);
}

function featureCode(f: Record<string, unknown>, codeProperty: string | undefined): { code: string | null; raw: unknown } {
  const props = isRecord(f.properties) ? f.properties : {};
  const keys = codeProperty ? [codeProperty] : CODE_KEYS;
  for (const k of keys) {
    const own = ownProperty(props, k);
    if (own.found) return { code: codeOf(own.value), raw: own.value };
  }
  return codeProperty ? { code: null, raw: undefined } : { code: codeOf(f.id), raw: f.id };
}

function featureName(f: Record<string, unknown>): string {
  const props = isRecord(f.properties) ? f.properties : {};
  for (const k of NAME_KEYS) {
    const own = ownProperty(props, k);
    if (typeof own.value === 'string') return own.value;
  }
  return '';
}

type LonLat = [number, number];

/** The polygons of a geometry as rings of [lon, lat], or a problem. */
function ringsOf(geometry: unknown): { rings: LonLat[][] } | { problem: BoundaryProblemCode; detail: string } {
  if (!isRecord(geometry)) return { problem: 'bad_geometry', detail: String(geometry) };
  const type = geometry.type;
  const coords = geometry.coordinates;
  const polygons: unknown[] = type === 'Polygon' ? [coords] : type === 'MultiPolygon' && Array.isArray(coords) ? coords : [];
  if (type !== 'Polygon' && type !== 'MultiPolygon') return { problem: 'bad_geometry', detail: String(type) };
  const rings: LonLat[][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon)) return { problem: 'bad_geometry', detail: type };
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return { problem: 'bad_geometry', detail: type };
      const points: LonLat[] = [];
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
          return { problem: 'bad_geometry', detail: type };
        if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return { problem: 'not_lon_lat', detail: `${p[0]}, ${p[1]}` };
        points.push([p[0], p[1]]);
      }
      rings.push(points);
    }
  }
  return rings.length ? { rings } : { problem: 'bad_geometry', detail: type };
}

/** Drops points closer than `tol` to the last kept one (the ring stays closed). */
function thin(ring: ReadonlyArray<readonly [number, number]>, tol: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tol) out.push([p[0], p[1]]);
  }
  const first = ring[0];
  const end = out[out.length - 1];
  if (first && end && (end[0] !== first[0] || end[1] !== first[1])) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : ring.map((p) => [p[0], p[1]]);
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function boxOf(ring: Ring, into: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity }): Box {
  for (const [x, y] of ring) {
    if (x < into.x0) into.x0 = x;
    if (x > into.x1) into.x1 = x;
    if (y < into.y0) into.y0 = y;
    if (y > into.y1) into.y1 = y;
  }
  return into;
}

/** Points a map of the whole file keeps per unit of its width: finer detail is below a pixel at 4K. */
const DETAIL = 4000;

/** Reads a boundary file; `codeProperty` names the property holding the code when it is not adcode/code/gb. */
export function parseBoundaries(json: unknown, codeProperty?: string): BoundaryResult {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return {
      ok: false,
      problems: [{ path: '', code: 'not_feature_collection', detail: isRecord(json) ? String(json.type) : typeof json }],
    };
  const skipped: BoundaryProblem[] = [];
  const read: Array<{ code: string; name: string; rings: LonLat[][] }> = [];
  const seen = new Set<string>();
  json.features.forEach((f: unknown, i) => {
    const path = `features[${i}]`;
    if (!isRecord(f)) {
      skipped.push({ path, code: 'bad_geometry', detail: typeof f });
      return;
    }
    const { code, raw } = featureCode(f, codeProperty);
    if (!code) {
      skipped.push({ path, code: 'no_code', detail: raw === undefined ? '' : detailOf(raw) });
      return;
    }
    if (seen.has(code)) {
      skipped.push({ path, code: 'duplicate_code', detail: code });
      return;
    }
    const r = ringsOf(f.geometry);
    if ('problem' in r) {
      skipped.push({ path, code: r.problem, detail: r.detail });
      return;
    }
    seen.add(code);
    read.push({ code, name: featureName(f), rings: r.rings });
  });
  if (read.length === 0) return { ok: false, problems: skipped.length ? skipped : [{ path: 'features', code: 'no_features' }] };

  let latSum = 0;
  let n = 0;
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const s of read)
    for (const ring of s.rings)
      for (const [lon, lat] of ring) {
        latSum += lat;
        n += 1;
        x0 = Math.min(x0, lon);
        x1 = Math.max(x1, lon);
      }
  const k = Math.cos(((latSum / n) * Math.PI) / 180);
  const tol = (Math.max(1e-9, x1 - x0) * k) / DETAIL;
  const shapes = read.map((s): BoundaryShape => {
    const rings = s.rings.map((ring) =>
      thin(
        ring.map(([lon, lat]) => [lon * k, -lat] as const),
        tol,
      ),
    );
    // The largest ring's box centre (no spread of a huge ring into Math.max: a loop).
    let centre: readonly [number, number] = [0, 0];
    let bestArea = -1;
    for (const ring of rings) {
      const b = boxOf(ring);
      const area = (b.x1 - b.x0) * (b.y1 - b.y0);
      if (area > bestArea) {
        bestArea = area;
        centre = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
      }
    }
    return { code: s.code, name: s.name, rings, centre };
  });
  return { ok: true, value: { shapes }, skipped };
}

/** The shapes of the units a map shows (its tiles' codes), in that order; codes without a shape are left out. */
export function shapesFor(b: Boundaries, codes: readonly string[]): BoundaryShape[] {
  const at = new Map(b.shapes.map((s) => [s.code, s]));
  return codes.flatMap((c) => {
    const s = at.get(c);
    return s ? [s] : [];
  });
}
