/**
 * The unit page's figures on the tiny dataset: 卫滨区 (district) and 新乡县 (county) are each
 * alone in their peer group within 河南, so peers are added where a comparison needs them.
 */
import { describe, expect, it } from 'vitest';
import { radarOption } from '../../../src/charts/options/radar.ts';
import type { Dataset } from '../../../src/contract/schema.ts';
import { buildModel } from '../../../src/domain/model.ts';
import { compareWithPeers, peersOf } from '../../../src/domain/peers.ts';
import { defaultSettings, defaultWeights } from '../../../src/domain/scoring.ts';
import { buildUnitPage, figureGroups, scoringSettingsFrom } from '../../../src/features/unit/unitData.ts';
import { unitHref } from '../../../src/view/unitHref.ts';
import { tinyDataset, valuesFrom } from '../../../mocks/fixtures/tiny.ts';

/** The tiny dataset with two more districts in 新乡市 (penalty cases 6 and 30) and one in 山西. */
function withPeers(): Dataset {
  const d = tinyDataset();
  d.units.push(
    { code: '410702', name: '红旗区', level: 'district', parent: '410700' },
    { code: '410704', name: '凤泉区', level: 'district', parent: '410700' },
    { code: '140000', name: '山西省', level: 'province', parent: null },
    { code: '140105', name: '小店区', level: 'district', parent: '140000' },
  );
  d.records.push(
    { unit: '410702', year: 2025, values: valuesFrom({ penalty_cases: 6, publicity_events: 30 }) },
    { unit: '410704', year: 2025, values: valuesFrom({ penalty_cases: 30, publicity_events: 10 }) },
    { unit: '140105', year: 2025, values: valuesFrom({ penalty_cases: 1000 }) },
  );
  return d;
}

const model = buildModel(withPeers());
const unit = (code: string) => {
  const u = model.unitByCode.get(code);
  if (!u) throw new Error(code);
  return u;
};

describe('peers', () => {
  it('are the same peer group within the province, the unit included', () => {
    expect(
      peersOf(model, unit('410703'))
        .map((u) => u.name)
        .sort(),
    ).toEqual(['凤泉区', '卫滨区', '红旗区'].sort());
    expect(peersOf(model, unit('410721')).map((u) => u.name)).toEqual(['新乡县']);
  });
  it('give the median of the others and the percentile among all who reported', () => {
    const ind = model.indicatorById.get('penalty_cases');
    const up = model.indicatorById.get('publicity_events');
    if (!ind || !up) throw new Error('catalogue');
    const peers = peersOf(model, unit('410703'));
    // penalty_cases (context): others 6, 30 → median 18; 14 among [6, 14, 30] beats 1 of 2 → 50
    expect(compareWithPeers(model, unit('410703'), peers, 2025, ind)).toEqual({
      value: 14,
      approx: false,
      median: 18,
      reported: 2,
      percentile: 50,
    });
    // publicity_events (↑): 22 among [10, 22, 30] → 50; median of others 20
    expect(compareWithPeers(model, unit('410703'), peers, 2025, up)).toMatchObject({ value: 22, median: 20, percentile: 50 });
    // a lone reporter has no percentile
    expect(compareWithPeers(model, unit('410721'), peersOf(model, unit('410721')), 2025, ind)).toMatchObject({
      value: 4,
      median: null,
      reported: 0,
      percentile: null,
    });
  });
});

