/**
 * The page's side of the readers' worker (src/extract/worker.ts): one worker, made on first use
 * (so it loads only on the import screen), requests matched to answers by id. A request that
 * takes longer than its time limit, or that the user cancels, ends the worker (the only way to
 * stop a reading in progress) and fails with why; the next request gets a new worker, so one
 * file that fails never holds up the files after it. Where there is no Worker (tests), the same
 * handler runs in the page.
 */
import type { Indicator } from '../../contract/schema.ts';
import type { TextFormat } from '../../extract/read.ts';
import type { TemplateResult } from '../../extract/templateRead.ts';
import type { ExtractRequest, ExtractResponse, ReportResponse } from '../../extract/worker.ts';

/** Seconds one file may take to read: ~6× what the longest report the reader accepts needs on an office PC. */
export const READ_TIMEOUT_S = 60;

/** A reading stopped before it finished: it ran out of time, or the user cancelled it. */
export class ReadStopped extends Error {
  readonly reason: 'timeout' | 'cancelled';
  constructor(reason: 'timeout' | 'cancelled') {
    super(reason);
    this.name = 'ReadStopped';
    this.reason = reason;
  }
}

type Pending = { resolve: (r: ExtractResponse) => void; reject: (e: Error) => void };
type Body =
  | { kind: 'text'; text: string; fileName?: string }
  | { kind: 'bytes'; format: TextFormat; bytes: ArrayBuffer; fileName?: string }
  | { kind: 'template'; bytes: ArrayBuffer; file: string; indicators: Indicator[]; thisYear: number };

export interface ReadOptions {
  signal?: AbortSignal;
  timeoutS?: number;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function endWorker(w: Worker, err: Error): void {
  w.terminate();
  if (worker === w) worker = null;
  failAll(err);
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
    endWorker(w, new Error(e.message || 'extractor worker failed'));
  });
  worker = w;
  return w;
}

async function call(body: Body, opts: ReadOptions): Promise<ExtractResponse> {
  if (opts.signal?.aborted) throw new ReadStopped('cancelled');
  const id = nextId++;
  const req: ExtractRequest = { id, ...body };
  if (typeof Worker === 'undefined') {
    const { handleAny } = await import('../../extract/worker.ts');
    return handleAny(req);
  }
  const w = getWorker();
  return new Promise<ExtractResponse>((resolve, reject) => {
    const stop = (reason: 'timeout' | 'cancelled') => endWorker(w, new ReadStopped(reason));
    const timer = window.setTimeout(() => stop('timeout'), (opts.timeoutS ?? READ_TIMEOUT_S) * 1000);
    const onAbort = () => stop('cancelled');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      window.clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    pending.set(id, {
      resolve: (r) => {
        settle();
        resolve(r);
      },
      reject: (e) => {
        settle();
        reject(e);
      },
    });
    w.postMessage(req, 'bytes' in req ? [req.bytes] : []);
  });
}

/** A report's text or bytes read. Rejects with ReadStopped on a timeout or a cancel. */
export async function extract(body: Exclude<Body, { kind: 'template' }>, opts: ReadOptions = {}): Promise<ReportResponse> {
  const res = await call(body, opts);
  if (res.ok === 'template') throw new Error('template answer to a report request');
  return res;
}

/** A fill-in template read off the page's thread. Rejects with ReadStopped on a timeout or a cancel. */
export async function readTemplateFile(
  bytes: ArrayBuffer,
  file: string,
  indicators: readonly Indicator[],
  opts: ReadOptions = {},
): Promise<TemplateResult> {
  const res = await call({ kind: 'template', bytes, file, indicators: [...indicators], thisYear: new Date().getFullYear() }, opts);
  if (res.ok !== 'template') throw new Error('report answer to a template request');
  return res.result;
}
