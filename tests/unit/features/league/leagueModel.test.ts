import { describe, expect, it } from 'vitest';
import { tinyDataset, valuesFrom } from '../../../../mocks/fixtures/tiny.ts';
import { buildModel } from '../../../../src/domain/model.ts';
import { defaultSettings } from '../../../../src/domain/scoring.ts';
import { buildLeagueRows, rankAllYears, type LeagueRow } from '../../../../src/features/league/leagueData.ts';
import { citiesOf, toolbarSummary, unitLinkQuery, visibleRows } from '../../../../src/features/league/leagueModel.ts';
import { chosenColumns, defaultColumns, leagueStateOf, readLeagueState } from '../../../../src/features/league/leagueState.ts';
import { makeI18n } from '../../../../src/i18n/index.ts';
import { readSearch } from '../../../../src/view/routes.ts';

const ds = tinyDataset();
const model = buildModel({
  ...ds,
  units: [...ds.units, { code: '410704', name: '北站区', level: 'district', parent: '410700' }],
  records: [...ds.records, { unit: '410704', year: 2025, values: valuesFrom({ penalty_cases: 5, random_tasks_completed: 50 }) }],
});
const rows = buildLeagueRows(model, rankAllYears(model, null, 'all', defaultSettings), 2025);
const none = { city: null, query: '', show: 'all' as const, n: 10, recurringOnly: false, belowOnly: false };
const { t } = makeI18n('zh');

describe('league model', () => {
  it('leaves the rows a filter asks for; below-target keeps only units that miss one', () => {
    expect(visibleRows(rows, none)).toHaveLength(rows.length);
    expect(visibleRows(rows, { ...none, query: '北站' }).map((r) => r.unit.code)).toEqual(['410704']);
    expect(visibleRows(rows, { ...none, show: 'top', n: 1 }).every((r) => r.score.rank === 1)).toBe(true);
    const missing: LeagueRow = {
      ...rows[0]!,
      targets: { count: { of: 2, met: 0, notMet: 2, missing: 0, missed: [] }, byIndicator: new Map() },
    };
    expect(visibleRows([missing, ...rows.slice(1)], { ...none, belowOnly: true })).toEqual([missing]);
  });

  it('offers each city once, by code', () => {
    const cities = citiesOf([...rows, ...rows]);
    expect(cities).toEqual([['410700', '新乡市']]);
  });

  it('says in the folded toolbar what is set, and only that', () => {
    const plain = readLeagueState(new URLSearchParams(), new Set(defaultColumns));
    expect(toolbarSummary(plain, [], t)).toBe(`${t('league.norm.raw')} · ${t('league.filter.city.all')}`);
    const set = readLeagueState(new URLSearchParams('peers=all&norm=per_officer&city=410700&q=北&show=top&n=3&recurring=1'), new Set());
    expect(toolbarSummary(set, [['410700', '新乡市']], t)).toBe(
      [
        t('league.peers.all'),
        t('league.norm.per_officer'),
        '新乡市',
        t('phone.league.query', { q: '北' }),
        t('league.filter.show.top').replace('N', '3'),
        t('phone.league.recurring'),
      ].join(' · '),
    );
  });

  it('keeps the view and scoring on a unit link, not the table’s filters', () => {
    expect(unitLinkQuery(new URLSearchParams('year=2025&q=x&lang=en&sort=rank:asc&w=1,2,3,4,5,6&scope=410700'))).toBe(
      'year=2025&lang=en&w=1%2C2%2C3%2C4%2C5%2C6',
    );
  });

  it('takes columns from the link, of those the dataset has; the default set without one', () => {
    const known = new Set(['inspections', 'penalty_cases']);
    expect(chosenColumns(null, known)).toEqual(['inspections', 'penalty_cases']);
    expect(chosenColumns(['penalty_cases', 'nope'], known)).toEqual(['penalty_cases']);
    const state = leagueStateOf(readSearch('league', new URLSearchParams('cols=inspections&sort=name:desc')), known);
    expect(state).toMatchObject({ columns: ['inspections'], sorting: [{ id: 'name', desc: true }], settings: defaultSettings });
  });
});
