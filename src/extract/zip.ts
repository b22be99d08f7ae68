/**
 * The parts of a .docx or .xlsx (a zip), inflated within a budget: bytes per part, bytes in all,
 * and a deadline. fflate's streaming Unzip is fed the file in small slices, so a part is
 * inflated a slice at a time (deflate expands at most ~1,032×: 16 KB in, ≤ 17 MB out) and the
 * reading stops as soon as a count passes its limit, before the memory is spent. A zip bomb (a
 * 1 MB sheet that inflates to 1.1 GB) is refused with the part and the limit named, instead of
 * crashing the tab.
 *
 * Also tells an encrypted Office file (an OLE2 compound file holding an EncryptedPackage) and a
 * legacy .doc/.xls (OLE2 without one) from a damaged zip, so the user is told what to do.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

export type ZipFailure = 'too_large' | 'timeout' | 'not_zip' | 'encrypted' | 'legacy_ole';

export class ZipError extends Error {
  readonly code: ZipFailure;
  /** The part that broke the budget, and the limit in bytes. */
  readonly part: string | undefined;
  readonly limit: number | undefined;
  constructor(code: ZipFailure, detail: string, part?: string, limit?: number) {
    super(detail);
    this.name = 'ZipError';
    this.code = code;
    this.part = part;
    this.limit = limit;
  }
}

export interface ZipBudget {
  /** Inflated bytes of any one part. */
  maxPartBytes: number;
  /** Inflated bytes of all the parts read. */
  maxTotalBytes: number;
  /** Give up at this time (ms since epoch). */
  deadline?: number;
}

const SLICE = 16 * 1024;

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;
const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** "EncryptedPackage" as the compound file's directory writes names (UTF-16LE). */
const ENCRYPTED = new Uint8Array(Array.from({ length: 32 }, (_, i) => (i % 2 ? 0 : 'EncryptedPackage'.charCodeAt(i / 2))));

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Refuses what is not a zip with the reason a user can act on. */
export function checkZip(bytes: Uint8Array): void {
  if (isOle(bytes)) {
    if (contains(bytes, ENCRYPTED)) throw new ZipError('encrypted', 'an encrypted Office file (EncryptedPackage)');
    throw new ZipError('legacy_ole', 'an Office 97–2003 compound file, not Office Open XML');
  }
  if (!isZip(bytes)) throw new ZipError('not_zip', 'not a zip archive');
}

const mb = (n: number): string => `${Math.round((n / 1048576) * 10) / 10} MB`;

/** The wanted parts, inflated within `budget`. Throws ZipError. */
export function unzipBounded(bytes: Uint8Array, want: (name: string) => boolean, budget: ZipBudget): Record<string, Uint8Array> {
  checkZip(bytes);
  const done: Record<string, Uint8Array> = {};
  let total = 0;
  // An object, not a `let`: the callbacks set it, and TypeScript does not follow assignments there.
  const state: { failure: ZipError | null } = { failure: null };
  const unzip = new Unzip((file) => {
    if (state.failure || !want(file.name)) return;
    const parts: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, data, final) => {
      if (state.failure) return;
      if (err) {
        state.failure = new ZipError('not_zip', `${file.name}: ${err.message}`, file.name);
        return;
      }
      size += data.length;
      total += data.length;
      if (size > budget.maxPartBytes || total > budget.maxTotalBytes) {
        const limit = size > budget.maxPartBytes ? budget.maxPartBytes : budget.maxTotalBytes;
        state.failure = new ZipError('too_large', `${file.name} inflates past ${mb(limit)}`, file.name, limit);
        file.terminate();
        return;
      }
      parts.push(data);
      if (final) done[file.name] = concat(parts, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !state.failure; at += SLICE) {
      unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
      if (budget.deadline !== undefined && Date.now() > budget.deadline) state.failure = new ZipError('timeout', 'reading took too long');
    }
  } catch (err) {
    state.failure ??= new ZipError('not_zip', err instanceof Error ? err.message : String(err));
  }
  if (state.failure) throw state.failure;
  return done;
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
