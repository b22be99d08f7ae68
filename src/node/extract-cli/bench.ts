/**
 * Extraction speed on a long report: the seeds concatenated and repeated to ~60,000 characters
 * (a 50-page report). Prints the median of several runs; the goal is well under a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../../extract/extract.ts';

const seedsDir = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const one = seeds.join('\n\n');
let text = one;
while (text.length < 60_000) text += `\n\n${one}`;
text = text.slice(0, 60_000);

const times: number[] = [];
let figures = 0;
extractReport(text); // warm-up (regex compilation, JIT)
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  figures = extractReport(text).figures.length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(
  `extractReport on ${text.length.toLocaleString('en')} characters: median ${median.toFixed(1)} ms over ${times.length} runs (min ${(times[0] ?? 0).toFixed(1)} ms), ${figures} figures`,
);
if (median > 1000) {
  console.log('SLOW: over 1 s');
  process.exit(1);
}
