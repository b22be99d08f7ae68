import { describe, expect, it } from 'vitest';
import { isSingleFigure, trendOption } from '../../../src/charts/options/trend.ts';
import { radarAxes, radarOption } from '../../../src/charts/options/radar.ts';
import { nativeChartOf } from '../../../src/export/formats/chartData.ts';
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
  it('keeps a gap a gap in the deck’s native chart', () => {
    const opt = trendOption(
      { years: [2023, 2024, 2025], unit: '件', series: [{ name: '案件', values: [null, 4, null] }] },
      { theme: 'light', lang: 'zh' },
    );
    expect(nativeChartOf(opt, '案件')?.series[0]?.values).toEqual([null, 4, null]);
  });
  it('draws an office’s first year as its value, labelled and centred, not a dot in a corner', () => {
    const input = { years: [2024], unit: '件', series: [{ name: '案件', values: [1499] }] };
    expect(isSingleFigure(input)).toBe(true);
    const opt = trendOption(input, { theme: 'light', lang: 'zh' });
    expect(opt.xAxis).toMatchObject({ boundaryGap: true });
    const series = Array.isArray(opt.series) ? opt.series : [];
    const first: unknown = series[0];
    const label = typeof first === 'object' && first !== null && 'label' in first ? first.label : undefined;
    expect(label).toMatchObject({ show: true });
    const formatter = typeof label === 'object' && label !== null && 'formatter' in label ? label.formatter : undefined;
    expect(typeof formatter === 'function' ? (formatter as (p: { value: number }) => string)({ value: 1499 }) : '').toBe('1,499 件');
    // Two figures, or a gap between them, are a line again: no labels.
    expect(isSingleFigure({ series: [{ values: [3, null, 5] }] })).toBe(false);
    expect(isSingleFigure({ series: [{ values: [null, null] }] })).toBe(false);
  });
  it('leaves a group without a score off the radar instead of drawing it at the centre as 0', () => {
    const input = {
      axes: ['监督检查', '行政处罚', '投诉举报', '学法培训', '普法宣传', '政务服务'],
      series: [
        { name: '杭州市', values: [80, null, 60, 40, null, 70] },
        { name: '同级中位数', values: [50, 50, 50, 50, 50, null] },
      ],
      missing: '—',
    };
    expect(radarAxes(input)).toEqual({ kept: [0, 2, 3], missing: ['行政处罚', '普法宣传', '政务服务'] });
    const opt = radarOption(input, { theme: 'light', lang: 'zh' });
    const radar: unknown = opt.radar;
    const names =
      typeof radar === 'object' && radar !== null && 'indicator' in radar && Array.isArray(radar.indicator) ? radar.indicator : [];
    expect(names.map((i: { name: string }) => i.name)).toEqual(['监督检查', '投诉举报', '学法培训']);
    const series = Array.isArray(opt.series) ? opt.series : [];
    const data: unknown = (series[0] as { data?: unknown }).data;
    expect(data).toMatchObject([{ value: [80, 60, 40] }, { value: [50, 50, 50] }]);
    const values = Array.isArray(data) ? data.flatMap((d: { value: unknown[] }) => d.value) : [];
    expect(values).not.toContain(0);
    expect(values).toHaveLength(6);
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
