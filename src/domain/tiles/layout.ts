/**
 * A committed tile layout (src/data/tiles/*.json, written by src/node/scripts/build-tiles.ts) and the
 * tiles a scope shows: a province's layout for the province or one of its cities, the national
 * one for the whole country.
 */
import { provinceCodeOf } from '../regions.ts';

export interface Tile {
  code: string;
  col: number;
  row: number;
  /** The tile's outline group: its city, or the unit itself when the province administers it (济源). */
  group: string;
  name: string;
}

export interface TileLayout {
  /** Which layout: a province code or 'china'. */
  key: string;
  source: string;
  regions: string;
  /** Units the boundary source lacks, placed beside their city's tiles by rule. */
  notInSource: readonly string[];
  tiles: readonly Tile[];
}

export const NATIONAL = 'china';

/** The layout a scope needs: null (everything) → national; a province, city or unit → its province's. */
export function layoutKeyOf(scope: string | null): string {
  return scope === null ? NATIONAL : provinceCodeOf(scope);
}

/** The layout a dataset's maps ask for first: its province's, or the country's when it spans several. */
export function datasetLayoutKey(units: ReadonlyArray<{ code: string }>): string {
  const provinces = new Set(units.map((u) => layoutKeyOf(u.code)));
  const [only] = provinces;
  return provinces.size === 1 && only !== undefined ? only : NATIONAL;
}

/** The tiles of a scope: all of a province or the country; a city's own; a unit's city's. */
export function tilesInScope(layout: TileLayout, scope: string | null): Tile[] {
  if (scope === null || layout.key === scope || scope.endsWith('0000')) return [...layout.tiles];
  const own = layout.tiles.find((t) => t.code === scope);
  const group = own ? own.group : scope;
  return layout.tiles.filter((t) => t.group === group);
}

/** The province of a tile, for the national map's outlines. */
export const provinceOfTile = (t: Tile): string => provinceCodeOf(t.code);

/** Codes of `units` (county-level units of a dataset in scope) that have no tile. */
export function unitsWithoutTile(tiles: readonly Tile[], units: readonly string[]): string[] {
  const have = new Set(tiles.map((t) => t.code));
  return units.filter((u) => !have.has(u));
}
