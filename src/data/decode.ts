/**
 * From raw text (a response body or a dropped file) to a checked dataset, or a DatasetLoadError
 * that says what was wrong. Shared by every data source so all of them refuse bad input alike.
 */
import { DatasetLoadError } from './errors.ts';
import type { Dataset } from './schema.ts';
import { parseDataset } from './validate.ts';

export const MAX_DATASET_MB = 64;

export function decodeDataset(text: string, source: string): Dataset {
  const sizeMb = text.length / (1024 * 1024);
  if (sizeMb > MAX_DATASET_MB) {
    throw new DatasetLoadError({ kind: 'too_large', sizeMb: Math.round(sizeMb), maxMb: MAX_DATASET_MB }, source);
  }
  const trimmed = text.trimStart();
  if (trimmed === '') throw new DatasetLoadError({ kind: 'empty' }, source);
  if (/^<(!doctype|html|head|body|\?xml)/i.test(trimmed)) throw new DatasetLoadError({ kind: 'html' }, source);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new DatasetLoadError({ kind: 'not_json', detail }, source);
  }
  if (json === null || (typeof json === 'object' && !Array.isArray(json) && Object.keys(json).length === 0)) {
    throw new DatasetLoadError({ kind: 'empty' }, source);
  }
  const result = parseDataset(json);
  if (!result.ok) throw new DatasetLoadError({ kind: 'schema', problems: result.problems, total: result.total }, source);
  return result.dataset;
}
