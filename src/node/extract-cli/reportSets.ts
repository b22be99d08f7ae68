/**
 * The reports the reader is tuned and measured on (Node only): the five seeds with their golden
 * files and the corpus of further real reports, read at run time from ../shared/ next to the
 * repository ($SEEDS_DIR, $GOLDEN_DIR, $CORPUS_DIR override). Their texts are never copied in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { CorpusExpectedSchema, expectedFromCorpus, expectedFromGolden, type ExpectedReport } from '../../extract/expected.ts';
import { GoldenSchema } from '../../extract/golden.ts';
import { documentXmlToText } from '../../extract/docx.ts';
import { htmlToText } from '../../extract/html.ts';
import { corpusRegionCodes } from './corpusKey.ts';
import {
  SYNTHETIC_CASES,
  syntheticExpected,
  syntheticNianbaoDocumentXml,
  syntheticNianbaoHtml,
  syntheticNianbaoText,
  type CopyShape,
  type TemplateForm,
} from './syntheticNianbao.ts';

export interface ReportCase {
  /** seeds and corpus are real reports; synthetic are 年报 of the national template with invented figures. */
  set: 'seeds' | 'corpus' | 'synthetic';
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
    if (!code) throw new Error(`${id}: no GB/T 2260 code in src/node/extract-cli/corpusKey.ts`);
    const source = readFileSync(join(corpusDir(), 'reports', `${id}.txt`), 'utf8');
    return { set: 'corpus', id, source, expected: expectedFromCorpus(`${id}.txt`, parsed.output, code) };
  });
}

/** Where each synthetic 年报's unit is (GB/T 2260), for placement. */
const SYNTHETIC_CODES: Readonly<Record<string, string>> = { 黎城县卫生健康局: '140426', 许昌市卫生健康委员会: '411000' };

/**
 * SYNTHETIC 政府信息公开年报 (syntheticNianbao.ts: the national template's headers, invented
 * figures), in every copy shape the reader takes: pipe, tab, one cell a line, run-together cells,
 * a web page and a Word table. Made here, never read from anywhere.
 */
export function syntheticCases(): ReportCase[] {
  const shapes: (CopyShape | 'html' | 'docx')[] = ['pipe', 'tabs', 'cells', 'run_together', 'html', 'docx'];
  const forms: TemplateForm[] = ['revised', 'older'];
  return SYNTHETIC_CASES.flatMap((f) =>
    forms.flatMap((form) =>
      shapes.map((shape): ReportCase => {
        const source =
          shape === 'html'
            ? htmlToText(syntheticNianbaoHtml(f, form)).text
            : shape === 'docx'
              ? documentXmlToText(syntheticNianbaoDocumentXml(f, form))
              : syntheticNianbaoText(f, form, shape);
        const id = `synthetic ${f.unit.slice(0, 3)} ${f.year} ${form} ${shape}`;
        const expected = syntheticExpected(f, form);
        const figures = Object.entries(expected).map(([indicator, value]) => ({ indicator, value, quote: '' }));
        // The 总体情况 restates the requests in prose: that figure is context, not a second one.
        figures.push({
          indicator: 'other',
          value: expected.disclosure_requests ?? 0,
          quote: `全年共受理政府信息公开申请${expected.disclosure_requests ?? 0}件`,
        });
        return {
          set: 'synthetic',
          id,
          source,
          expected: {
            file: id,
            unit: f.unit,
            year: f.year,
            figures,
            partsStated: false,
            weaknesses: [],
            region: { code: SYNTHETIC_CODES[f.unit] ?? '' },
          },
        };
      }),
    ),
  );
}
