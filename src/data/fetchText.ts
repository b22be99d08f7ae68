/**
 * A JSON document's text over the network, bounded: a server that never answers, or answers and
 * then stalls, is given up on with a word (`timeout`), and a body over the size limit is refused
 * in bytes (from Content-Length before anything is read, else while it streams in), never after
 * the whole of it has been held in memory.
 */
import { DatasetLoadError } from './errors.ts';

/** Seconds to wait for a server's first answer, and for each next piece of the body. */
export const ANSWER_TIMEOUT_S = 15;
export const STALL_TIMEOUT_S = 20;

export interface FetchedText {
  text: string;
  headers: Headers;
  /** Bytes of the body as sent. */
  bytes: number;
}

export interface FetchTextOptions {
  /** The source as the user would name it in a message. */
  label: string;
  maxBytes: number;
  signal?: AbortSignal;
  /** An answer already on its way (the entry script's early request), else a fetch of our own. */
  pending?: Promise<Response>;
  /** Gives up on `pending` when it times out. */
  abortPending?: () => void;
  init?: RequestInit;
  answerTimeoutS?: number;
  stallTimeoutS?: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

function tooLarge(bytes: number, maxBytes: number, label: string): DatasetLoadError {
  return new DatasetLoadError({ kind: 'too_large', sizeMb: mb(bytes), maxMb: mb(maxBytes) }, label);
}

/** Rejects with a `timeout` failure after `s` seconds unless `work` settles first. */
function within<T>(work: Promise<T>, s: number, label: string, onTimeout: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new DatasetLoadError({ kind: 'timeout', seconds: s }, label));
    }, s * 1000);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export async function fetchText(url: string, opts: FetchTextOptions): Promise<FetchedText> {
  const { label, maxBytes, signal } = opts;
  const own = new AbortController();
  const abort = () => {
    own.abort();
    opts.abortPending?.();
  };
  signal?.addEventListener('abort', abort, { once: true });
  try {
    let res: Response;
    try {
      const pending = opts.pending ?? fetch(url, { ...opts.init, signal: own.signal });
      res = await within(pending, opts.answerTimeoutS ?? ANSWER_TIMEOUT_S, label, abort);
    } catch (err) {
      if (err instanceof DatasetLoadError || signal?.aborted) throw err;
      throw new DatasetLoadError({ kind: 'network', detail: err instanceof Error ? err.message : String(err) }, label);
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      throw new DatasetLoadError({ kind: 'http', status: res.status }, label);
    }
    const declared = Number(res.headers.get('Content-Length'));
    // A compressed body's length is not its size: only an identity body is refused up front.
    const encoded = (res.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
    if (!encoded && Number.isFinite(declared) && declared > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      throw tooLarge(declared, maxBytes, label);
    }
    const { text, bytes } = await readBody(res, opts, abort);
    return { text, headers: res.headers, bytes };
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

async function readBody(res: Response, opts: FetchTextOptions, abort: () => void): Promise<{ text: string; bytes: number }> {
  const { label, maxBytes } = opts;
  const stall = opts.stallTimeoutS ?? STALL_TIMEOUT_S;
  if (!res.body) {
    const text = await within(res.text(), stall, label, abort);
    const bytes = utf8Length(text);
    if (bytes > maxBytes) throw tooLarge(bytes, maxBytes, label);
    return { text, bytes };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await within(reader.read(), stall, label, () => {
        abort();
        void reader.cancel().catch(() => undefined);
      });
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(bytes, maxBytes, label);
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (err) {
    if (err instanceof DatasetLoadError) throw err;
    // The connection dropped mid-body: a network failure, retried like one.
    throw new DatasetLoadError({ kind: 'network', detail: err instanceof Error ? err.message : String(err) }, label);
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), bytes };
}

/** UTF-8 bytes of a string, counted without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
