/**
 * SHA-256 (hex) of JSON.stringify(dataset) for datasets whose hash was worked out off the page's
 * thread, as the worker checked them (decodeOffThread.ts). The export's datasetHash reads it
 * before hashing on the page: a national dataset over fifteen years is ~0.4 s of stringify and
 * hash there.
 */
export const knownDatasetHashes = new WeakMap<object, string>();
