/**
 * The heatmap's rows and cells on the tiny dataset (卫滨区 reported understaffing in 2024 and
 * 2025 and an aging team in 2025; 新乡县 understaffing in 2025) and on generated scopes too
 * large to read unit by unit.
 */
import { describe, expect, it } from 'vitest';
import { heatmapOption } from '../../../src/charts/options/heatmap.ts';
import type { Dataset, Unit, UnitYearRecord } from '../../../src/contract/schema.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../../src/domain/catalogue.ts';
import { buildModel } from '../../../src/domain/model.ts';
import { buildHeatmap, cellEvidence, MAX_UNIT_ROWS, readMode } from '../../../src/features/weaknesses/heatmapData.ts';
import { cellLabel, heatmapView } from '../../../src/features/weaknesses/heatmapView.ts';
import { makeI18n } from '../../../src/i18n/index.ts';
import { tinyDataset, valuesFrom } from '../../../mocks/fixtures/tiny.ts';
import { hostileDataset, payloads } from '../../../mocks/fixtures/hostile.ts';

const tiny = buildModel(tinyDataset());
const col = (id: string) => defaultWeaknessCategories.findIndex((c) => c.id === id);

describe('buildHeatmap on the tiny dataset', () => {
  const count = buildHeatmap(tiny, '410000', 'all', 2025, 'count');
  it('lists the units with a record in the window, by burden, without a header for a single city', () => {
    expect(count.aggregation).toBe('unit');
    expect(count.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(count.rows.map((r) => [r.name, r.kind, r.burden])).toEqual([
      ['卫滨区', 'unit', 3],
      ['新乡县', 'unit', 1],
    ]);
  });
  it('counts the years reported and marks two consecutive years as recurring', () => {
    const weibin = count.rows[0];
    const understaffed = weibin?.cells[col('understaffed')];
    expect(understaffed).toMatchObject({ value: 2, recurring: 1, years: [2024, 2025], run: 2 });
    expect(weibin && understaffed && cellLabel(weibin, understaffed, count)).toBe('2↻');
    const aging = weibin?.cells[col('aging_team')];
    expect(weibin && aging && cellLabel(weibin, aging, count)).toBe('1');
    expect(count.totals[col('understaffed')]).toBe(2);
    expect(count.totals[col('aging_team')]).toBe(1);
    expect(count.totals[col('funding')]).toBe(0);
  });
  it("shows this year's presence in year mode", () => {
    const year = buildHeatmap(tiny, '410000', 'all', 2025, 'year');
    const [weibin, xinxiang] = year.rows;
    expect(weibin && cellLabel(weibin, weibin.cells[col('understaffed')] ?? weibin.cells[0]!, year)).toBe('✓↻');
    expect(weibin && cellLabel(weibin, weibin.cells[col('aging_team')]!, year)).toBe('✓');
    expect(xinxiang && cellLabel(xinxiang, xinxiang.cells[col('understaffed')]!, year)).toBe('✓');
    expect(xinxiang && cellLabel(xinxiang, xinxiang.cells[col('funding')]!, year)).toBe('');
    // In 2024 新乡县 has a record without weaknesses; the window still starts in 2020.
    const y2024 = buildHeatmap(tiny, '410000', 'all', 2024, 'year');
    expect(y2024.rows.find((r) => r.code === '410703')?.cells[col('understaffed')]).toMatchObject({ value: 1, recurring: 0 });
  });
  it('filters by level', () => {
    expect(buildHeatmap(tiny, '410000', 'county', 2025, 'count').rows.map((r) => r.name)).toEqual(['新乡县']);
  });
  it('reads the mode from the URL, counting by default', () => {
    expect(readMode('year')).toBe('year');
    expect(readMode(null)).toBe('count');
    expect(readMode('<x>')).toBe('count');
  });
  it('gives the quotes behind a cell year by year, newest first', () => {
    const weibin = count.rows[0];
    const category = defaultWeaknessCategories[col('understaffed')];
    if (!weibin || !category) throw new Error('fixture');
    const ev = cellEvidence(tiny, weibin, category, count.years);
    expect(ev.byYear.map((y) => [y.year, y.units.map((u) => u.name), y.items.map((i) => i.evidence.quote)])).toEqual([
      [2025, ['卫滨区'], ['卫生监督执法力量不足']],
      [2024, ['卫滨区'], []],
    ]);
  });
});

/** `cities` cities of `per` counties each; county k of every city reports understaffing in 2024 and 2025 when k is even. */
function large(cities: number, per: number, provinces = 1): Dataset {
  const units: Unit[] = [];
  const records: UnitYearRecord[] = [];
  for (let p = 0; p < provinces; p++) {
    const prov = String(41 + p).padStart(2, '0');
    units.push({ code: `${prov}0000`, name: `省${p}`, level: 'province', parent: null });
    for (let c = 1; c <= cities; c++) {
      const city = `${prov}${String(c).padStart(2, '0')}00`;
      units.push({ code: city, name: `市${p}-${c}`, level: 'city', parent: `${prov}0000` });
      for (let k = 1; k <= per; k++) {
        const code = `${prov}${String(c).padStart(2, '0')}${String(20 + k).padStart(2, '0')}`;
        units.push({ code, name: `县${p}-${c}-${k}`, level: 'county', parent: city });
        const w = k % 2 === 0 ? ['understaffed'] : [];
        records.push({ unit: code, year: 2024, values: valuesFrom({}), weaknesses: w });
        records.push({ unit: code, year: 2025, values: valuesFrom({}), weaknesses: c === 1 ? [...w, 'funding'] : w });
      }
    }
  }
  return {
    schemaVersion: 1,
    meta: { id: 'large', name: { zh: '大范围（合成）', en: 'Large (synthetic)' }, synthetic: true, asOf: '2026-01-01' },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    units,
    records,
  };
}

describe('buildHeatmap on scopes too large to read', () => {
  it(`groups a city's units under a header row when there are ${MAX_UNIT_ROWS} or fewer`, () => {
    const model = buildModel(large(3, 4));
    const data = buildHeatmap(model, '410000', 'all', 2025, 'count');
    expect(data.aggregation).toBe('unit');
    // city 1 has the funding weakness too: the highest mean burden, first; headers precede their units
    expect(data.rows.map((r) => r.kind).slice(0, 5)).toEqual(['header', 'unit', 'unit', 'unit', 'unit']);
    expect(data.rows[0]?.name).toBe('市0-1');
    expect(data.rows[1]?.burden).toBe(3);
  });
  it('rows become cities above the limit, a cell the share of units reporting', () => {
    const model = buildModel(large(4, 16)); // 64 counties
    const data = buildHeatmap(model, '410000', 'all', 2025, 'count');
    expect(data.aggregation).toBe('city');
    expect(data.units).toHaveLength(64);
    expect(data.rows.map((r) => r.name)).toEqual(['市0-1', '市0-2', '市0-3', '市0-4']);
    const first = data.rows[0];
    expect(first?.cells[col('understaffed')]).toMatchObject({ value: 50, units: 8, of: 16, recurring: 8 });
    expect(first?.cells[col('funding')]).toMatchObject({ value: 100, units: 16, of: 16, recurring: 0 });
    expect(first && cellLabel(first, first.cells[col('understaffed')]!, data)).toBe('8/16↻');
    expect(data.totals[col('understaffed')]).toBe(32);
  });
  it('rows become provinces when even the cities are too many', () => {
    const model = buildModel(large(31, 2, 2)); // 62 cities, 124 counties
    const data = buildHeatmap(model, null, 'all', 2025, 'count');
    expect(data.aggregation).toBe('province');
    expect(data.rows.map((r) => r.code).sort()).toEqual(['410000', '420000']);
  });
});

describe('heatmapView', () => {
  const i18n = makeI18n('zh');
  const data = buildHeatmap(tiny, '410000', 'all', 2025, 'count');
  const view = heatmapView(data, i18n);
  it('adds a totals row and maps every cell back to its row and column', () => {
    expect(view.input.rows).toEqual(['410703', '410721', 'total']);
    expect(view.labels.map((l) => l.kind)).toEqual(['unit', 'unit', 'total']);
    expect(view.input.cells).toHaveLength(3 * defaultWeaknessCategories.length);
    expect(view.refs[col('understaffed')]).toEqual({ rowKey: '410703', col: col('understaffed') });
    expect(view.refs[view.refs.length - 1]).toBeNull();
    const total = view.input.cells[2 * defaultWeaknessCategories.length + col('understaffed')];
    expect(total).toMatchObject({ total: true, label: '2' });
  });
  it('escapes hostile names in the tooltip', () => {
    const hostile = buildModel(hostileDataset());
    const hv = heatmapView(buildHeatmap(hostile, '410000', 'all', 2025, 'count'), i18n);
    const option = heatmapOption(hv.input, { theme: 'light', lang: 'zh' });
    const tooltip = option.tooltip;
    const formatter = tooltip && !Array.isArray(tooltip) && typeof tooltip.formatter === 'function' ? tooltip.formatter : null;
    if (!formatter) throw new Error('no formatter');
    const html = hv.input.cells.map((_, i) => String(formatter({ dataIndex: i } as never, '', () => undefined))).join('');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg');
    expect(html).toContain(payloads.formula.replace(/"/g, '&quot;'));
  });
});
