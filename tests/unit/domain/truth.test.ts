/**
 * Figures told as they are: coverage against every unit the dataset lists, own figures and area
 * totals never added together, sources read off the evidence, every peer group ranked and a
 * group of one left unranked, a region's dataset opening on its region.
 */
import { describe, expect, it } from 'vitest';
import { aggregateBreakdown, aggregateIndicator } from '../../../src/domain/aggregate.ts';
import { coverageOf } from '../../../src/domain/coverage.ts';
import { buildModel, defaultScope, unitsInScope } from '../../../src/domain/model.ts';
import { defaultSettings, rankUnits } from '../../../src/domain/scoring.ts';
import { sourcesOf, templateFileOf } from '../../../src/domain/sources.ts';
import { templateQuote } from '../../../src/extract/templateRead.ts';
import { cell, HZ, hangzhou, rec } from './regionFixture.ts';

const names = (us: ReadonlyArray<{ name: string }>) => us.map((u) => u.name);

describe('coverage', () => {
  it('counts every unit of the scope the dataset lists and names those that did not report', () => {
    const model = buildModel(hangzhou([rec(HZ.shangcheng, 2024, { penalty_cases: 270 }), rec(HZ.tonglu, 2024, { penalty_cases: 30 })]));
    const c = coverageOf(model, unitsInScope(model, HZ.city), 2024);
    // The city and its six units: the province is a container, not a unit that reports.
    expect(c.of).toBe(7);
    expect(c.reported).toBe(2);
    expect(names(c.missing)).toEqual(['杭州市', '拱墅区', '西湖区', '淳安县', '建德市']);
    expect(c.groups.map((g) => [g.group, g.reported.length, g.reported.length + g.missing.length])).toEqual([
      ['city', 0, 1],
      ['district', 1, 3],
      ['county', 1, 3],
    ]);
    // A figure's coverage has the same denominator, not the units with a record.
    const agg = aggregateIndicator(model, unitsInScope(model, HZ.city), 2024, 'penalty_cases');
    expect([agg.value, agg.reported, agg.of]).toEqual([300, 2, 7]);
  });

  it('counts a province that reported itself', () => {
    const model = buildModel(hangzhou([rec(HZ.province, 2024, { penalty_cases: 1 })]));
    expect(coverageOf(model, unitsInScope(model, HZ.province), 2024).of).toBe(8);
  });
});

describe('own figures and area totals', () => {
  const units = (model: ReturnType<typeof buildModel>) => unitsInScope(model, HZ.city);

  it('adds a city’s own figures (本级) to its units’ and never adds an area total (全市) to them', () => {
    const children = [rec(HZ.shangcheng, 2024, { penalty_cases: 1000 }), rec(HZ.tonglu, 2024, { penalty_cases: 499 })];
    const own = buildModel(hangzhou([rec(HZ.city, 2024, { penalty_cases: 12 }, { extent: 'own' }), ...children]));
    expect(aggregateIndicator(own, units(own), 2024, 'penalty_cases')).toMatchObject({ value: 1511, reported: 3, areas: [] });

    const area = buildModel(hangzhou([rec(HZ.city, 2024, { penalty_cases: 1500 }, { extent: 'area' }), ...children]));
    const agg = aggregateIndicator(area, units(area), 2024, 'penalty_cases');
    expect(agg.value).toBe(1500);
    expect(agg.areas).toHaveLength(1);
    // Both are kept for the screen: the city's 全市 figure and what its units reported (2 of 6).
    expect(agg.areas[0]).toMatchObject({ value: 1500, below: 1499, belowReported: 2, belowOf: 6 });
    expect(agg.areas[0]?.unit.name).toBe('杭州市');
  });

  it('reads a record without extent as own (how 1.0 and 1.1 were summed)', () => {
    const model = buildModel(hangzhou([rec(HZ.city, 2024, { penalty_cases: 12 }), rec(HZ.xihu, 2024, { penalty_cases: 8 })]));
    expect(aggregateIndicator(model, units(model), 2024, 'penalty_cases').value).toBe(20);
  });

  it('averages an area rate as one figure standing for its units', () => {
    const model = buildModel(
      hangzhou([
        rec(HZ.city, 2024, { random_completion_rate: 100 }, { extent: 'area' }),
        rec(HZ.xihu, 2024, { random_completion_rate: 90 }),
        rec(HZ.tonglu, 2024, { random_completion_rate: 80 }),
      ]),
    );
    const agg = aggregateIndicator(model, units(model), 2024, 'random_completion_rate');
    expect(agg.value).toBe(100);
    expect(agg.areas[0]?.below).toBe(85);
  });

  it('an area total below the scope: the province sum takes the city’s 全市 figure once', () => {
    const model = buildModel(
      hangzhou([rec(HZ.city, 2024, { penalty_cases: 1500 }, { extent: 'area' }), rec(HZ.xihu, 2024, { penalty_cases: 700 })]),
    );
    expect(aggregateIndicator(model, unitsInScope(model, HZ.province), 2024, 'penalty_cases').value).toBe(1500);
    // A district scope holds no area total: its own figure.
    expect(aggregateIndicator(model, unitsInScope(model, HZ.xihu), 2024, 'penalty_cases').value).toBe(700);
    // Only the level asked for: the districts alone.
    expect(aggregateIndicator(model, unitsInScope(model, HZ.city, 'district'), 2024, 'penalty_cases').value).toBe(700);
  });

  it('a breakdown of an area total stands for its units’ breakdowns', () => {
    const model = buildModel(
      hangzhou([
        rec(HZ.city, 2024, { penalty_cases: 10 }, { extent: 'area', domains: { penalty_cases: { medical: 10 } } }),
        rec(HZ.xihu, 2024, { penalty_cases: 4 }, { domains: { penalty_cases: { medical: 4 } } }),
      ]),
    );
    const b = aggregateBreakdown(model, units(model), 2024, 'penalty_cases', 'domains');
    expect(b.parts.get('medical')).toBe(10);
    expect(b.reported).toBe(2);
  });
});

