// @vitest-environment node
/**
 * Whatever set of texts goes in, the dataset `npm run extract` writes passes the contract: real
 * texts (the seeds and the corpus, read from ../shared at run time) and texts generated from their
 * sentences and from number phrases of every shape, given once or twice, with duplicated sentences,
 * plan years, dates that are no day, years after asOf, fractions of counts, regions known twice
 * or not at all. And nothing read is lost: every figure in range is in a record or awaits a unit
 * in its document. Replay a failure with FC_SEED (and FC_PATH).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRegionTable } from '../../../src/data/regionTable.ts';
import { parseDataset } from '../../../src/contract/validate.ts';
import { extractReport } from '../../../src/extract/extract.ts';
import { corpusCases, seedCases } from '../../../src/node/extract-cli/reportSets.ts';
import { placeReport } from '../../../src/extract/place.ts';
import { toDataset, type ExtractedDocument } from '../../../src/extract/toDataset.ts';
import { runParams } from './params.ts';

const real = [...seedCases(), ...corpusCases()].map((c) => ({ id: c.id, text: c.source }));
const sentences = real.flatMap((r) => r.text.split(/(?<=[。；\n])/).filter((s) => s.trim().length > 4));

const HEADS = [
  '卫滨区卫生健康委员会',
  '新乡市卫滨区卫生健康委员会',
  '普陀区卫生健康委员会',
  '南山区卫生健康局',
  '金普新区卫生健康局',
  '原区卫生健康局',
  '区卫生健康局',
  '某某县卫生健康局',
  '黎城县卫健局',
  '许昌市卫生健康委员会',
  '海宁市卫生监督所',
  '象山县人民政府',
];
const KINDS = ['关于{y}年法治政府建设情况的报告', '{y}年政府信息公开工作年度报告', '{y}年卫生监督工作总结', '{y}年度行政执法情况报告', ''];
const PHRASES = [
  '共办理行政处罚案件{n}件',
  '立案查处{n}家',
  '当场处罚{n}户',
  '罚款{d}元',
  '罚没款{d}万元',
  '完成率达{p}%',
  '抽检任务{n}家',
  '监督检查{n}户次',
  '办理许可{n}宗',
  '开展普法宣传活动{n}场',
  '发放宣传资料{n}余份',
  '无行政复议和行政诉讼案件',
  '| 行政许可 | {n} | |',
  '| 行政处罚 | {n} | |',
  '行政强制{n}',
  '化解信访积案{d}件',
];

const yearArb = fc.constantFrom(2019, 2021, 2023, 2024, 2025, 2026, 2031);
const fill = (t: string, y: number, n: number, d: number, p: number): string =>
  t.replace('{y}', String(y)).replace('{n}', String(n)).replace('{d}', String(d)).replace('{p}', String(p));

const phraseArb = fc
  .tuple(
    fc.constantFrom(...PHRASES),
    yearArb,
    fc.nat(5000),
    fc.oneof(
      fc.nat(100000),
      fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => Math.round(x * 100) / 100),
    ),
    fc.oneof(fc.nat(100), fc.integer({ min: 101, max: 300 })),
    fc.constantFrom('，', '。', '\n'),
  )
  .map(([t, y, n, d, p, end]) => `${fill(t, y, n, d, p)}${end}`);

const textArb = fc
  .record({
    head: fc.constantFrom(...HEADS),
    kind: fc.constantFrom(...KINDS),
    year: yearArb,
    body: fc.array(fc.oneof(fc.constantFrom(...sentences), phraseArb, fc.constantFrom('“十四五”（2021—2025年）规划', '2025年2月30日')), {
      minLength: 1,
      maxLength: 14,
    }),
    twice: fc.boolean(),
    signature: fc.constantFrom('', '\n某某县卫生健康局\n2025年12月9日', '\n2024年2月30日'),
  })
  .map(({ head, kind, year, body, twice, signature }) => {
    const lines = [`${head}${fill(kind, year, 0, 0, 0)}`, ...body];
    if (twice && body[0]) lines.push(body[0]);
    return `${lines.join('\n')}${signature}`;
  });

const docArb = fc.oneof(
  { weight: 3, arbitrary: textArb.map((text) => ({ id: 'generated', text })) },
  { weight: 1, arbitrary: fc.constantFrom(...real) },
);

describe.skipIf(real.length === 0)('the contract holds for any set of texts', () => {
  it('every joint run passes parseDataset, and every figure in range is kept', async () => {
    const table = await loadRegionTable();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(docArb, fc.boolean()), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('2025-01-31', '2026-02-01', '2026-12-06'),
        (picked, asOf) => {
          const docs: ExtractedDocument[] = picked.flatMap(([d, again]) => {
            const one = { id: d.id, extraction: extractReport(d.text), fileName: `${d.id}.txt` };
            return again ? [one, one] : [one];
          });
          const { dataset } = toDataset(docs, { asOf, place: (u, clues) => placeReport(u, table, clues) });
          const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
          expect(parsed.ok ? [] : parsed.problems).toEqual([]);
          const kept = new Set([
            ...dataset.records.flatMap((r) => (r.evidence ?? []).map((e) => `${e.doc}|${e.quote}`)),
            ...(dataset.documents ?? []).flatMap((d) => (d.awaiting ?? []).map((e) => `${e.doc}|${e.quote}`)),
          ]);
          const ids = (dataset.documents ?? []).map((d) => d.id);
          docs.forEach((d, i) => {
            for (const f of d.extraction.figures) {
              const whole = !['%', '元'].includes(f.unit) ? Number.isInteger(f.value) : true;
              if (whole && !(f.unit === '%' && f.value > 100)) expect(kept.has(`${ids[i] ?? ''}|${f.quote}`), f.quote).toBe(true);
            }
          });
        },
      ),
      runParams(60),
    );
  }, 120_000);

  it('the seeds and the corpus together, and given twice, pass', async () => {
    const table = await loadRegionTable();
    const docs = [...real, ...real].map((r) => ({ id: r.id, extraction: extractReport(r.text), fileName: `${r.id}.txt` }));
    const { dataset } = toDataset(docs, { asOf: '2026-12-06', place: (u, clues) => placeReport(u, table, clues) });
    const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(dataset.documents).toHaveLength(real.length * 2);
  });
});
