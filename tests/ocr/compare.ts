/**
 * Figures read from a scan against those read from the same report's text: a scan's figure is
 * found when the text's reader has one with the same indicator, value, domain and scope (each
 * matched once); one the text does not hold is a false figure.
 */
import type { Figure } from '../../src/extract/extract.ts';

export interface Comparison {
  /** Figures the reader finds in the .txt. */
  expected: number;
  /** Of those, found in the scan with the same values. */
  found: number;
  missed: Figure[];
  /** Read from the scan, not in the .txt. */
  falseFigures: Figure[];
}

const keyOf = (f: Figure): string => [f.indicator, f.value, f.domain ?? '', f.scope ?? ''].join('|');

export function compareFigures(fromText: readonly Figure[], fromScan: readonly Figure[]): Comparison {
  const pool = new Map<string, Figure[]>();
  for (const f of fromText) pool.set(keyOf(f), [...(pool.get(keyOf(f)) ?? []), f]);
  const falseFigures: Figure[] = [];
  let found = 0;
  for (const f of fromScan) {
    const same = pool.get(keyOf(f));
    if (same && same.length > 0) {
      same.shift();
      found += 1;
    } else falseFigures.push(f);
  }
  return { expected: fromText.length, found, missed: [...pool.values()].flat(), falseFigures };
}
