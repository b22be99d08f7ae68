import { describe, expect, it } from 'vitest';
import { borderSegments, tileLabel, tileMapOption, type TileDatum } from '../../../../src/charts/tilemap/tileMapOption.ts';
import { fontFamily } from '../../../../src/charts/theme.ts';
import { niceBreaks, sequentialScale } from '../../../../src/charts/tilemap/scale.ts';
import { cellKey, neighbours, toAxial, fromAxial } from '../../../../src/domain/tiles/hex.ts';
import type { Tile } from '../../../../src/domain/tiles/layout.ts';

const tiles: Tile[] = [
  { code: '410702', col: 0, row: 0, group: '410700', name: '红旗区' },
  { code: '410703', col: 1, row: 0, group: '410700', name: '卫滨区' },
  { code: '410802', col: 0, row: 1, group: '410800', name: '<img src=x onerror=alert(1)>' },
];
const scale = sequentialScale(
  [20, 40, 60, 80],
  String,
  (x) => `< ${x}`,
  (x) => `≥ ${x}`,
);
const labels = { value: '数值', rank: '名次', quote: '原文', missing: '缺数据' };

function tooltipOf(option: ReturnType<typeof tileMapOption>, dataIndex: number): string {
  const tooltip = option.tooltip;
  const formatter = !Array.isArray(tooltip) && tooltip && typeof tooltip.formatter === 'function' ? tooltip.formatter : null;
  if (!formatter) throw new Error('no formatter');
  return String(formatter({ seriesIndex: 0, dataIndex } as never, '', () => undefined));
}

describe('hex grid', () => {
  it('has six neighbours that are neighbours back, and axial round trips', () => {
    for (const c of [
      [3, 4],
      [3, 5],
      [0, 0],
    ] as const) {
      const ns = neighbours(c);
      expect(new Set(ns.map(cellKey)).size).toBe(6);
      for (const n of ns) expect(neighbours(n).map(cellKey)).toContain(cellKey(c));
      const [q, r] = toAxial(c);
      expect(fromAxial(q, r)).toEqual(c);
    }
  });
});

describe('tile map option', () => {
  const data = new Map<string, TileDatum>([
    ['410702', { value: 0, display: '0', rank: '3 / 3' }],
    ['410703', { value: 88.5, display: '88.5', rank: '1 / 3', quote: '2025年共办理行政处罚案件 14件' }],
  ]);
  const option = tileMapOption({ tiles, data, scale, legendTitle: '综合得分', labels, national: false }, { theme: 'light', lang: 'zh' });

  it('puts each tile in a class, zero in the lowest and missing apart from every class', () => {
    const series = Array.isArray(option.series) ? option.series : [];
    expect(series[0]).toMatchObject({
      type: 'custom',
      data: [{ name: '红旗区', value: [0, 0] }, { name: '卫滨区', value: [1, 4] }, { value: [2, -1] }],
    });
  });

  it('writes the legend as round class breaks and a missing swatch', () => {
    const texts = (Array.isArray(option.graphic) ? option.graphic : []).flatMap((g) =>
      g && typeof g === 'object' && 'style' in g && g.style && typeof g.style === 'object' && 'text' in g.style
        ? [String(g.style.text)]
        : [],
    );
    expect(texts).toEqual(['综合得分', '< 20', '20–40', '40–60', '60–80', '≥ 80', '缺数据']);
  });

  it("draws every text, tile labels and legend alike, in the app's font, not the canvas default", () => {
    // A text without fontFamily is drawn in zrender's "12px sans-serif": on Linux that is a Latin font,
    // so each Chinese name goes through per-glyph fallback (2–12 ms a name, measured) and looks unlike the page.
    const texts: Array<Record<string, unknown>> = [];
    const collect = (el: unknown): void => {
      if (!el || typeof el !== 'object') return;
      const e = el as { type?: string; style?: Record<string, unknown>; children?: unknown[] };
      if (e.type === 'text' && e.style) texts.push(e.style);
      for (const c of e.children ?? []) collect(c);
    };
    for (const g of Array.isArray(option.graphic) ? option.graphic : []) collect(g);
    const series = Array.isArray(option.series) ? option.series : [];
    const renderItem = (series[0] as { renderItem?: (p: unknown, api: unknown) => unknown }).renderItem;
    const api = { getWidth: () => 800, getHeight: () => 600 };
    for (let i = 0; i < tiles.length; i++) collect(renderItem?.({ dataIndex: i }, api));
    expect(texts.filter((s) => typeof s.text === 'string' && /区|红旗/.test(s.text)).length).toBeGreaterThan(0);
    expect(texts.length).toBeGreaterThanOrEqual(7 + tiles.length);
    for (const style of texts) expect(style.fontFamily, String(style.text)).toBe(fontFamily);
  });

  it('escapes names in the tooltip and carries value, rank and quote', () => {
    expect(tooltipOf(option, 1)).toContain('2025年共办理行政处罚案件 14件');
    expect(tooltipOf(option, 1)).toContain('1 / 3');
    const hostile = tooltipOf(option, 2);
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('缺数据');
    expect(hostile).not.toMatch(/style=/);
  });

  it('draws city outlines only between cities and at the edge', () => {
    const segs = borderSegments(tiles, false);
    // 3 tiles × 6 edges = 18; 红旗–卫滨 share one edge inside 新乡 (not drawn), and the 新乡–焦作 edges are drawn once.
    const shared = 2; // 410802 touches both 410702 and 410703
    expect(segs).toHaveLength(18 - 2 - shared);
  });

  it('shortens tile labels to the name without its ending', () => {
    expect(tileLabel('卫滨区')).toBe('卫滨');
    expect(tileLabel('新县')).toBe('新县');
    expect(tileLabel('孟村回族自治县')).toBe('孟村回');
  });
});

describe('class breaks', () => {
  it('are round and increasing', () => {
    const b = niceBreaks([1, 3, 7, 12, 18, 26, 33, 41, 57, 64, 77, 93, 120, 150, 188]);
    expect(b.every((x, i) => i === 0 || x > (b[i - 1] ?? 0))).toBe(true);
    for (const x of b) expect(Number(x.toPrecision(2))).toBe(x);
  });
});

describe('legend in a narrow panel', () => {
  const input = { tiles, data: new Map<string, TileDatum>(), scale, legendTitle: '综合得分', labels, national: false };
  const rects = (o: ReturnType<typeof tileMapOption>) =>
    (o.graphic as Array<{ type: string; left: number; bottom: number; shape?: { width: number } }>).filter((g) => g.type === 'rect');

  it('wraps its swatches onto rows inside the width instead of running off the edge', () => {
    const wide = rects(tileMapOption(input, { theme: 'light', lang: 'zh' }));
    expect(new Set(wide.map((r) => r.bottom)).size).toBe(1);
    const narrow = rects(tileMapOption({ ...input, legendWidth: 220 }, { theme: 'light', lang: 'zh' }));
    expect(narrow).toHaveLength(wide.length);
    expect(new Set(narrow.map((r) => r.bottom)).size).toBeGreaterThan(1);
    // Every swatch and its label (≤ 5 characters at 12 px here) starts inside the width.
    for (const r of narrow) expect(r.left + (r.shape?.width ?? 0)).toBeLessThanOrEqual(220);
  });
});
