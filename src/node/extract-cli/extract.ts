/**
 * npm run extract -- <files or folders> [--out dataset.json]
 * Reads .txt (UTF-8, else GB18030), .docx, .pdf (its text layer; a PDF's pages without one are read
 * by OCR, as on the import screen), saved web pages (.html/.htm), web archives (.mht/.mhtml) and
 * page images (.png/.jpg: those in one folder, or those named together, are the pages of one
 * report, in file-name order); extracts them and writes a dataset that passes parseDataset. One
 * line per file; files that cannot be read, are empty or are not a health commission's text are
 * reported and skipped. Reports are placed over the GB/T 2260 table by placeReport, as in the
 * browser; a report that cannot be placed is kept as a document with its figures, awaiting a unit.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseDataset } from '../../contract/validate.ts';
import { extractReport } from '../../extract/extract.ts';
import { readSource, textFormatOf, type SourceText } from '../../extract/read.ts';
import type { Extraction, OffTopicReason } from '../../extract/extract.ts';
import { toDataset, type ExtractedDocument, type SkipReason } from '../../extract/toDataset.ts';
import { loadRegionTable } from '../../data/regionTable.ts';
import { placeReport } from '../../extract/place.ts';
import { IMAGE_EXTS, readImages, readPdf, reportsOf, stopOcr, type ScanRead } from './scans.ts';

function parseArgs(argv: readonly string[]): { inputs: string[]; out: string } {
  const inputs: string[] = [];
  let out = 'dataset.json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--out') out = argv[++i] ?? out;
    else if (a.startsWith('--out=')) out = a.slice(6);
    else inputs.push(a);
  }
  return { inputs, out };
}

function collect(path: string, out: string[]): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (textFormatOf(path) !== null || extname(path).toLowerCase() === '.pdf' || IMAGE_EXTS.has(extname(path).toLowerCase())) {
    out.push(path);
  }
}

function readReport(file: string): SourceText {
  const format = textFormatOf(file);
  if (!format) throw new Error(`not a text format: ${extname(file)}`);
  return readSource(format, new Uint8Array(readFileSync(file)));
}

function uniqueId(file: string, taken: Set<string>): string {
  const base = basename(file, extname(file));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const SKIP_WORDS: Readonly<Record<SkipReason, string>> = {
  no_unit:
    'no commission named in its title, opening or signature (it names itself only as 市/区/县卫健委 or 我局): pick the unit in the review screen',
  unresolved_region: 'region not found in GB/T 2260',
  ambiguous_region: 'region named more than once in GB/T 2260 and the report says nothing more',
  no_code_of_its_own: 'a zone with no GB/T 2260 code of its own: kept as a document of its parent region, no record',
  no_year: 'no report year',
  year_after_as_of: 'its year is after today',
  whole_government: "a whole government's 政府信息公开年报: its figures are all departments', not the health commission's",
};

const KIND_WORDS: Readonly<Record<Extraction['kind'], string>> = {
  annual_report: '法治政府建设报告',
  supervision_summary: '监督执法工作总结',
  enforcement_report: '行政执法工作报告',
  disclosure_report: '政府信息公开年报',
  news: '新闻/信息',
  off_topic: 'off topic',
};

const OFF_TOPIC_WORDS: Readonly<Record<OffTopicReason, string>> = {
  no_health_body: 'no health commission or enforcement arm named (卫生健康委员会/卫健委/卫健局/卫生监督所 …)',
  no_health_work: 'no supervision, enforcement, licensing or rule-of-law work in it',
};

async function main(): Promise<number> {
  const { inputs, out } = parseArgs(process.argv.slice(2));
  if (inputs.length === 0) {
    console.error('usage: npm run extract -- <files or folders> [--out dataset.json]');
    return 2;
  }
  const files: string[] = [];
  for (const input of inputs) {
    try {
      collect(resolve(input), files);
    } catch (e) {
      console.error(`✗ ${input}: cannot read (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  const docs: ExtractedDocument[] = [];
  const taken = new Set<string>();
  const named = new Set(inputs.map((i) => resolve(i)));
  for (const group of reportsOf(files, named)) {
    const file = group[0] ?? '';
    const scan = /\.(pdf|png|jpe?g)$/i.test(file);
    let text: string;
    let read: SourceText | null = null;
    let scanned: ScanRead | null = null;
    try {
      if (scan) scanned = /\.pdf$/i.test(file) ? await readPdf(file) : await readImages(group);
      else read = readReport(file);
      text = scanned ? scanned.text : (read?.text ?? '');
    } catch (e) {
      console.error(`✗ ${file}: unreadable (${e instanceof Error ? e.message : String(e)}) — skipped`);
      continue;
    }
    if (text.trim().length === 0) {
      console.error(`✗ ${file}: ${scan ? 'no text found, by its text layer or by OCR' : 'empty'} — skipped`);
      continue;
    }
    const x = scanned
      ? scanned.extraction
      : extractReport(text, { title: read?.title ?? null, date: read?.date ?? null, fileName: basename(file) });
    if (x.offTopic) {
      console.error(`✗ ${file}: off topic — ${OFF_TOPIC_WORDS[x.offTopic]} — skipped`);
      continue;
    }
    docs.push({ id: uniqueId(file, taken), extraction: x, fileName: basename(file) });
    const unit = x.unit ? `${x.unit.name} (${x.unit.written ?? x.unit.region})` : '(unit not named)';
    const issuer = x.issuer === 'government' ? ", a whole government's" : x.issuer === 'enforcement_arm' ? ', by the enforcement arm' : '';
    const how =
      scanned && scanned.ocrPages > 0
        ? ` [${scanned.ocrPages} of ${scanned.pages} pages read by OCR: check the figures against the paper]`
        : '';
    console.log(
      `✓ ${basename(file)}${group.length > 1 ? ` (+${group.length - 1} pages)` : ''}: ${KIND_WORDS[x.kind]}${issuer} «${x.title ?? basename(file)}» — ${unit}, ${x.year ?? 'year ?'} — ${x.figures.length} figures, ${x.weaknesses.length} weaknesses (${new Set(x.weaknesses.map((w) => w.category)).size} categories)${how}`,
    );
  }
  await stopOcr();
  const table = await loadRegionTable();
  const { dataset, skipped } = toDataset(docs, {
    asOf: new Date().toISOString().slice(0, 10),
    place: (u, clues) => placeReport(u, table, clues),
  });
  for (const s of skipped) {
    const held = s.awaiting > 0 ? `; its ${s.awaiting} figures and weaknesses are kept in the document, awaiting a unit` : '';
    const could = s.candidates ? `; it could be ${s.candidates.join(', ')}` : '';
    console.error(
      `! ${s.doc}: kept as a document, no record: ${SKIP_WORDS[s.reason]}${s.writtenAs ? ` (written ${s.writtenAs})` : ''}${could}${held}`,
    );
  }
  const checked = parseDataset(JSON.parse(JSON.stringify(dataset)));
  if (!checked.ok) {
    console.error(`✗ the dataset does not pass the contract (${checked.total} problems):`);
    for (const p of checked.problems) console.error(`  ${p.path}: ${p.code} ${p.expected ?? ''} ${p.received ?? ''} ${p.subject ?? ''}`);
    return 1;
  }
  writeFileSync(out, `${JSON.stringify(dataset, null, 1)}\n`);
  console.log(`→ ${out}: ${dataset.units.length} units, ${dataset.records.length} records, ${dataset.documents?.length ?? 0} documents`);
  return docs.length > 0 ? 0 : 1;
}

process.exit(await main());
