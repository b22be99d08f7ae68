import type { DatasetProblem } from '../contract/validate.ts';

/** Why a dataset was refused. Worded for the user by the UI (i18n `error.*`). */
export type LoadFailure =
  | { kind: 'network'; detail: string }
  /** The server did not answer, or stopped sending, within `seconds`. */
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'html' }
  | { kind: 'not_json'; detail: string }
  | { kind: 'empty' }
  | { kind: 'schema'; problems: DatasetProblem[]; total: number }
  | { kind: 'origin'; origin: string }
  | { kind: 'too_large'; sizeMb: number; maxMb: number }
  /** Not the data's fault: the program failed while loading it (said as such, never as a network error). */
  | { kind: 'internal'; detail: string };

export class DatasetLoadError extends Error {
  readonly failure: LoadFailure;
  /** What was being loaded, as the user would name it: a URL or a file name. */
  readonly source: string;
  constructor(failure: LoadFailure, source: string) {
    super(`${failure.kind}: ${source}`);
    this.name = 'DatasetLoadError';
    this.failure = failure;
    this.source = source;
  }
  /** Only a network failure, a timeout or a server error is worth retrying at once. */
  get retryable(): boolean {
    const f = this.failure;
    return f.kind === 'network' || f.kind === 'timeout' || (f.kind === 'http' && f.status >= 500);
  }
}
