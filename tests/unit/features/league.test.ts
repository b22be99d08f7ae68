import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/domain/model.ts';
import { defaultSettings } from '../../../src/domain/scoring.ts';
import { buildLeagueRows, filterLeagueRows, rankAllYears } from '../../../src/features/league/leagueData.ts';
import { defaultColumns, formatSorting, parseSorting, readLeagueState } from '../../../src/features/league/leagueState.ts';
import { formatWeights, parseWeights } from '../../../src/view/scoringParams.ts';
import { leagueExportTable } from '../../../src/features/league/exportLeague.ts';
import { makeI18n } from '../../../src/i18n/index.ts';
import { pageCoverage } from '../../../src/export/registry/docInfo.ts';
import { resolveView } from '../../../src/view/view.ts';
import { tinyDataset, valuesFrom } from '../../../mocks/fixtures/tiny.ts';
import type { Dataset } from '../../../src/contract/schema.ts';

/** Tiny, with a second district: a peer group of one is not ranked, so the district needs a peer. */
function withSecondDistrict(ds: Dataset): Dataset {
  return {
    ...ds,
    units: [...ds.units, { code: '410704', name: '北站区', level: 'district', parent: '410700' }],
    records: [
      ...ds.records,
      { unit: '410704', year: 2024, values: valuesFrom({ penalty_cases: 3, random_tasks_completed: 40, random_completion_rate: 90 }) },
      { unit: '410704', year: 2025, values: valuesFrom({ penalty_cases: 5, random_tasks_completed: 50, random_completion_rate: 95 }) },
    ],
  };
}

const model = buildModel(withSecondDistrict(tinyDataset()));
const rows = buildLeagueRows(model, rankAllYears(model, null, 'all', defaultSettings), 2025);
const all = { city: null, query: '', show: 'all' as const, n: 10, recurringOnly: false };

describe('league rows', () => {
  it('ranks each peer group on its own, a group of one unranked, and keeps rank history', () => {
    const byCode = (code: string) => rows.find((r) => r.unit.code === code);
    expect(['410703', '410704', '410721'].map((c) => [c, byCode(c)?.score.peerGroup, byCode(c)?.score.rank])).toEqual([
      ['410703', 'district', 1],
      ['410704', 'district', 2],
      ['410721', 'county', null],
    ]);
    expect(byCode('410703')?.history).toEqual([
      { year: 2024, rank: 1, peers: 2 },
      { year: 2025, rank: 1, peers: 2 },
    ]);
    expect(byCode('410703')?.movement).toBe(0);
  });
  it('flags recurring weaknesses (reported this year and last)', () => {
    expect(rows.find((r) => r.unit.code === '410703')?.recurring).toEqual(['understaffed']);
    expect(rows.find((r) => r.unit.code === '410721')?.recurring).toEqual([]);
    expect(filterLeagueRows(rows, { ...all, recurringOnly: true }).map((r) => r.unit.code)).toEqual(['410703']);
  });
  it('filters by name, code prefix and city', () => {
    expect(filterLeagueRows(rows, { ...all, query: '卫滨' }).map((r) => r.unit.code)).toEqual(['410703']);
    expect(filterLeagueRows(rows, { ...all, query: '41072' }).map((r) => r.unit.code)).toEqual(['410721']);
    expect(filterLeagueRows(rows, { ...all, city: '410700' })).toHaveLength(3);
    expect(filterLeagueRows(rows, { ...all, city: '411000' })).toHaveLength(0);
  });
});

describe('league state in the URL', () => {
  it('round-trips weights and multi-sort, and refuses nonsense', () => {
    const w = { ...defaultSettings.weights, training: 40 };
    expect(parseWeights(formatWeights(w))).toEqual(w);
    expect(parseWeights('1,2,3')).toEqual(defaultSettings.weights);
    expect(parseWeights('1,2,3,4,5,-6')).toEqual(defaultSettings.weights);
    const s = [
      { id: 'composite', desc: true },
      { id: 'name', desc: false },
    ];
    expect(parseSorting(formatSorting(s))).toEqual(s);
    const state = readLeagueState(
      new URLSearchParams('norm=per_officer&peers=all&cols=penalty_cases,nope&show=top&n=5&recurring=1'),
      new Set(defaultColumns.concat('penalty_cases')),
    );
    expect(state).toMatchObject({
      columns: ['penalty_cases'],
      show: 'top',
      n: 5,
      recurringOnly: true,
      settings: { normalisation: 'per_officer', peers: 'all' },
    });
  });
});

describe('league export table', () => {
  it('carries the rows, columns, basis, scope, year and source as on screen', () => {
    const t = leagueExportTable({
      model,
      rows,
      columnIds: ['rank', 'name', 'composite', 'i.penalty_cases', 'i.random_completion_rate'],
      norm: 'raw',
      scopeName: '河南省',
      year: 2025,
      meta: model.dataset.meta,
      i18n: makeI18n('zh'),
      exportedAt: new Date('2026-02-01T08:00:00Z'),
      coverage: pageCoverage(resolveView(['league'], new URLSearchParams('year=2025'), model), model, 'zh'),
    });
    expect(t.columns.map((c) => [c.header, c.kind])).toEqual([
      ['名次', 'rank'],
      ['单位', 'text'],
      ['综合得分', 'decimal'],
      ['行政处罚案件（件）', 'integer'],
      ['双随机任务完成率（%）', 'percent'],
    ]);
    expect(t.rows[0]).toEqual([1, '卫滨区', expect.any(Number), 14, 100]);
    expect(t.meta).toEqual(
      expect.arrayContaining([
        ['范围', '河南省'],
        ['年度', '2025'],
        ['数据性质', '演示数据（合成）'],
        // Who reported of every unit listed (新乡市 itself did not), and where the figures came from.
        ['报送情况', '4个单位中3个报送了2025年度数据；未报送：新乡市'],
        ['数字来源（据引文）', '合成演示数据13项'],
      ]),
    );
  });
});
