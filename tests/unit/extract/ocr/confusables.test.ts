import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDigits } from '../../../../src/extract/ocr/confusables.ts';

describe('readDigits: what OCR reads in place of digits, read back where a number surrounds it', () => {
  it.each([
    ['2O25年', '2025年'],
    ['2o25年', '2025年'],
    ['罚款1〇0元', '罚款100元'],
    ['检查l5次', '检查15次'],
    ['办理I2件', '办理12件'],
    ['共3|6户', '共316户'],
    ['罚没18.2536方元', '罚没18.2536万元'],
    ['发放5方余份', '发放5万余份'],
    ['受理投诉1一件', '受理投诉11件'],
    ['立案2一5件', '立案215件'],
    ['发放宣传资料近干份', '发放宣传资料近千份'],
    ['发送提醒1干余条', '发送提醒1千余条'],
  ])('%s → %s', (read, meant) => {
    expect(readDigits(read)).toBe(meant);
  });

  it.each([
    ['二〇二五年', 'Chinese numerals keep their 〇'],
    ['通过ISO9001认证', 'a Latin word keeps its letters'],
    ['1一3月开展专项整治', 'a range of months whose dash was read as 一'],
    ['《实施方案（2021一2025年）》', 'a range of years'],
    ['各方面工作，面积300平方米', '方 that is not 万'],
    ['第一季度，一是加强', '一 as a word'],
    ['OK，Office', 'Latin words with no digit'],
    ['若干意见，干部10人，近干预', '干 that is not 千'],
    ['卫健字[2025]47号', 'a bracket a number is in'],
    ['处置突发事件1]起，检查208]户次', '] for a 1 and ] beside a 1 look alike: neither is guessed'],
  ])('%s stays (%s)', (text) => {
    expect(readDigits(text)).toBe(text);
  });

  it('changes one character for one: the offsets of every quote still hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789〇Oolll一方干]近[万元件次余年月ISO 平面，。') }), (s) => {
        const out = readDigits(s);
        expect(out).toHaveLength(s.length);
        for (let i = 0; i < s.length; i++) if (out[i] !== s[i]) expect('〇Ool|I一方干').toContain(s[i]);
      }),
    );
  });
});
