/**
 * The briefing of a city office's partial year says what is true of its data: coverage against
 * every unit listed with the others named, sources as the evidence gives them, the city's 全市
 * figure never added to its units' and shown beside them, every level ranked, a group of one not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../../../src/domain/model.ts';
import { defaultSettings } from '../../../../src/domain/scoring.ts';
import { buildBriefing } from '../../../../src/export/briefing/briefing.ts';
import { wordsFor } from '../../../../src/export/briefing/sentences.ts';
import { loadLang } from '../../../../src/i18n/index.ts';
import { cell, HZ, hangzhou, rec } from '../../domain/regionFixture.ts';

beforeAll(() => loadLang('en'));

const FILE = '杭州市填报.xlsx';
const fromTemplate = (unit: string, row: number, values: Record<string, number>) =>
  rec(unit, 2024, values, {
    evidence: Object.entries(values).map(([id, v], i) => cell(FILE, `${String.fromCharCode(67 + i)}${row}`, id, v)),
  });

function model() {
  return buildModel(
    hangzhou([
      rec(HZ.city, 2024, { penalty_cases: 1500 }, { extent: 'area', evidence: [cell(FILE, 'C7', 'penalty_cases', 1500)] }),
      fromTemplate(HZ.shangcheng, 8, { penalty_cases: 270, training_sessions: 12, random_completion_rate: 100 }),
      rec(
        HZ.xihu,
        2024,
        { penalty_cases: 41, training_sessions: 5, random_completion_rate: 96 },
        { evidence: [{ indicator: 'penalty_cases', doc: 'r-xihu', quote: '办理行政处罚案件41件', value: 41 }] },
      ),
      fromTemplate(HZ.tonglu, 11, { penalty_cases: 30, training_sessions: 4, random_completion_rate: 90 }),
      fromTemplate(HZ.jiande, 13, { penalty_cases: 25, training_sessions: 6, random_completion_rate: 98 }),
    ]),
  );
}

const whole = {
  scope: HZ.city,
  level: 'all' as const,
  year: 2024,
  settings: defaultSettings,
  parts: ['overview', 'league', 'weaknesses'] as const,
};

describe('a city office’s partial year, in the briefing', () => {
  const b = () => buildBriefing({ model: model(), ...whole, parts: [...whole.parts] }, wordsFor('zh'));

  it('counts coverage against every unit listed and names those that did not report', () => {
    const brief = b();
    expect(brief.intro).toBe(
      '现将杭州市2024年卫生健康系统法治建设有关情况通报如下。' +
        '杭州市共有7个单位应报送2024年度数据（市1个、区3个、县(市)3个），已报送5个（市1个、区2个、县(市)2个），未报送2个（名单见“未报送单位”）。',
    );
    expect(brief.missing).toEqual({ title: '未报送单位（2个）', lines: ['区（1个）：拱墅区', '县(市)（1个）：淳安县'] });
  });

  it('states the sources as the evidence gives them, with the template’s file', () => {
    // 13 figures: 10 with a template cell, 1 with a report's quote, 2 (西湖区's other two) with none.
    expect(b().sources).toBe(
      `本文所用2024年数字共13项，其中10项取自填报模板（${FILE}）；2项仅见于数据集文件“杭州市2024年法治建设”，无原文出处；1项取自1份报告原文（引文见附件）。`,
    );
    expect(b().mixedSources).toBe(true);
    expect(b().sources).not.toContain('公开的年度报告');
  });

  it('never adds the city’s 全市 figure to its units’ and shows both', () => {
    const overall = b().sections[0]?.paragraphs.join('') ?? '';
    expect(overall).toContain('行政处罚案件1,500件（7个单位中5个报送，上年无可比数据）。');
    expect(overall).toContain('其中杭州市报送的是全市数1,500件，其下辖单位自报合计366件（6个单位中4个报送）。');
  });

  it('ranks every level present among its own, says how many each holds, and leaves a group of one unranked', () => {
    const brief = b();
    const league = brief.sections.find((s) => s.part === 'league')?.paragraphs ?? [];
    expect(league[0]).toBe('按同级比较，各层级分别排名：');
    expect(league[1]).toMatch(/^区共3个，2个报送，2个参与排名；综合得分依次为上城区（[\d.]+分）、西湖区（[\d.]+分）。$/);
    expect(league[2]).toMatch(/^县\(市\)共3个，2个报送，2个参与排名；综合得分依次为建德市（[\d.]+分）、桐庐县（[\d.]+分）。$/);
    expect(league[3]).toBe('市共1个，只有杭州市报送，同级没有可比较的单位，不排名。');
    expect(brief.league.map((t) => t.title)).toEqual(['杭州市2024年区综合得分排名', '杭州市2024年县(市)综合得分排名']);
    // Sources mix, so each table says where its units' figures came from.
    expect(brief.league[0]?.source).toBe(`数据来源：填报模板（${FILE}）3项、数据集文件（无原文）2项、1份报告原文1项`);
  });

  it('a unit page of the city says whose figures it gave and who under it reported', () => {
    const unit = buildBriefing({ model: model(), ...whole, parts: ['unit'], unit: HZ.city }, wordsFor('zh'));
    const text = unit.sections[0]?.paragraphs.join('') ?? '';
    expect(text).toContain('杭州市是市中唯一报送2024年度数据的单位，同级没有可比较的单位，不排名。');
    expect(text).toContain('杭州市报送的是全市数（含下辖单位）。');
    expect(text).toContain('杭州市共有6个单位应报送2024年度数据（区3个、县(市)3个），已报送4个');
    expect(unit.missing.lines).toEqual([]);
  });

  it('says the same in English', () => {
    const en = buildBriefing({ model: model(), ...whole, parts: [...whole.parts] }, wordsFor('en'));
    expect(en.intro).toContain('5 of the 7 units of 杭州市 expected to report for 2024 (City 1, District 3, County 3) have reported');
    expect(en.sources).toContain(`10 come from fill-in templates (${FILE})`);
    expect(en.missing.lines).toEqual(['District (1): 拱墅区', 'County (1): 淳安县']);
  });
});
