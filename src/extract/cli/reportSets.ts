/**
 * The reports the reader is tuned and measured on (Node only): the five seeds with their golden
 * files and the corpus of further real reports, read at run time from ../shared/ next to the
 * repository ($SEEDS_DIR, $GOLDEN_DIR, $CORPUS_DIR override). Their texts are never copied in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { CorpusExpectedSchema, expectedFromCorpus, expectedFromGolden, type ExpectedReport } from '../expected.ts';
import { GoldenSchema } from '../golden.ts';
import { corpusRegionCodes } from './corpusKey.ts';

export interface ReportCase {
  set: 'seeds' | 'corpus';
  /** File name without extension. */
  id: string;
  source: string;
  expected: ExpectedReport;
}

const shared = (dir: string): string => fileURLToPath(new URL(`../../../../shared/${dir}/`, import.meta.url));

export const seedsDir = (): string => process.env.SEEDS_DIR ?? shared('seeds');
export const goldenDir = (): string => process.env.GOLDEN_DIR ?? shared('golden');
export const corpusDir = (): string => process.env.CORPUS_DIR ?? shared('corpus');

const jsonFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

export function seedCases(): ReportCase[] {
  return jsonFiles(goldenDir()).map((file) => {
    const golden = v.parse(GoldenSchema, JSON.parse(readFileSync(join(goldenDir(), file), 'utf8')));
    const source = readFileSync(join(seedsDir(), golden.file), 'utf8');
    return { set: 'seeds', id: basename(golden.file, '.txt'), source, expected: expectedFromGolden(golden) };
  });
}

export function corpusCases(): ReportCase[] {
  const dir = join(corpusDir(), 'expected');
  return jsonFiles(dir).map((file) => {
    const id = basename(file, '.json');
    const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const parsed = v.safeParse(CorpusExpectedSchema, raw);
    if (!parsed.success) throw new Error(`${join(dir, file)}: not an expected-figures file (${parsed.issues[0].message})`);
    const code = corpusRegionCodes[id];
    if (!code) throw new Error(`${id}: no GB/T 2260 code in src/extract/cli/corpusKey.ts`);
    const source = readFileSync(join(corpusDir(), 'reports', `${id}.txt`), 'utf8');
    return { set: 'corpus', id, source, expected: expectedFromCorpus(`${id}.txt`, parsed.output, code) };
  });
}

/** Seeds and corpus together, seeds first. */
export const allCases = (): ReportCase[] => [...seedCases(), ...corpusCases()];
