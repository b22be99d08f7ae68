// @vitest-environment node
/** What a text is and who issued it, from its own title and body (sentences written for the test). */
import { describe, expect, it } from 'vitest';
import { loadRegionTable } from '../../../src/data/regionTable.ts';
import { parseDataset } from '../../../src/contract/validate.ts';
import { extractReport } from '../../../src/extract/extract.ts';
import { placeReport } from '../../../src/extract/place.ts';
import { toDataset } from '../../../src/extract/toDataset.ts';

const TABLE =
  '本报告根据《中华人民共和国政府信息公开条例》编制。\n第二十条第（六）项\n| 信息内容 | 本年处理决定数量 |\n| 行政处罚 | 1203 |\n| 行政强制 | 41 |';

describe('kind and issuer', () => {
  it('a commission’s 年报, its enforcement arm’s, and a whole government’s are told apart', () => {
    const own = extractReport(`黎城县卫生健康局2024年政府信息公开工作年度报告\n${TABLE}`);
    expect([own.kind, own.issuer]).toEqual(['disclosure_report', 'commission']);
    const arm = extractReport(`黎城县卫生健康综合监督执法局2024年政府信息公开工作年度报告\n${TABLE}`);
    expect([arm.kind, arm.issuer]).toEqual(['disclosure_report', 'enforcement_arm']);
    const gov = extractReport(`黎城县人民政府2024年政府信息公开工作年度报告\n${TABLE}`);
    expect([gov.kind, gov.issuer]).toEqual(['disclosure_report', 'government']);
    const bare = extractReport(`黎城县2024年政府信息公开工作年度报告\n${TABLE}`);
    expect(bare.issuer).toBe('government');
  });
  it('a whole government’s figures never become the commission’s record: they await, said so', async () => {
    const table = await loadRegionTable();
    const gov = extractReport(`黎城县人民政府2024年政府信息公开工作年度报告\n${TABLE}`);
    const { dataset, skipped } = toDataset([{ id: 'gov', extraction: gov }], {
      asOf: '2025-06-30',
      place: (u, clues) => placeReport(u, table, clues),
    });
    expect(dataset.records).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(['whole_government']);
    expect(dataset.documents?.[0]).toMatchObject({
      kind: 'disclosure_report',
      issuer: 'government',
      title: '黎城县人民政府2024年政府信息公开工作年度报告',
    });
    expect(dataset.documents?.[0]?.awaiting?.map((e) => [e.indicator, e.value])).toEqual([
      ['penalty_cases', 1203],
      ['coercive_measures', 41],
    ]);
    expect(parseDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
  });
  it('the title is the text’s own or the file name, never one composed', () => {
    const x = extractReport('2024年，县卫生健康局办理行政处罚案件5件。');
    expect(x.title).toBeNull();
    const { dataset } = toDataset([{ id: 'a', extraction: x, fileName: '某县2024年执法情况.txt' }], {
      asOf: '2025-06-30',
      resolve: () => null,
    });
    expect(dataset.documents?.[0]?.title).toBe('某县2024年执法情况');
  });
  it('a supervision summary and a news item are what they say they are', () => {
    expect(extractReport('某某区2024年卫生监督工作总结\n全年立案查处12家。').kind).toBe('supervision_summary');
    expect(extractReport('近日，区卫生监督所开展游泳场所专项检查，共检查18家。').kind).toBe('news');
  });
});