describe('buildUnitPage', () => {
  const data = buildUnitPage(model, '410703', 2025, defaultSettings);
  it('says who the unit is', () => {
    expect(data?.unit.name).toBe('卫滨区');
    expect(data?.chain.map((u) => u.name)).toEqual(['河南省', '新乡市']);
    expect(data?.size).toEqual({ officers: 10, entities: 500, population: 200000 });
    expect(data?.peerScope?.name).toBe('河南省');
    expect(data?.peerCount).toBe(3);
    expect(data?.hasRecord).toBe(true);
  });
  it('lists every indicator of the catalogue by group, a missing one as null', () => {
    const rows = data?.groups.flatMap((g) => g.rows) ?? [];
    expect(rows).toHaveLength(model.dataset.indicators.length);
    expect(rows.find((r) => r.indicator.id === 'training_sessions')?.comparison.value).toBeNull();
  });
  it('scores the unit among its peers and gives their median group score', () => {
    expect(data?.score?.unit.code).toBe('410703');
    expect(data?.score?.peers).toBe(3);
    // publicity: 卫滨 22 among [30, 10] → 50; the median of the three districts' scores [50, 100, 0] → 50
    expect(data?.score?.groups.publicity).toBe(50);
    expect(data?.peerGroupScores.publicity).toBe(50);
  });
  it('has five-year trends of key indicators and a rank for each year', () => {
    expect(data?.trends.map((t) => t.indicator.id)).toEqual([
      'random_tasks_completed',
      'penalty_cases',
      'complaints_handled_rate',
      'publicity_events',
    ]);
    // The dataset starts in 2024: earlier years are not gaps on the axis, they are not in the data.
    expect(data?.trends[1]?.years).toEqual([2024, 2025]);
    expect(data?.trends[1]?.values).toEqual([10, 14]);
    expect(data?.ranks.map((r) => r.year)).toEqual([2024, 2025]);
  });
  it('lists the weaknesses over the years with their quotes, recurring ones marked', () => {
    expect(data?.weaknesses.map((w) => [w.category.id, w.years, w.recurring])).toEqual([
      ['understaffed', [2024, 2025], true],
      ['aging_team', [2025], false],
    ]);
    expect(data?.weaknesses[0]?.quotes.map((q) => [q.year, q.items.length])).toEqual([
      [2025, 1],
      [2024, 0],
    ]);
  });
  it("groups the year's quoted figures by indicator, other:* figures after the catalogue", () => {
    const d = withPeers();
    d.records[2]?.evidence?.push({ indicator: 'other:issues_rectified', doc: 'doc-a', quote: '督促整改问题 2个', value: 2, unit: '项' });
    const m = buildModel(d);
    expect(figureGroups(m, unit('410703'), 2025).map((f) => [f.id, f.items.length])).toEqual([
      ['penalty_cases', 1],
      ['other:issues_rectified', 1],
    ]);
  });
  it('is null for a code not in the dataset', () => {
    expect(buildUnitPage(model, '999999', 2025, defaultSettings)).toBeNull();
  });
});

describe('settings and links', () => {
  it("reads the league's weights from the URL, falling back to the defaults", () => {
    expect(scoringSettingsFrom(new URLSearchParams('w=10,10,10,10,10,50&norm=per_officer&peers=all'))).toEqual({
      weights: { inspections: 10, penalties: 10, complaints: 10, training: 10, publicity: 10, services: 50 },
      normalisation: 'per_officer',
      peers: 'all',
    });
    expect(scoringSettingsFrom(new URLSearchParams('w=1,2&norm=bad')).weights).toEqual(defaultWeights);
    expect(scoringSettingsFrom(new URLSearchParams('norm=bad')).normalisation).toBe('raw');
  });
  it("links to a unit page keeping the view's settings but not the heatmap's mode", () => {
    expect(unitHref('410703', new URLSearchParams('year=2025&lang=en&mode=year'))).toBe('#/units/410703?year=2025&lang=en');
  });
  it('escapes names in the radar tooltip', () => {
    const opt = radarOption(
      { axes: ['<b>', '无得分'], series: [{ name: '<img src=x onerror=alert(1)>', values: [40, null] }], missing: '—' },
      { theme: 'dark', lang: 'zh' },
    );
    const tooltip = opt.tooltip;
    const formatter = tooltip && !Array.isArray(tooltip) && typeof tooltip.formatter === 'function' ? tooltip.formatter : null;
    const html = String(formatter?.({ dataIndex: 0 } as never, '', () => undefined));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<img');
    // A group without a score is not on the chart at all (the panel names it), so not in its tooltip.
    expect(html).not.toContain('无得分');
  });
});
