/**
 * Deployment configuration, read at start-up from `config.json` beside index.html, so an
 * operator can point a built dashboard at an API without rebuilding.
 */
import * as v from 'valibot';
import { takeEarlyResponse } from './early.ts';

export const ConfigSchema = v.object({
  /** Base URL of a deployment's API; when set, `${apiBase}/dataset` is the default dataset. */
  apiBase: v.optional(v.nullable(v.string()), null),
  /** Origins (e.g. "https://data.example.gov.cn") from which a `?data=` URL may load. */
  allowedDataOrigins: v.optional(v.array(v.string()), []),
  /** `false` turns the offline service worker off (and removes an installed one). README, "Caching". */
  serviceWorker: v.optional(v.boolean()),
  /**
   * The office's own approved boundary map (README, "Your own boundary map"): a GeoJSON
   * FeatureCollection of county-level units keyed by GB/T 2260 code, offered beside the tile map.
   */
  boundaryMap: v.optional(
    v.object({
      /** Same origin as the page, or one of allowedDataOrigins. */
      url: v.string(),
      /** The property holding the code, when it is not adcode / code / gb. */
      codeProperty: v.optional(v.string()),
      /** The approval number shown under the map (审图号), as the licence requires. */
      approval: v.optional(v.string()),
    }),
  ),
});
export type DeploymentConfig = v.InferOutput<typeof ConfigSchema>;

export const EmbeddedEntrySchema = v.object({
  id: v.string(),
  file: v.string(),
  name: v.object({ zh: v.string(), en: v.string() }),
  synthetic: v.boolean(),
  default: v.optional(v.boolean()),
});
export type EmbeddedEntry = v.InferOutput<typeof EmbeddedEntrySchema>;

const defaults: DeploymentConfig = { apiBase: null, allowedDataOrigins: [] };

export async function fetchConfig(baseUrl: string): Promise<DeploymentConfig> {
  try {
    // No `cache` option: it would not match index.html's preload. The server revalidates
    // config.json (README, "Caching"), so an operator's edit is seen on the next load.
    const url = new URL('config.json', baseUrl).href;
    const res = await (takeEarlyResponse(url) ?? fetch(url));
    if (!res.ok) return defaults;
    const parsed = v.safeParse(ConfigSchema, await res.json());
    return parsed.success ? parsed.output : defaults;
  } catch {
    return defaults;
  }
}

export async function fetchEmbeddedList(baseUrl: string): Promise<EmbeddedEntry[]> {
  try {
    const url = new URL('data/index.json', baseUrl).href;
    const res = await (takeEarlyResponse(url) ?? fetch(url));
    if (!res.ok) return [];
    const parsed = v.safeParse(v.array(EmbeddedEntrySchema), await res.json());
    return parsed.success ? parsed.output : [];
  } catch {
    return [];
  }
}
