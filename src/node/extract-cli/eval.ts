/**
 * npm run eval:extract — runs the reader over the seeds (../shared/seeds + golden) and the corpus
 * (../shared/corpus) and prints, per report and per indicator, recall and precision on named
 * figures, placement (unit and year), and every miss and false figure with its quote.
 * --seeds or --corpus limits the run to one set. Exits 1 when a goal is not met.
 */
import { loadRegionTable } from '../../data/regionTable.ts';
import { ratio } from '../../extract/evaluate.ts';
import { measure, type MeasuredReport } from '../../extract/readerMeasurement.ts';
import { corpusCases, seedCases, syntheticCases, type ReportCase } from './reportSets.ts';
import { genreTable } from './genres.ts';

/** The issue's goals over seeds + corpus; the seeds alone keep their own (tests/unit/extract/seeds.test.ts). */
const GOALS = { recall: 0.95, precision: 0.95 };

const only = process.argv.find((a) => a === '--seeds' || a === '--corpus');
const cases: ReportCase[] = [...(only === '--corpus' ? [] : seedCases()), ...(only === '--seeds' ? [] : corpusCases())];
if (cases.length === 0) {
  console.error(
    'No reports found: expected ../shared/golden, ../shared/seeds and ../shared/corpus next to the repository (or $GOLDEN_DIR, $SEEDS_DIR, $CORPUS_DIR).',
  );
  process.exit(2);
}

const pct = (a: number, b: number): string => `${a}/${b} ${(100 * ratio(a, b)).toFixed(1)}%`;
const row = (cells: readonly string[], widths: readonly number[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 8)).join('  ');

const table = await loadRegionTable();
const m = measure(cases, table);
const synthetic = measure(syntheticCases(), table);
const widths = [26, 15, 15, 7, 8, 40];
const lines = [row(['report', 'recall', 'precision', 'neutral', 'placed', 'unit / year read'], widths)];
for (const r of m.reports) {
  const s = r.score;
  const place = r.placement.chain?.[0];
  lines.push(
    row(
      [
        r.id,
        pct(s.matched, s.required),
        pct(s.correct, s.extracted),
        String(s.neutral),
        r.outcome,
        `${place ? `${place.code} ${place.name}` : '—'} / ${r.extraction.year ?? '—'}${r.why ? `  (${r.why})` : ''}`,
      ],
      widths,
    ),
  );
}
const t = m.totals;
lines.push(row(['overall', pct(t.matched, t.required), pct(t.correct, t.extracted), String(t.neutral), '', ''], widths));

const iw = [30, 15, 15];
const ind = [row(['indicator', 'recall', 'precision'], iw)];
for (const [id, x] of [...m.byIndicator].sort((a, b) => b[1].required - a[1].required || a[0].localeCompare(b[0]))) {
  ind.push(row([id, pct(x.matched, x.required), pct(x.correct, x.extracted)], iw));
}

const quoteOf = (q: string): string => `«${q.replace(/\s+/g, ' ')}»`;
function details(r: MeasuredReport): string[] {
  const out: string[] = [];
  for (const g of r.score.missed)
    out.push(
      `  missed ${r.id}: ${g.indicator} ${g.value}${g.domain ? ` [${g.domain}]` : ''}${g.scope ? ` [${g.scope}]` : ''} ${quoteOf(g.quote)}`,
    );
  for (const f of r.score.falsePositives)
    out.push(
      `  false  ${r.id}: ${f.indicator} ${f.value}${f.domain ? ` [${f.domain}]` : ''}${f.scope ? ` [${f.scope}]` : ''} ${quoteOf(f.quote)}`,
    );
  const wMissed = r.score.weaknessGolden.filter((c) => !r.score.weaknessFound.includes(c));
  const wExtra = r.score.weaknessFound.filter((c) => !r.score.weaknessGolden.includes(c));
  if (wMissed.length || wExtra.length) out.push(`  weakness ${r.id}: missed [${wMissed.join(', ')}] extra [${wExtra.join(', ')}]`);
  return out;
}

console.log('Reader vs what a careful reader takes (seeds: shared/golden; corpus: shared/corpus/expected).');
console.log('A figure matches on indicator + value (+ domain + scope where the truth states them); expected `other`');
console.log('figures are context: an extracted figure at one of their quotes is neutral. Any other extracted figure is false.\n');
console.log(lines.join('\n'));
console.log(`\nPer indicator (named figures):\n${ind.join('\n')}`);
const all = m.reports.flatMap(details);
if (all.length) console.log(`\nMisses and false figures:\n${all.join('\n')}`);
console.log(`\nPer genre (the kind the reader recognised; real reports, then SYNTHETIC 年报):\n${genreTable(m, synthetic).join('\n')}`);
const sx = synthetic.reports.flatMap(details);
if (sx.length) console.log(`\nSYNTHETIC 年报, misses and false figures:\n${sx.join('\n')}`);
const p = m.placement;
console.log(
  `\nPlaced at the right unit (GB/T 2260) and year: ${p.right}/${m.reports.length}; flagged with a reason: ${p.flagged}; placed wrong: ${p.wrong}.`,
);

const recall = ratio(t.matched, t.required);
const precision = ratio(t.correct, t.extracted);
console.log(`Goals: recall ≥ ${GOALS.recall * 100}%, precision ≥ ${GOALS.precision * 100}%, no report placed wrong.`);
const failed = [
  recall < GOALS.recall ? 'recall' : '',
  precision < GOALS.precision ? 'precision' : '',
  p.wrong > 0 ? 'placement' : '',
].filter(Boolean);
if (failed.length) {
  console.log(`NOT MET: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('All goals met.');
