/**
 * Every chart the app exports as SVG, drawn by ECharts' SVG renderer in server-side mode (what
 * render.ts does for an export) and read back by a strict XML parser. The tile map's export was
 * malformed: its font family carried double quotes into style="font-family:…".
 * (tests/e2e/exports.e2e.ts opens every chart's exported SVG in Chromium and ImageMagick.)
 */
import { describe, expect, it } from 'vitest';
import { init, use as registerModules } from 'echarts/core';
import { BarChart, CustomChart, HeatmapChart, LineChart, RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { tileMapOption, type TileDatum } from '../../../../src/charts/tilemap/tileMapOption.ts';
import { sequentialScale } from '../../../../src/charts/tilemap/scale.ts';
import { echartsTheme } from '../../../../src/charts/theme.ts';
import type { Tile } from '../../../../src/domain/tiles/layout.ts';
import type { ChartOption } from '../../../../src/charts/types.ts';
import { defsFirst } from '../../../../src/export/chart/layout.ts';

registerModules([
  AriaComponent,
  BarChart,
  CustomChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

function svgOf(option: ChartOption, theme: Record<string, unknown> = echartsTheme('light')): string {
  const chart = init(null, theme, { renderer: 'svg', ssr: true, width: 800, height: 600 });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent ?? ''}`);
  return doc;
}

describe('SVG exports are well-formed XML', () => {
  const tiles: Tile[] = [
    { code: '410702', col: 0, row: 0, group: '410700', name: '红旗区' },
    { code: '410703', col: 1, row: 0, group: '410700', name: '卫滨区"><script>alert(1)</script>' },
    { code: '410802', col: 0, row: 1, group: '410800', name: '解放区' },
  ];
  const data = new Map<string, TileDatum>([
    ['410702', { value: 12, display: '12', rank: '2 / 2' }],
    ['410703', { value: 88.5, display: '88.5', rank: '1 / 2' }],
  ]);
  const scale = sequentialScale(
    [20, 40, 60, 80],
    String,
    (x) => `< ${x}`,
    (x) => `≥ ${x}`,
  );

  it('the tile map, with its labels, legend and a hostile unit name', () => {
    const option = tileMapOption(
      {
        tiles,
        data,
        scale,
        legendTitle: '综合"得分"',
        labels: { value: '数值', rank: '名次', quote: '原文', missing: '缺数据' },
        national: false,
      },
      { theme: 'light', lang: 'zh' },
    );
    const svg = svgOf(option);
    const doc = parse(svg);
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('红旗'); // tiles carry short names
    expect(texts).toContain('综合"得分"');
    // The font family survives inside the attribute, not cut off at a quote.
    const styled = [...doc.getElementsByTagName('text')].map((t) => t.getAttribute('style') ?? '').find((s) => s.includes('font-family'));
    expect(styled).toMatch(/PingFang SC.*sans-serif/);
  });

  it('bars, lines, a heatmap and a radar with the theme font', () => {
    const options: ChartOption[] = [
      { xAxis: { type: 'category', data: ['a"b', 'c'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [1, 2] }] },
      {
        legend: {},
        xAxis: { type: 'category', data: ['2024', '2025'] },
        yAxis: { type: 'value' },
        series: [{ name: '"x"', type: 'line', data: [1, 2] }],
      },
      {
        xAxis: { type: 'category', data: ['a', 'b'] },
        yAxis: { type: 'category', data: ['c', 'd'] },
        visualMap: { min: 0, max: 1, show: false },
        series: [
          {
            type: 'heatmap',
            data: [
              [0, 0, 1],
              [1, 1, 0],
            ],
            label: { show: true },
          },
        ],
      },
      {
        radar: {
          indicator: [
            { name: '甲', max: 1 },
            { name: '乙', max: 1 },
            { name: '丙', max: 1 },
          ],
        },
        series: [{ type: 'radar', data: [{ value: [1, 0.5, 0.2] }] }],
      },
    ];
    for (const option of options) parse(svgOf(option));
  });
});

describe('defsFirst', () => {
  it('moves the patterns a chart uses before their first use, leaving the rest as it was', () => {
    const option: ChartOption = {
      aria: { enabled: true, decal: { show: true } },
      xAxis: { type: 'category', data: ['a', 'b', 'c'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [1, 2, 3] }],
    };
    const svg = svgOf(option);
    const moved = defsFirst(svg);
    expect(moved.length).toBe(svg.length);
    const firstUse = moved.indexOf('url(#');
    const pattern = moved.indexOf('<pattern');
    expect(pattern).toBeGreaterThan(0);
    if (firstUse >= 0) expect(pattern).toBeLessThan(firstUse);
    parse(moved);
    expect(defsFirst('<svg><rect/></svg>')).toBe('<svg><rect/></svg>');
  });
});
