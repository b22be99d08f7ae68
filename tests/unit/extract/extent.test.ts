// @vitest-environment node
/**
 * Whose figures a city's report gives, read off its wording: the seeds and the corpus are read
 * from ../shared at run time (never copied in).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract.ts';
import { extentFor, readExtent } from '../../../src/extract/extent.ts';
import { toDataset, type RegionRef } from '../../../src/extract/toDataset.ts';
import { parseDataset } from '../../../src/contract/validate.ts';

const shared = (path: string): string => fileURLToPath(new URL(`../../../../shared/${path}`, import.meta.url));
const seeds = process.env.SEEDS_DIR ?? shared('seeds/');
const corpus = process.env.CORPUS_DIR ?? shared('corpus/');
const read = (path: string): string | null => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/** Figures placed at every occurrence of their number, as the extractor places a quote. */
function placed(text: string, quotes: string[]) {
  return quotes.map((q) => {
    const start = text.indexOf(q);
    return { start, end: start + q.length };
  });
}

describe('whose figures a report gives', () => {
  it('许昌 speaks for the whole city (我市随机监督检查抽查数1609户)', () => {
    const text = read(`${seeds}001_065932e1516d24f0.txt`);
    if (text === null) return;
    expect(extractReport(text).extent).toBe('area');
  });

  it('秦皇岛: 全市 and 我市 before most of its figures, 我委 before a few', () => {
    const text = read(`${corpus}reports/21_qinhuangdao_2025.txt`);
    if (text === null) return;
    expect(extractReport(text).extent).toBe('area');
  });

  it('the nearest word before a figure in its sentence decides; no word, no reading', () => {
    const own = '我委组织法治专题学习6次，举办执法培训4次。';
    expect(readExtent(own, placed(own, ['学习6次', '培训4次']))).toBe('own');
    const near = '我委牵头推进“一件事”改革，全市累计办理该项业务6771件。';
    expect(readExtent(near, placed(near, ['办理该项业务6771件']))).toBe('area');
    const cityOwn = '市本级办理行政处罚案件12件。';
    expect(readExtent(cityOwn, placed(cityOwn, ['案件12件']))).toBe('own');
    // A sentence before does not speak for the next one.
    const apart = '全市卫生健康系统扎实推进依法行政。组织学法活动6次。';
    expect(readExtent(apart, placed(apart, ['学法活动6次']))).toBeNull();
    // A tie goes to the area (an area total added again is the worse mistake).
    const tie = '全市办理案件30件。我委组织培训2次。';
    expect(readExtent(tie, placed(tie, ['案件30件', '培训2次']))).toBe('area');
  });

  it('applies only to a unit with units under it', () => {
    expect(extentFor('city', 'area')).toBe('area');
    expect(extentFor('province', 'own')).toBe('own');
    expect(extentFor('county', 'area')).toBeNull();
    expect(extentFor('district', 'own')).toBeNull();
  });

  it('goes into the record, and the dataset says 1.2', () => {
    const text =
      '某某市卫生健康委员会\n关于2024年法治政府建设情况的报告\n2024年，全市共办理行政处罚案件1500件，全市双随机抽查任务完成率100%。';
    const chain: RegionRef[] = [
      { code: '140400', name: '某某市', level: 'city', parent: '140000' },
      { code: '140000', name: '某某省', level: 'province', parent: null },
    ];
    const { dataset } = toDataset([{ id: 'doc1', extraction: extractReport(text) }], { asOf: '2025-01-31', resolve: () => chain });
    expect(dataset.records[0]?.extent).toBe('area');
    expect(dataset.schemaVersion).toBe(1.2);
    expect(parseDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
  });
});
