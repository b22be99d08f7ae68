/**
 * A deployment's own boundary map: the GeoJSON reader keeps what it can use and names the rest;
 * the choropleth draws one path per unit with the tile map's classes and escaped tooltips.
 */
import { describe, expect, it } from 'vitest';
import { geoMapOption } from '../../../../src/charts/tilemap/geoMapOption.ts';
import { sequentialScale } from '../../../../src/charts/tilemap/scale.ts';
import type { TileDatum } from '../../../../src/charts/tilemap/tileMapOption.ts';
import { codeOf, parseBoundaries, shapesFor } from '../../../../src/domain/geo/boundaries.ts';

const square = (lon: number, lat: number, d = 0.1) => [
  [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ],
];
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const poly = (lon: number, lat: number) => ({ type: 'Polygon', coordinates: square(lon, lat) });

describe('parseBoundaries', () => {
  it('reads codes from adcode, code or gb, numbers or strings, and the 12-digit form', () => {
    expect(codeOf(410703)).toBe('410703');
    expect(codeOf(' 410703 ')).toBe('410703');
    expect(codeOf('410703000000')).toBe('410703');
    expect(codeOf('4107')).toBeNull();
    expect(codeOf('410703001001')).toBeNull();
    const r = parseBoundaries({
      type: 'FeatureCollection',
      features: [
        feature({ adcode: 410702, name: '红旗区' }, poly(113.8, 35.3)),
        feature({ code: '410703' }, { type: 'MultiPolygon', coordinates: [square(113.9, 35.3), square(114.2, 35.3)] }),
        feature({ gb: '410711000000' }, poly(114.0, 35.3)),
      ],
    });
    if (!r.ok) throw new Error('refused');
    expect(r.value.shapes.map((s) => s.code)).toEqual(['410702', '410703', '410711']);
    expect(r.value.shapes[0]?.name).toBe('红旗区');
    expect(r.value.shapes[1]?.rings).toHaveLength(2);
    expect(r.skipped).toEqual([]);
    // North is up: the larger latitude has the smaller y.
    const ring = r.value.shapes[0]?.rings[0] ?? [];
    const ys = ring.map((p) => p[1]);
    expect(Math.min(...ys)).toBeCloseTo(-35.4);
  });

  it('names each feature it cannot use, with where and why, and keeps the rest', () => {
    const r = parseBoundaries(
      {
        type: 'FeatureCollection',
        features: [
          feature({ dm: '410702' }, poly(113.8, 35.3)),
          feature({ name: '无代码' }, poly(113.8, 35.3)),
          feature({ dm: '410703' }, { type: 'LineString', coordinates: [] }),
          feature({ dm: '410704' }, { type: 'Polygon', coordinates: square(12_000_000, 4_000_000, 1000) }),
          feature({ dm: '410702' }, poly(113.9, 35.3)),
          'not a feature',
        ],
      },
      'dm',
    );
    if (!r.ok) throw new Error('refused');
    expect(r.value.shapes.map((s) => s.code)).toEqual(['410702']);
    expect(r.skipped.map((p) => [p.path, p.code])).toEqual([
      ['features[1]', 'no_code'],
      ['features[2]', 'bad_geometry'],
      ['features[3]', 'not_lon_lat'],
      ['features[4]', 'duplicate_code'],
      ['features[5]', 'bad_geometry'],
    ]);
  });

  it('a codeProperty that names something every object inherits ("constructor", "__proto__") reads nothing, and says so', () => {
    const json = { type: 'FeatureCollection', features: [feature({ adcode: 410702, name: '红旗区' }, poly(113.8, 35.3))] };
    for (const key of ['constructor', '__proto__', 'toString']) {
      expect(parseBoundaries(json, key)).toEqual({ ok: false, problems: [{ path: 'features[0]', code: 'no_code', detail: '' }] });
    }
    // A property of that name the file itself has is read like any other.
    const own = JSON.parse(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"constructor":"410702"},"geometry":null}]}',
    ) as unknown;
    expect(parseBoundaries(own, 'constructor')).toMatchObject({ ok: false, problems: [{ path: 'features[0]', code: 'bad_geometry' }] });
  });

  it('refuses what is no feature collection, or has nothing usable', () => {
    expect(parseBoundaries({ type: 'Topology' })).toEqual({
      ok: false,
      problems: [{ path: '', code: 'not_feature_collection', detail: 'Topology' }],
    });
    const none = parseBoundaries({ type: 'FeatureCollection', features: [] });
    expect(none.ok ? [] : none.problems.map((p) => p.code)).toEqual(['no_features']);
    const unusable = parseBoundaries({ type: 'FeatureCollection', features: [feature({}, poly(1, 1))] });
    expect(unusable.ok ? [] : unusable.problems.map((p) => p.code)).toEqual(['no_code']);
  });

  it('thins a dense ring to what a screen shows, keeping it closed', () => {
    // 100,000 points on a circle of 1° (an ellipse 1.64 × 2 once projected at 35° N): at 4,000 px
    // across the map the outline is ~14,000 px long, so no more points than that are kept.
    const n = 100_000;
    const dense = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [113 + Math.cos(a), 35 + Math.sin(a)];
    });
    dense.push(dense[0] ?? [113, 35]);
    const r = parseBoundaries({
      type: 'FeatureCollection',
      features: [feature({ adcode: 410000 }, { type: 'Polygon', coordinates: [dense] })],
    });
    if (!r.ok) throw new Error('refused');
    const ring = r.value.shapes[0]?.rings[0] ?? [];
    expect(ring.length).toBeLessThan(14_200);
    expect(ring.length).toBeGreaterThan(1000);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });
});

