// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuantities, parseChineseNumeral, scaleDecimal } from '../../../src/extract/numbers.ts';
import { maskQuoted, normalise } from '../../../src/extract/text.ts';

/** Quantities of a raw text, as the extractor sees them (normalised first). */
function quantities(raw: string) {
  const { text } = normalise(raw);
  return findQuantities(text, maskQuoted(text)).map((q) => ({ value: q.value, unit: q.unit, approx: q.approx }));
}

describe('number grammar', () => {
  it.each([
    ['发放宣传资料近千份', 1000, '份', true],
    ['现场解答法律咨询达百余人次', 100, '人次', true],
    ['共开展服务22余次', 22, '次', true],
    ['全年印发宣传资料5万余份', 50000, '份', true],
    ['共计罚款金额18.2536万元', 182536, '元', false],
    ['没收违法所得6.2036万元', 62036, '元', false],
    ['罚没款20余万元', 200000, '元', true],
    ['持证率达１００％', 100, '%', false],
    ['受理投诉1,609件', 1609, '件', false],
    ['发放手册 630 余份', 630, '份', true],
    ['累计开展二十余次', 20, '次', true],
    ['开展两场宣讲', 2, '场', false],
    ['覆盖上千人', 1000, '人', true],
    ['约300家', 300, '家', true],
    ['审核率百分之百', 100, '%', false],
    ['调解成功率达95%以上', 95, '%', true],
  ])('%s → %d %s', (raw, value, unit, approx) => {
    expect(quantities(raw)).toEqual([{ value, unit, approx }]);
  });

  it('reads a number and its unit broken across a PDF line break', () => {
    expect(quantities('进企业”活动 22 \n\n场，发\n\n放宣传资料近千份。')).toEqual([
      { value: 22, unit: '场', approx: false },
      { value: 1000, unit: '份', approx: true },
    ]);
  });

  it('parses Chinese numerals and scales decimals exactly', () => {
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('一百二十')).toBe(120);
    expect(parseChineseNumeral('三万五千')).toBe(35000);
    expect(parseChineseNumeral('千')).toBe(1000);
    expect(scaleDecimal('18.2536', 4)).toBe(182536);
    expect(scaleDecimal('1.5', 8)).toBe(150000000);
  });

  it.each([
    ['ordinals', '一是成立领导小组，二是健全制度，第一责任人职责，第3次会议，（5）坚持以法润城'],
    ['dates', '2025年，截止10月底，2025年12月9日，2021-2025年'],
    ['document numbers', '卫滨卫健字〔2025〕47号，新卫〔2024〕18号'],
    ['phone numbers and hotlines', '依托12345县长公开电话和监督举报电话2984515，联系电话：13812345678'],
    ['legal articles', '依据《行政处罚法》第三十二条、第5条规定'],
    ['idioms with numerals', '“三项制度”，一站式服务，一户一档，二次供水，四张清单，一个窗口，千家万户'],
    ['durations and ages', '3个月内，5个工作日，年龄均在50岁以上，12.4宪法日'],
  ])('does not read %s as figures', (_label, raw) => {
    expect(quantities(raw)).toEqual([]);
  });
});
