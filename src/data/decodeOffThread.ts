/**
 * decodeDataset for the largest files, off the page's thread. Checking a national dataset against
 * the contract takes longer than parsing it (Chromium, 7 MB: ~250 ms checking, ~170 ms parsing;
 * fifteen years: ~0.5 s each), and a structured clone back would cost the page more than parsing
 * (~250 ms / 0.7 s to receive). So the worker checks and answers with the checked dataset as JSON
 * text (and its SHA-256), and the page parses only that. Small files, and places with no workers,
 * decode here.
 */
import { decodeDataset, OFF_THREAD_FROM } from './decode.ts';
import type { DecodeAnswer, DecodeRequest } from './decodeCheck.ts';
import { DatasetLoadError } from './errors.ts';
import { knownDatasetHashes } from './knownHashes.ts';
import type { Dataset } from '../contract/schema.ts';

/**
 * The dataset the worker checked, parsed from the JSON text it made of it. The text is the
 * output of `decodeDataset` (a Dataset) through JSON.stringify: parsing it gives that Dataset.
 */
function parseChecked(checked: string): Dataset {
  return JSON.parse(checked) as Dataset;
}

function inWorker(request: DecodeRequest, signal?: AbortSignal): Promise<DecodeAnswer | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./decodeWorker.ts', import.meta.url), { type: 'module', name: 'dataset-check' });
    } catch {
      resolve(null);
      return;
    }
    const done = (answer: DecodeAnswer | null) => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    const onAbort = () => done(null);
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<DecodeAnswer>) => done(e.data);
    // A worker that cannot load (a file:// page, a blocked script): the page decodes it itself.
    worker.onerror = (e) => {
      e.preventDefault();
      done(null);
    };
    worker.postMessage(request);
  });
}

export async function decodeOffThread(text: string, source: string, bytes?: number, signal?: AbortSignal): Promise<Dataset> {
  if (text.length < OFF_THREAD_FROM || typeof Worker === 'undefined') return decodeDataset(text, source, bytes);
  const answer = await inWorker(bytes === undefined ? { text, source } : { text, source, bytes }, signal);
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError');
  if (answer === null) return decodeDataset(text, source, bytes);
  if (answer.ok) {
    const dataset = parseChecked(answer.checked);
    if (answer.hash !== null) knownDatasetHashes.set(dataset, answer.hash);
    return dataset;
  }
  if ('failure' in answer) throw new DatasetLoadError(answer.failure, source);
  // A program error in the worker: the page decodes it and reports whatever it finds.
  return decodeDataset(text, source, bytes);
}
