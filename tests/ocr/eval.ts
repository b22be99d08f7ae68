/**
 * npm run eval:ocr [-- --seeds|--corpus] [-- --only 01_haining,000] [-- --clean|--degraded] [-- --keep]
 *
 * How well scanned reports are read: every seed and corpus text (../shared, read at run time) is
 * typeset, printed and scanned here (makeScans.ts), clean and degraded, and read back through the
 * CLI's path (pdf.js renders each image-only page, tesseract.js reads it, the reader reads the
 * text). The figures are set against those the reader finds in the .txt: found with the same
 * values (goal ≥ 95 % clean, ≥ 85 % degraded) and false figures the .txt does not hold (goal 0 on
 * clean scans). Prints the time per page. OCR_WORKERS=2 reads two reports at once (one per core).
 * --keep leaves the scans and what OCR read from each (ocr.txt) in the temporary folder it names.
 * Exits 1 when a goal is missed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
import { ensureChromium } from '../e2e/ensure-chromium.ts';
import { extractReport } from '../../src/extract/extract.ts';
import { extractScan } from '../../src/extract/ocr/extractScan.ts';
import { nodeRecognizer, readPdfPages } from '../../src/extract/ocr/node.ts';
import type { Recognizer } from '../../src/extract/ocr/engine.ts';
import { corpusCases, seedCases } from '../../src/node/extract-cli/reportSets.ts';
import { compareFigures, type Comparison } from './compare.ts';
import { makeScan, printable, printedPdf, type Condition } from './makeScans.ts';

const args = process.argv.slice(2);
const only = args.find((a) => a === '--seeds' || a === '--corpus');
const pick = args[args.indexOf('--only') + 1]?.split(',');
const conditions: Condition[] = args.includes('--clean') ? ['clean'] : args.includes('--degraded') ? ['degraded'] : ['clean', 'degraded'];
const workers = Math.max(1, Number(process.env.OCR_WORKERS ?? 1));
const keep = args.includes('--keep');
const GOALS: Record<Condition, number> = { clean: 0.95, degraded: 0.85 };

const cases = [...(only === '--corpus' ? [] : seedCases()), ...(only === '--seeds' ? [] : corpusCases())].filter(
  (c) => !args.includes('--only') || (pick ?? []).some((p) => c.id.startsWith(p)),
);
if (cases.length === 0) {
  console.error(
    'No reports found: expected ../shared/seeds, golden and corpus next to the repository (or $SEEDS_DIR, $GOLDEN_DIR, $CORPUS_DIR).',
  );
  process.exit(2);
}

ensureChromium();
const dir = mkdtempSync(join(tmpdir(), 'fazhi-ocr-eval-'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
interface Result {
  id: string;
  condition: Condition;
  pages: number;
  ms: number;
  cmp: Comparison;
}
const results: Result[] = [];
const jobs: Array<{ id: string; condition: Condition; pdf: Uint8Array; source: string; dir: string }> = [];
console.log(`[eval:ocr] scanning ${cases.length} reports (${conditions.join(', ')}) into ${dir}`);
for (const c of cases) {
  const printed = await printedPdf(browser, printable(c.source));
  for (const condition of conditions) {
    const out = join(dir, c.id, condition);
    const scan = await makeScan(browser, printable(c.source), out, condition, printed);
    jobs.push({ id: c.id, condition, pdf: scan.pdf, source: c.source, dir: out });
  }
}
await browser.close();

const pageTimes: number[] = [];
async function work(ocr: Recognizer): Promise<void> {
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const t0 = performance.now();
    let last = t0;
    const pages = await readPdfPages(
      job.pdf,
      () => Promise.resolve(ocr),
      () => {
        const now = performance.now();
        pageTimes.push(now - last);
        last = now;
      },
    );
    const ms = performance.now() - t0;
    const { extraction, scan } = extractScan(pages);
    if (keep) writeFileSync(join(job.dir, 'ocr.txt'), scan.text);
    const cmp = compareFigures(extractReport(job.source).figures, extraction.figures);
    results.push({ id: job.id, condition: job.condition, pages: pages.length, ms, cmp });
    console.log(
      `  ${job.condition.padEnd(8)} ${job.id.padEnd(26)} ${pages.length} pages ${(ms / 1000).toFixed(1).padStart(6)} s  found ${cmp.found}/${cmp.expected}  false ${cmp.falseFigures.length}`,
    );
  }
}
const t0 = performance.now();
const engines = await Promise.all(Array.from({ length: workers }, () => nodeRecognizer()));
console.log(`[eval:ocr] ${workers} OCR engine(s) ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await Promise.all(engines.map((e) => work(e)));
await Promise.all(engines.map((e) => e.terminate()));
if (keep) console.log(`[eval:ocr] scans and what OCR read (ocr.txt) kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });

const pct = (a: number, b: number): string => `${a}/${b} ${b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`}`;
let failed = false;
console.log('\nFigures read from scans against those read from the .txt (same indicator, value, domain, scope):');
for (const condition of conditions) {
  const rs = results.filter((r) => r.condition === condition);
  const found = rs.reduce((n, r) => n + r.cmp.found, 0);
  const expected = rs.reduce((n, r) => n + r.cmp.expected, 0);
  const falses = rs.flatMap((r) => r.cmp.falseFigures.map((f) => ({ id: r.id, f })));
  const pages = rs.reduce((n, r) => n + r.pages, 0);
  const recallOk = expected > 0 && found / expected >= GOALS[condition];
  const falseOk = condition === 'degraded' || falses.length === 0;
  if (!recallOk || !falseOk) failed = true;
  console.log(
    `  ${condition.padEnd(8)} ${rs.length} reports, ${pages} pages: found ${pct(found, expected)} (goal ≥ ${GOALS[condition] * 100} %${recallOk ? '' : ', MISSED'}), false figures ${falses.length}${condition === 'clean' ? ` (goal 0${falseOk ? '' : ', MISSED'})` : ''}`,
  );
  for (const r of rs)
    for (const m of r.cmp.missed) console.log(`      missed ${r.id}: ${m.indicator} ${m.value} «${m.quote.replace(/\s+/g, ' ')}»`);
  for (const { id, f } of falses) console.log(`      false  ${id}: ${f.indicator} ${f.value} «${f.quote.replace(/\s+/g, ' ')}»`);
}
const sorted = [...pageTimes].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
console.log(
  `\nTime per page (render at 200 dpi + OCR, ${workers} engine(s) on this machine): median ${(median / 1000).toFixed(1)} s, mean ${(mean / 1000).toFixed(1)} s, slowest ${((sorted[sorted.length - 1] ?? 0) / 1000).toFixed(1)} s over ${sorted.length} pages`,
);
process.exit(failed ? 1 : 0);
