/**
 * ECharts' server-side SVG made fit for a page under `style-src 'self'`: no style attribute or
 * element, the font written once, the markup well-formed again (zrender's style="" holds the
 * theme's double-quoted font names).
 */
import { describe, expect, it } from 'vitest';
import { init, use as registerModules } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { BarChart } from 'echarts/charts';
import { GridComponent, GraphicComponent } from 'echarts/components';
import { cspSafeSvg } from '../../../src/charts/svgClean.ts';
import { echartsTheme, fontFamily } from '../../../src/charts/theme.ts';

registerModules([SVGRenderer, BarChart, GridComponent, GraphicComponent]);

function render(): string {
  const chart = init(null, echartsTheme('light'), { renderer: 'svg', ssr: true, width: 400, height: 200 });
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: ['郑州市', '开封市'] },
    yAxis: { type: 'value' },
    graphic: [{ type: 'text', left: 5, top: 5, style: { text: '<标题> & "引号"', fontFamily, fontSize: 13 } }],
    series: [{ type: 'bar', data: [1.23456789, 2], emphasis: { itemStyle: { color: 'red' } } }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('cspSafeSvg', () => {
  it('leaves no style, moves every declaration to its presentation attribute and the font to the root', () => {
    const raw = render();
    // zrender writes the font into a style attribute as the theme gives it: the theme's names are
    // single-quoted (issue 24), so even the raw markup is well-formed.
    expect(raw).toMatch(/style="[^"]*font-family:'PingFang SC'/);
    const out = cspSafeSvg(raw);
    expect(out).not.toMatch(/style=|<style/);
    expect(out).not.toMatch(/ecmeta_|zr\d+-cls-/);
    expect(out).toMatch(/<text[^>]* font-size="13px"/);
    // The theme's font once, on the root, single-quoted.
    expect(out.match(/font-family=/g)).toHaveLength(1);
    expect(out).toMatch(/^<svg font-family="'PingFang SC', 'Microsoft YaHei'/);
    // Well-formed: every attribute value closes where it should.
    for (const tag of out.match(/<[a-z][^>]*>/g) ?? []) expect(tag.replace(/="[^"]*"/g, '')).not.toMatch(/["']/);
    // Text stays text, escaped.
    expect(out).toContain('&lt;标题&gt; &amp; &quot;引号&quot;');
  });

  it('keeps two decimals in attributes, never in text', () => {
    const out = cspSafeSvg('<svg width="10"><rect x="1.23456" y="2" fill="#fff"></rect><text x="3.14159">1.23456</text></svg>');
    expect(out).toContain('x="1.23"');
    expect(out).toContain('x="3.14"');
    expect(out).toContain('>1.23456</text>');
  });

  it('reports a declaration that has no presentation attribute (and drops it)', () => {
    const unknown: string[] = [];
    const out = cspSafeSvg('<svg><text style="font-size:12px;cursor:pointer;">x</text></svg>', (p) => unknown.push(p));
    expect(unknown).toEqual(['cursor']);
    expect(out).toBe('<svg><text font-size="12px">x</text></svg>');
  });
});
