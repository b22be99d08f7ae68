/**
 * Random mutations of valid datasets are each either accepted and drawn, or refused with a path
 * that exists in the input: never an uncaught error. fast-check prints the seed and the shrunk
 * counterexample on failure; replay with FC_SEED=<seed> (and FC_PATH) in the environment.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';
import { decodeDataset } from '../../../src/data/decode.ts';
import { DatasetLoadError } from '../../../src/data/errors.ts';
import { valueAtPath } from '../data/jsonPath.ts';
import { drawEverything } from './draw.ts';
import { applyMutations, mutationArb, pathsOf, referencesOf } from './mutations.ts';
import { runParams } from './params.ts';

interface Base {
  name: string;
  text: string;
  runs: number;
}

// In batches, so each test stays well inside the suite's timeout on a loaded 2-core runner.
const tiny = JSON.stringify(tinyDataset());
const seeds = readFileSync('public/data/seeds.json', 'utf8');
const bases: Base[] = [
  ...[1, 2, 3, 4].map((k) => ({ name: `tiny (batch ${k})`, text: tiny, runs: 500 })),
  ...[1, 2].map((k) => ({ name: `seeds (batch ${k})`, text: seeds, runs: 200 })),
];

/** Where a problem points must be in the input; a missing field is reported where it belongs, under a parent that exists. */
function pathExists(input: unknown, path: string, code: string): boolean {
  if (valueAtPath(input, path).found) return true;
  if (code !== 'missing') return false;
  if (/^[^.[\]]+$/.test(path)) return true; // a top-level field: its parent is the root
  const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return parent !== path && valueAtPath(input, parent).found;
}

/** The verdict on one mutated file: accepted (and drawn) or refused for a reason it can state. */
function verdict(text: string): 'accepted' | 'refused' {
  let dataset;
  try {
    dataset = decodeDataset(text, 'mutant.json');
  } catch (err) {
    if (!(err instanceof DatasetLoadError)) throw err;
    const f = err.failure;
    if (f.kind === 'schema') {
      expect(f.problems.length).toBeGreaterThan(0);
      const input: unknown = JSON.parse(text);
      for (const p of f.problems) {
        if (!pathExists(input, p.path, p.code)) throw new Error(`refused at ${p.path} (${p.code}), which is not in the input`);
      }
    } else expect(['not_json', 'empty', 'html']).toContain(f.kind);
    return 'refused';
  }
  drawEverything(dataset);
  return 'accepted';
}

describe('mutated datasets: accepted and drawn, or refused with a path in the input', () => {
  for (const base of bases) {
    it(`${base.runs} mutations of the ${base.name} dataset`, () => {
      const root: unknown = JSON.parse(base.text);
      const paths = pathsOf(root);
      const references = referencesOf(root);
      const records = (valueAtPath(root, 'records').value as unknown[]).length;
      const rateIndex = tinyDataset().indicators.findIndex((i) => i.id === 'random_completion_rate');
      const counts = { accepted: 0, refused: 0 };
      fc.assert(
        fc.property(fc.array(mutationArb(paths.length, references.length, records), { minLength: 1, maxLength: 3 }), (mutations) => {
          counts[verdict(applyMutations(base.text, mutations, { paths, references, rateIndex }))] += 1;
        }),
        runParams(base.runs),
      );
      console.info(`[property] ${base.name}: ${base.runs} mutated files, ${counts.accepted} accepted and drawn, ${counts.refused} refused`);
      // Both outcomes happen: the mutations are neither all harmless nor all fatal (unless one
      // counterexample is being replayed).
      if (!process.env.FC_PATH) {
        expect(counts.accepted).toBeGreaterThan(0);
        expect(counts.refused).toBeGreaterThan(base.runs / 2);
      }
    });
  }
});
