import { describe, expect, it } from 'vitest';
import { trendOption } from '../../../src/charts/options/trend.ts';
import { stackedBarsOption } from '../../../src/charts/options/bars.ts';
import { escapeHtml, tooltipHtml } from '../../../src/charts/escape.ts';

describe('chart option builders', () => {
  it('keeps a missing year as a gap, not zero', () => {
    const opt = trendOption(
      { years: [2023, 2024, 2025], unit: '件', series: [{ name: '案件', values: [3, null, 5] }] },
      { theme: 'light', lang: 'zh' },
    );
    const series = Array.isArray(opt.series) ? opt.series : [];
    expect(series[0]).toMatchObject({ type: 'line', data: [3, null, 5], connectNulls: false });
  });
  it('caps a rate axis at 100', () => {
    const opt = trendOption({ years: [2025], unit: '%', series: [{ name: 'r', values: [99] }] }, { theme: 'dark', lang: 'en' });
    expect(opt.yAxis).toMatchObject({ min: 0, max: 100 });
  });
  it('marks recurring bars with a pattern as well as a colour', () => {
    const opt = stackedBarsOption([{ key: 'a', label: 'A', parts: [2, 1] }], ['recurring', 'new'], { theme: 'light', lang: 'zh' });
    const series = Array.isArray(opt.series) ? opt.series : [];
    expect(series[0]).toMatchObject({ itemStyle: { decal: { symbol: 'rect' } } });
    expect(series[1]).toMatchObject({ itemStyle: { decal: { symbol: 'none' } } });
  });
});

describe('tooltip escaping', () => {
  it('renders names and quotes as text', () => {
    const html = tooltipHtml('<img src=x onerror=alert(1)>', [{ label: '<script>x</script>', value: '"=1+1"' }]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`'\``)).toBe('&#39;&#96;');
    expect(html).not.toMatch(/style=/);
  });
});
