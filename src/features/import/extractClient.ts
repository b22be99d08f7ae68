/**
 * The page's side of the extractor worker (src/extract/worker.ts): one worker, made on first use
 * (so it loads only on the import screen), requests matched to answers by id. Where there is no
 * Worker (tests), the same handler runs in the page.
 */
import type { TextFormat } from '../../extract/read.ts';
import type { ExtractRequest, ExtractResponse } from '../../extract/worker.ts';

type Pending = { resolve: (r: ExtractResponse) => void; reject: (e: Error) => void };
type Body =
  { kind: 'text'; text: string; fileName?: string } | { kind: 'bytes'; format: TextFormat; bytes: ArrayBuffer; fileName?: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('../../extract/worker.ts', import.meta.url), { type: 'module', name: 'extractor' });
  w.addEventListener('message', (e: MessageEvent<ExtractResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    p.resolve(e.data);
  });
  w.addEventListener('error', (e) => {
    e.preventDefault();
    // A crashed worker is replaced on the next request; what it had in hand is failed.
    failAll(new Error(e.message || 'extractor worker failed'));
    w.terminate();
    if (worker === w) worker = null;
  });
  worker = w;
  return w;
}

export async function extract(body: Body): Promise<ExtractResponse> {
  const id = nextId++;
  const req: ExtractRequest = { id, ...body };
  if (typeof Worker === 'undefined') {
    const { handleRequest } = await import('../../extract/worker.ts');
    return handleRequest(req);
  }
  const w = getWorker();
  return new Promise<ExtractResponse>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage(req, req.kind === 'bytes' ? [req.bytes] : []);
  });
}
