import { beforeAll, describe, expect, it } from 'vitest';
import { loadLang } from '../../../src/i18n/index.ts';
import { formatChange, formatFixed } from '../../../src/i18n/change.ts';

// English is loaded on first use in the app; these tests ask for it themselves.
beforeAll(() => loadLang('en'));

describe('formatChange: the arrow and the sign follow the rounded figure', () => {
  it('a rate change that rounds to nothing is level, with no arrow (was "▼ 较上年 0pt")', () => {
    expect(formatChange({ absolute: -0.04, relative: -0.04 }, '%', 'zh', { compact: true })).toEqual({
      dir: 'flat',
      arrow: '',
      amount: '持平',
    });
    expect(formatChange({ absolute: 0.049, relative: 0.05 }, '%', 'en')).toEqual({ dir: 'flat', arrow: '', amount: 'level' });
  });
  it('a count change that rounds to 0.0% is level (was "▲ 较上年 0%")', () => {
    expect(formatChange({ absolute: 12, relative: 0.026 }, '人', 'zh')).toEqual({ dir: 'flat', arrow: '', amount: '持平' });
  });
  it('rates in percentage points, one decimal, singular and plural in English', () => {
    expect(formatChange({ absolute: -1.26, relative: null }, '%', 'zh')).toEqual({ dir: 'down', arrow: '▼', amount: '−1.3 个百分点' });
    expect(formatChange({ absolute: 1, relative: 1 }, '%', 'en')).toEqual({ dir: 'up', arrow: '▲', amount: '+1 pt' });
    expect(formatChange({ absolute: 2.5, relative: 3 }, '%', 'en')).toEqual({ dir: 'up', arrow: '▲', amount: '+2.5 pts' });
    expect(formatChange({ absolute: 2.5, relative: 3 }, '%', 'zh', { compact: true }).amount).toBe('+2.5pt');
  });
  it('counts in %, one decimal; against a previous 0, the absolute change in whole numbers', () => {
    expect(formatChange({ absolute: 1234, relative: 12.345 }, '件', 'zh')).toEqual({ dir: 'up', arrow: '▲', amount: '+12.3%' });
    expect(formatChange({ absolute: -3, relative: -0.06 }, '件', 'en')).toEqual({ dir: 'down', arrow: '▼', amount: '−0.1%' });
    expect(formatChange({ absolute: 4, relative: null }, '件', 'zh')).toEqual({ dir: 'up', arrow: '▲', amount: '+4' });
    expect(formatChange({ absolute: 0, relative: null }, '件', 'zh')).toEqual({ dir: 'flat', arrow: '', amount: '持平' });
  });
  it('thousands are grouped as the reader expects', () => {
    expect(formatChange({ absolute: 45599, relative: null }, '人', 'en').amount).toBe('+45,599');
  });
});

describe('formatFixed: one precision per column', () => {
  it('keeps the decimals a column shows, and a zero has no sign', () => {
    expect(formatFixed(73, 'zh', 1)).toBe('73.0');
    expect(formatFixed(74.44, 'zh', 1)).toBe('74.4');
    expect(formatFixed(-0.04, 'en', 1)).toBe('0.0');
    expect(formatFixed(1234.5, 'en', 2)).toBe('1,234.50');
  });
});
