/**
 * From raw text (a response body or a dropped file) to a checked dataset, or a DatasetLoadError
 * that says what was wrong. Shared by every data source so all of them refuse bad input alike.
 */
import { DatasetLoadError } from './errors.ts';
import { utf8Length } from './fetchText.ts';
import type { Dataset } from '../contract/schema.ts';
import { parseDataset } from '../contract/validate.ts';

export const MAX_DATASET_MB = 64;
export const MAX_DATASET_BYTES = MAX_DATASET_MB * 1024 * 1024;

/**
 * The file's size in bytes, as the limit is stated (a Chinese text has ~3 bytes a character):
 * `bytes` when the caller counted them, else counted, unless the text is surely within the limit.
 */
function sizeInBytes(text: string, bytes?: number): number {
  if (bytes !== undefined) return bytes;
  // UTF-8 takes at most three bytes per UTF-16 unit: a short text is within the limit uncounted.
  if (text.length * 3 <= MAX_DATASET_BYTES) return text.length;
  return utf8Length(text);
}

export function decodeDataset(text: string, source: string, bytes?: number): Dataset {
  const size = sizeInBytes(text, bytes);
  if (size > MAX_DATASET_BYTES) {
    throw new DatasetLoadError({ kind: 'too_large', sizeMb: Math.round(size / 1048576), maxMb: MAX_DATASET_MB }, source);
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

/** Texts shorter than this (the demo is 0.7 MB) decode on the page: a worker's start costs more. */
export const OFF_THREAD_FROM = 2 * 1024 * 1024;