describe('sources from the evidence', () => {
  it('counts figures by template file, report and dataset file, a figure with two sources in both', () => {
    const model = buildModel(
      hangzhou([
        rec(
          HZ.shangcheng,
          2024,
          { penalty_cases: 270, training_sessions: 12 },
          { evidence: [cell('杭州市填报.xlsx', 'L8', 'penalty_cases', 270), cell('杭州市填报.xlsx', 'P8', 'training_sessions', 12)] },
        ),
        rec(
          HZ.xihu,
          2024,
          { penalty_cases: 41, publicity_events: 9 },
          {
            evidence: [
              { indicator: 'penalty_cases', doc: 'r-xihu', quote: '办理行政处罚案件41件', value: 41 },
              cell('杭州市填报.xlsx', 'L10', 'penalty_cases', 41),
              // A part of the total is not a source of the total.
              { indicator: 'publicity_events', doc: 'r-xihu', quote: '专题宣讲5场', value: 5, separate: true },
            ],
          },
        ),
      ]),
    );
    const s = sourcesOf(model, unitsInScope(model, HZ.city), [2024]);
    expect(s.figures).toBe(4);
    expect(s.template).toEqual({ figures: 3, files: ['杭州市填报.xlsx'] });
    expect(s.report.figures).toBe(1);
    expect(s.report.documents.map((d) => d.title)).toEqual(['西湖区卫生健康局2024年法治政府建设情况报告']);
    expect(s.both).toBe(1);
    expect(s.dataset).toBe(1);
    expect(s.synthetic).toBe(0);
    expect(s.kinds).toEqual(['report', 'template', 'dataset']);
  });

  it('knows the template reader’s own quote', () => {
    expect(templateFileOf({ quote: templateQuote('模板 (1).xlsx', '填报', 'AB12') }, undefined)).toBe('模板 (1).xlsx');
    expect(templateFileOf({ quote: '全年办理行政处罚案件14件' }, { id: 'x', title: '卫滨区报告' })).toBeNull();
  });

  it('a synthetic dataset’s figures are synthetic, a real report imported into it is a report', () => {
    const ds = hangzhou(
      [
        rec(
          HZ.xihu,
          2024,
          { penalty_cases: 41 },
          { evidence: [{ indicator: 'penalty_cases', doc: 'r-xihu', quote: '行政处罚案件41件', value: 41 }] },
        ),
        rec(HZ.tonglu, 2024, { penalty_cases: 9 }),
      ],
      {},
    );
    ds.meta.synthetic = true;
    ds.documents = [{ id: 'r-xihu', title: '西湖区报告', synthetic: false }];
    const s = sourcesOf(buildModel(ds), unitsInScope(buildModel(ds), HZ.city), [2024]);
    expect([s.report.figures, s.synthetic, s.dataset]).toEqual([1, 1, 0]);
  });
});

describe('peer groups', () => {
  it('ranks each level among its own and leaves a group of one unranked and unscored', () => {
    const model = buildModel(
      hangzhou([
        rec(HZ.city, 2024, { penalty_cases: 5, training_sessions: 4 }, { extent: 'own' }),
        rec(HZ.shangcheng, 2024, { random_completion_rate: 100, training_sessions: 9 }),
        rec(HZ.xihu, 2024, { random_completion_rate: 90, training_sessions: 3 }),
        rec(HZ.tonglu, 2024, { random_completion_rate: 95, training_sessions: 6 }),
        rec(HZ.jiande, 2024, { random_completion_rate: 99, training_sessions: 2 }),
      ]),
    );
    const scores = rankUnits(model, HZ.city, 'all', 2024, defaultSettings);
    const of = (code: string) => scores.find((s) => s.unit.code === code);
    expect(of(HZ.city)).toMatchObject({ rank: null, composite: null, groupSize: 1, peers: 0 });
    expect(of(HZ.shangcheng)).toMatchObject({ peerGroup: 'district', rank: 1, peers: 2 });
    expect(of(HZ.xihu)).toMatchObject({ peerGroup: 'district', rank: 2, peers: 2 });
    // A county-level city is ranked with the counties (县(市)), as the league groups them.
    expect(of(HZ.tonglu)?.peerGroup).toBe('county');
    expect(of(HZ.jiande)).toMatchObject({ peerGroup: 'county', peers: 2 });
  });
});

describe('the scope a dataset opens on', () => {
  it('a region’s dataset opens on its region, not on the province above it', () => {
    expect(defaultScope(buildModel(hangzhou([])))).toBe(HZ.city);
  });

  it('stops at a unit above that reports itself', () => {
    expect(defaultScope(buildModel(hangzhou([rec(HZ.province, 2024, { penalty_cases: 1 })])))).toBe(HZ.province);
  });
});
