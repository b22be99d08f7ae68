/**
 * Deployment configuration, read at start-up from `config.json` beside index.html, so an
 * operator can point a built dashboard at an API without rebuilding.
 */
import * as v from 'valibot';
import { cachedAtOf } from './cachedCopy.ts';
import { abortEarlyRequest, takeEarlyResponse } from './early.ts';
import { DatasetLoadError } from './errors.ts';
import { fetchText } from './fetchText.ts';
import { allowOfflineCache, keepCopy, loadKeptCopy, putInOfflineCache, workerControls } from './keptCopy.ts';

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

/** Small files: a server that has not answered them in this long is not going to. */
const BOOT_TIMEOUT_S = 8;
const BOOT_MAX_BYTES = 1024 * 1024;

/**
 * The JSON at `path` beside index.html, or the last good copy the app kept of it when the
 * server cannot be had (down, hanging, a 5xx): an API deployment offline still asks its API,
 * not the embedded default. `undefined` when there is neither, or the server says it has none.
 */
async function bootJson(baseUrl: string, path: string): Promise<unknown> {
  const url = new URL(path, baseUrl).href;
  const key = `boot:${url}`;
  const seenByWorker = workerControls();
  try {
    const pending = takeEarlyResponse(url);
    // No `cache` option: it would not match index.html's preload. The server revalidates
    // config.json (README, "Caching"), so an operator's edit is seen on the next load.
    const got = await fetchText(url, {
      label: path,
      maxBytes: BOOT_MAX_BYTES,
      answerTimeoutS: BOOT_TIMEOUT_S,
      stallTimeoutS: BOOT_TIMEOUT_S,
      ...(pending ? { pending, abortPending: () => abortEarlyRequest(url) } : {}),
    });
    const json: unknown = JSON.parse(got.text);
    if (cachedAtOf(got.headers) === null) {
      const at = Date.now();
      void keepCopy(key, got.text, at);
      if (!seenByWorker) void putInOfflineCache(url, got.text, at, got.headers.get('Content-Type'));
    }
    return json;
  } catch (err) {
    if (err instanceof DatasetLoadError && !err.retryable) return undefined;
    const kept = await loadKeptCopy(key);
    try {
      return kept ? (JSON.parse(kept.text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The config in a JSON value, or the defaults when it is not one. */
export function parseConfig(json: unknown): DeploymentConfig {
  const parsed = v.safeParse(ConfigSchema, json);
  return parsed.success ? parsed.output : defaults;
}

export async function fetchConfig(baseUrl: string): Promise<DeploymentConfig> {
  const config = parseConfig(await bootJson(baseUrl, 'config.json'));
  allowOfflineCache(config.serviceWorker !== false);
  return config;
}

export async function fetchEmbeddedList(baseUrl: string): Promise<EmbeddedEntry[]> {
  const parsed = v.safeParse(v.array(EmbeddedEntrySchema), await bootJson(baseUrl, 'data/index.json'));
  return parsed.success ? parsed.output : [];
}
