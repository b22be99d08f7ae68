/**
 * What the dataset-checking worker does (decodeWorker.ts), pure so it is tested without one: the
 * same decodeDataset the page runs, answered with the checked dataset as JSON text (what the
 * contract kept: unknown keys dropped) and, where the platform hashes (crypto.subtle), its SHA-256,
 * the hash exports and the kept first-screen picture name the dataset by; or with the failure
 * the page shows.
 */
import { decodeDataset } from './decode.ts';
import { DatasetLoadError, type LoadFailure } from './errors.ts';

export interface DecodeRequest {
  text: string;
  source: string;
  bytes?: number;
}
export type DecodeAnswer =
  { ok: true; checked: string; hash: string | null } | { ok: false; failure: LoadFailure } | { ok: false; error: string };

async function sha256Hex(text: string): Promise<string | null> {
  // Only in a secure context (https, localhost); an office LAN's plain http has none.
  if (typeof crypto === 'undefined' || !('subtle' in crypto) || typeof crypto.subtle.digest !== 'function') return null;
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

export async function checkText({ text, source, bytes }: DecodeRequest): Promise<DecodeAnswer> {
  let checked: string;
  try {
    checked = JSON.stringify(decodeDataset(text, source, bytes));
  } catch (err) {
    if (err instanceof DatasetLoadError) return { ok: false, failure: err.failure };
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  return { ok: true, checked, hash: await sha256Hex(checked) };
}
