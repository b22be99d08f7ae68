// @vitest-environment node
/** One test per seed report: the eval's per-report scores meet the goals (npm run eval:extract). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GOALS, GoldenSchema, ratio, scoreReport } from '../../../src/extract/evaluate.ts';
import { extractReport } from '../../../src/extract/extract.ts';

const seedsDir = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const goldenDir = process.env.GOLDEN_DIR ?? fileURLToPath(new URL('../../../../shared/golden/', import.meta.url));
const goldenFiles = existsSync(goldenDir)
  ? readdirSync(goldenDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

describe.skipIf(goldenFiles.length === 0)('seed reports against the golden extraction', () => {
  it.each(goldenFiles)('%s meets the goals', (file) => {
    const golden = v.parse(GoldenSchema, JSON.parse(readFileSync(join(goldenDir, file), 'utf8')));
    const source = readFileSync(join(seedsDir, golden.file), 'utf8');
    const x = extractReport(source);
    const s = scoreReport(golden, x, source);
    expect(ratio(s.matched, s.required), `missed: ${s.missed.map((m) => `${m.indicator} ${m.value}`).join(', ')}`).toBeGreaterThanOrEqual(
      GOALS.figureRecall,
    );
    expect(
      ratio(s.correct, s.extracted),
      `wrong: ${s.falsePositives.map((f) => `${f.indicator} ${f.value}`).join(', ')}`,
    ).toBeGreaterThanOrEqual(GOALS.figurePrecision);
    expect(ratio(s.weaknessHit, s.weaknessGolden.length)).toBeGreaterThanOrEqual(GOALS.weaknessRecall);
    expect(ratio(s.weaknessHit, s.weaknessFound.length)).toBeGreaterThanOrEqual(GOALS.weaknessPrecision);
    expect(x.unit?.region).toBe(golden.region);
    expect(x.year).toBe(golden.year);
    expect(x.docNumber).toBe(golden.docNumber ?? null);
    for (const f of [...x.figures, ...x.weaknesses]) expect(source.slice(f.start, f.end)).toBe(f.quote);
  });
});
