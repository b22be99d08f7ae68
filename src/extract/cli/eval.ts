/**
 * npm run eval:extract — runs the extractor on shared/seeds/*.txt and scores it against
 * shared/golden/*.json ($SEEDS_DIR, $GOLDEN_DIR override). Exits 1 when the goals are not met.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { extractReport } from '../extract.ts';
import { GOALS, GoldenSchema, ratio, scoreReport, type ReportScore } from '../evaluate.ts';

const seedsDir = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const goldenDir = process.env.GOLDEN_DIR ?? fileURLToPath(new URL('../../../../shared/golden/', import.meta.url));
const verbose = process.argv.includes('--verbose');

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 8)).join('  ');
}

const widths = [26, 14, 16, 8, 12, 12, 9];
const rows: string[] = [row(['report', 'fig recall', 'fig precision', 'neutral', 'weak recall', 'weak prec.', 'unit/year'], widths)];
const totals = { required: 0, matched: 0, extracted: 0, correct: 0, neutral: 0, wGold: 0, wFound: 0, wHit: 0 };
const details: string[] = [];

const files = readdirSync(goldenDir).filter((f) => f.endsWith('.json')).sort();
for (const file of files) {
  const golden = v.parse(GoldenSchema, JSON.parse(readFileSync(join(goldenDir, file), 'utf8')));
  const source = readFileSync(join(seedsDir, golden.file), 'utf8');
  const s: ReportScore = scoreReport(golden, extractReport(source), source);
  totals.required += s.required;
  totals.matched += s.matched;
  totals.extracted += s.extracted;
  totals.correct += s.correct;
  totals.neutral += s.neutral;
  totals.wGold += s.weaknessGolden.length;
  totals.wFound += s.weaknessFound.length;
  totals.wHit += s.weaknessHit;
  rows.push(row([
    basename(golden.file, '.txt'),
    `${s.matched}/${s.required} ${pct(ratio(s.matched, s.required))}`,
    `${s.correct}/${s.extracted} ${pct(ratio(s.correct, s.extracted))}`,
    String(s.neutral),
    `${s.weaknessHit}/${s.weaknessGolden.length} ${pct(ratio(s.weaknessHit, s.weaknessGolden.length))}`,
    `${s.weaknessHit}/${s.weaknessFound.length} ${pct(ratio(s.weaknessHit, s.weaknessFound.length))}`,
    `${s.unitOk ? 'ok' : 'NO'}/${s.yearOk ? 'ok' : 'NO'}`,
  ], widths));
  for (const m of s.missed) details.push(`  missed ${golden.file}: ${m.indicator} ${m.value}${m.domain ? ` [${m.domain}]` : ''}${m.scope ? ` [${m.scope}]` : ''} «${m.quote}»`);
  for (const f of s.falsePositives) details.push(`  wrong  ${golden.file}: ${f.indicator} ${f.value}${f.domain ? ` [${f.domain}]` : ''}${f.scope ? ` [${f.scope}]` : ''} «${f.quote}»`);
  const wMissed = s.weaknessGolden.filter((c) => !s.weaknessFound.includes(c));
  const wExtra = s.weaknessFound.filter((c) => !s.weaknessGolden.includes(c));
  if (wMissed.length || wExtra.length) details.push(`  weakness ${golden.file}: missed [${wMissed.join(', ')}] extra [${wExtra.join(', ')}]`);
}

const overall = {
  figureRecall: ratio(totals.matched, totals.required),
  figurePrecision: ratio(totals.correct, totals.extracted),
  weaknessRecall: ratio(totals.wHit, totals.wGold),
  weaknessPrecision: ratio(totals.wHit, totals.wFound),
};
rows.push(row([
  'overall',
  `${totals.matched}/${totals.required} ${pct(overall.figureRecall)}`,
  `${totals.correct}/${totals.extracted} ${pct(overall.figurePrecision)}`,
  String(totals.neutral),
  `${totals.wHit}/${totals.wGold} ${pct(overall.weaknessRecall)}`,
  `${totals.wHit}/${totals.wFound} ${pct(overall.weaknessPrecision)}`,
  '',
], widths));

console.log('Extractor vs golden (shared/golden). A figure matches on indicator + value + domain + scope;');
console.log('golden other:* figures are not required; an extracted figure with the value and quote position');
console.log('of a golden other:* figure is neutral (not counted); any other unmatched figure is a false positive.');
console.log('Weaknesses: sets of categories per report.\n');
console.log(rows.join('\n'));
if (details.length && (verbose || details.length <= 40)) console.log(`\n${details.join('\n')}`);

const goalKeys: readonly (keyof typeof GOALS)[] = ['figureRecall', 'figurePrecision', 'weaknessRecall', 'weaknessPrecision'];
const failed = goalKeys.filter((k) => overall[k] < GOALS[k]);
console.log(`\nGoals: figures recall ≥ ${pct(GOALS.figureRecall)}, precision ≥ ${pct(GOALS.figurePrecision)}; weaknesses ≥ ${pct(GOALS.weaknessRecall)} both.`);
if (failed.length) {
  console.log(`NOT MET: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('All goals met.');
