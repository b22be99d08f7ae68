/**
 * decodeDataset, off the page's thread for a large text (decodeOffThread.ts, loaded only then, so
 * the first screen's JS does not carry it).
 */
import { decodeDataset, OFF_THREAD_FROM } from './decode.ts';
import type { Dataset } from '../contract/schema.ts';

export async function decodeAnySize(text: string, source: string, bytes?: number, signal?: AbortSignal): Promise<Dataset> {
  if (text.length < OFF_THREAD_FROM) return decodeDataset(text, source, bytes);
  const { decodeOffThread } = await import('./decodeOffThread.ts');
  return decodeOffThread(text, source, bytes, signal);
}
