/**
 * Loads a committed tile layout on first use, each its own small chunk (the national one ~80 kB),
 * so the initial JS does not grow. Checked with valibot: a layout is data like any other.
 */
import * as v from 'valibot';
import { datasetLayoutKey, type TileLayout } from '../../domain/tiles/layout.ts';

const LayoutFile = v.object({
  source: v.string(),
  regions: v.string(),
  grid: v.literal('hex-odd-r'),
  notInSource: v.array(v.string()),
  tiles: v.array(v.tuple([v.string(), v.number(), v.number(), v.string(), v.string()])),
});

const files = import.meta.glob<unknown>('./*.json', { import: 'default' });
const cache = new Map<string, Promise<TileLayout | null>>();
/** Layouts that have arrived, so a map mounted after that draws in its first render (no effect, no second render). */
const arrived = new Map<string, TileLayout | null>();

/** The layout if it has loaded already (null: there is none); undefined while it has not. */
export const loadedTileLayout = (key: string): TileLayout | null | undefined => arrived.get(key);

/** The layout for a province code or 'china'; null when there is none (a code outside GB/T 2260). */
export function loadTileLayout(key: string): Promise<TileLayout | null> {
  const cached = cache.get(key);
  if (cached) return cached;
  const load = files[`./${key}.json`];
  const pending: Promise<TileLayout | null> = load
    ? load().then((raw) => {
        const file = v.parse(LayoutFile, raw);
        const layout: TileLayout = {
          key,
          source: file.source,
          regions: file.regions,
          notInSource: file.notInSource,
          tiles: file.tiles.map(([code, col, row, group, name]) => ({ code, col, row, group, name })),
        };
        arrived.set(key, layout);
        return layout;
      })
    : Promise.resolve(null).then(() => {
        arrived.set(key, null);
        return null;
      });
  cache.set(key, pending);
  return pending;
}

/**
 * Starts loading the layout a dataset's maps will ask for first, as soon as the dataset is here:
 * its province's, or the country's when it spans several. Without it the layout was requested only
 * once the first screen had rendered, and the map, the chart in view, was drawn last.
 */
export function prefetchTileLayouts(units: ReadonlyArray<{ code: string }>): void {
  void loadTileLayout(datasetLayoutKey(units)).catch(() => undefined);
}