describe('geoMapOption', () => {
  const r = parseBoundaries({
    type: 'FeatureCollection',
    features: [feature({ adcode: '410702' }, poly(113.8, 35.3)), feature({ adcode: '410703' }, poly(113.9, 35.3))],
  });
  if (!r.ok) throw new Error('refused');
  const shapes = shapesFor(r.value, ['410703', '410702', '419999']);
  const data = new Map<string, TileDatum>([['410703', { value: 70, display: '70', quote: '"卫滨"<b>引文</b>' }]]);
  const scale = sequentialScale(
    [20, 40, 60, 80],
    String,
    (x) => `< ${x}`,
    (x) => `≥ ${x}`,
  );
  const input = {
    shapes,
    data,
    scale,
    names: new Map([['410702', '红旗区<img src=x onerror=alert(1)>']]),
    legendTitle: '综合得分',
    labels: { value: '数值', rank: '名次', quote: '原文', missing: '缺数据' },
  };

  it('draws the units of the map in its order, missing ones hatched, with the legend', () => {
    expect(shapes.map((s) => s.code)).toEqual(['410703', '410702']);
    const option = geoMapOption(input, { theme: 'light', lang: 'zh' });
    const series = option.series as Array<{ data: Array<{ value: number[] }> }>;
    expect(series[0]?.data.map((d) => d.value[1])).toEqual([3, -1]);
    const graphic = option.graphic as Array<{ style?: { text?: string } }>;
    expect(graphic.map((g) => g.style?.text).filter(Boolean)).toEqual(['综合得分', '< 20', '20–40', '40–60', '60–80', '≥ 80', '缺数据']);
  });

  it('escapes names and quotes in the tooltip', () => {
    const option = geoMapOption(input, { theme: 'dark', lang: 'zh' });
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const missing = tooltip.formatter({ seriesIndex: 0, dataIndex: 1 });
    expect(missing).toContain('红旗区&lt;img src=x onerror=alert(1)&gt;');
    expect(missing).not.toContain('<img');
    expect(missing).toContain('缺数据');
    const real = tooltip.formatter({ seriesIndex: 0, dataIndex: 0 });
    expect(real).toContain('&lt;b&gt;引文&lt;/b&gt;');
  });
});
