// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalise, quoteOf, sentences } from '../../../src/extract/text.ts';

describe('normalise', () => {
  it('converts full-width digits and signs and drops spaces between CJK and digits', () => {
    expect(normalise('持证率达 １００％，共 ３ 次').text).toBe('持证率达100%，共3次');
  });

  it('keeps one space between two ASCII words', () => {
    expect(normalise('LED 电子屏 12 345').text).toBe('LED电子屏12 345');
  });

  it('joins lines broken inside a sentence and keeps paragraph ends', () => {
    const raw = '1.依法落实防控职责。严格依据\n\n要求，2025\n\n年处置事件 1起，做到规范。\n\n2.强化监管。';
    expect(normalise(raw).text).toBe('1.依法落实防控职责。严格依据要求，2025年处置事件1起，做到规范。\n2.强化监管。');
  });

  it('drops page furniture', () => {
    expect(normalise('第一段落的文字，\n- 2 -\n接着写。').text).toBe('第一段落的文字，接着写。');
  });

  it('maps every normalised span back to an exact substring of the original', () => {
    const raw = ' 查任务 82件，完成\n\n17 件。受益机\n\n构 80余家';
    const nt = normalise(raw);
    const at = nt.text.indexOf('17件');
    const q = quoteOf(nt, at, at + 3);
    expect(q.quote).toBe('17 件');
    expect(raw.slice(q.start, q.end)).toBe(q.quote);
    const b = nt.text.indexOf('受益机构');
    const q2 = quoteOf(nt, b, b + 8);
    expect(q2.quote).toBe('受益机\n\n构 80余家');
  });

  it('splits sentences on 。；！？ and paragraph ends', () => {
    const s = sentences('甲。乙；丙\n丁');
    expect(s.map((x) => 'x'.repeat(x.end - x.start))).toHaveLength(4);
  });
});
