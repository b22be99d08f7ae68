// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractReport, type Extraction } from '../../../src/extract/extract.ts';

const pick = (x: Extraction) =>
  x.figures.map((f) => ({
    indicator: f.indicator,
    value: f.value,
    ...(f.domain ? { domain: f.domain } : {}),
    ...(f.scope ? { scope: f.scope } : {}),
  }));

function expectExactQuotes(source: string, x: Extraction): void {
  for (const f of [...x.figures, ...x.weaknesses]) {
    expect(f.end).toBeGreaterThan(f.start);
    expect(source.slice(f.start, f.end)).toBe(f.quote);
  }
}

/** A made-up report in the usual shape (not a seed): title, body, shortcomings, plans. */
const REPORT = `某某市某某区卫生健康局
关于2024年度法治政府建设工作情况的报告

2024年，区卫生健康局深入学习贯彻习近平法治思想，现将有关情况报告如下：
一、主要工作成效
（一）强化学法用法。全年组织集中学法12场次，举办法治培训班3期，参训人员达260人次。
（二）强化综合监管。全年共立案查处违法案件45件，其中医疗卫生30件，公共场所卫生10件，生活饮用水5件，罚款人民币31.2万元，没收违法所得1.4万元。
（三）国家下达双随机抽查任务218件，完成218件。省级双随机抽查任务56件，完成56件。
（四）受理投诉举报156件，投诉举报办结率100%。本年度无行政复议和行政诉讼案件。
（五）全年开展普法宣传活动36场，发放宣传资料1.2万份，现场解答群众咨询3500余人次。
二、存在的问题
一是执法力量不足，执法人员年龄均在50岁以上。二是普法宣传形式较为单一。三是信息化建设滞后。
三、下一步工作打算
力争2025年新增执法人员5名，开展普法活动40场。`;

describe('extractReport', () => {
  const x = extractReport(REPORT);

  it('reads the unit, year and title', () => {
    expect(x.unit).toMatchObject({ name: '某某区卫生健康局', region: '某某区', level: 'district', parentRegion: '某某市' });
    expect(x.year).toBe(2024);
    expect(x.title).toBe('关于2024年度法治政府建设工作情况的报告');
    expect(x.isReport).toBe(true);
  });

  it('reads figures, breakdowns, scopes and stated zeros', () => {
    expect(pick(x)).toEqual([
      { indicator: 'study_sessions', value: 12 },
      { indicator: 'training_sessions', value: 3 },
      { indicator: 'trained_person_times', value: 260 },
      { indicator: 'penalty_cases', value: 45 },
      { indicator: 'penalty_cases', value: 30, domain: 'medical' },
      { indicator: 'penalty_cases', value: 10, domain: 'public_places' },
      { indicator: 'penalty_cases', value: 5, domain: 'drinking_water' },
      { indicator: 'fines_yuan', value: 312000 },
      { indicator: 'confiscated_yuan', value: 14000 },
      { indicator: 'random_tasks_assigned', value: 218, scope: 'national' },
      { indicator: 'random_tasks_completed', value: 218, scope: 'national' },
      { indicator: 'random_tasks_assigned', value: 56, scope: 'provincial' },
      { indicator: 'random_tasks_completed', value: 56, scope: 'provincial' },
      { indicator: 'complaints_received', value: 156 },
      { indicator: 'complaints_handled_rate', value: 100 },
      { indicator: 'reconsideration_cases', value: 0 },
      { indicator: 'litigation_cases', value: 0 },
      { indicator: 'publicity_events', value: 36 },
      { indicator: 'materials_distributed', value: 12000 },
      { indicator: 'consultations', value: 3500 },
    ]);
    expect(x.figures.find((f) => f.indicator === 'consultations')?.approx).toBe(true);
  });

  it("does not read next year's targets as figures", () => {
    expect(x.figures.some((f) => f.value === 40 || (f.value === 5 && f.indicator !== 'penalty_cases'))).toBe(false);
  });

  it('reads the weaknesses of the shortcomings section', () => {
    expect(new Set(x.weaknesses.map((w) => w.category))).toEqual(
      new Set(['understaffed', 'aging_team', 'publicity_monotonous', 'informatization']),
    );
  });

  it('quotes exact substrings of the input at their offsets', () => {
    expectExactQuotes(REPORT, x);
  });

  it('reads a report with no title line', () => {
    const y = extractReport(
      '2023年，某某县卫健局以习近平法治思想为指导，现将全年工作情况报告如下：\n一、主要举措\n全年组织集中学法20余次，全年印发宣传资料5万余份。',
    );
    expect(y.unit).toMatchObject({ region: '某某县', level: 'county' });
    expect(y.title).toBeNull();
    expect(y.year).toBe(2023);
    expect(pick(y)).toEqual([
      { indicator: 'study_sessions', value: 20 },
      { indicator: 'materials_distributed', value: 50000 },
    ]);
  });

  it('finds neither unit nor figures in a text from another field', () => {
    const y = extractReport(
      '今年以来，我区交通运输局共检修道路12条，新增公交线路3条，乘客满意；全年开展安全生产检查，天气晴好时游客达到5万余人。',
    );
    expect(y.unit).toBeNull();
    expect(y.figures).toEqual([]);
    expect(y.isReport).toBe(false);
  });

  it('reads nothing from ordinals, dates, document numbers and phone numbers', () => {
    const y = extractReport(
      '某某县卫生健康委员会文件\n某卫〔2024〕18号\n一是加强领导，第一责任人职责落实。二是2024年10月底前完成，12月9日上报。监督举报电话2984515，依据第三十二条。',
    );
    expect(y.docNumber).toBe('某卫〔2024〕18号');
    expect(y.figures).toEqual([]);
  });

  it('reads a list whose head follows it ("…等监管单位")', () => {
    const y = extractReport('全年共对120家医疗机构、80家公共场所、15所学校等监管单位开展日常监督，覆盖率达到100%。');
    expect(pick(y)).toEqual([
      { indicator: 'supervised_entities', value: 120, domain: 'medical' },
      { indicator: 'supervised_entities', value: 80, domain: 'public_places' },
      { indicator: 'supervised_entities', value: 15, domain: 'school' },
      // 日常监督…覆盖率: the catalogue's routine-supervision coverage, in a clause of its own.
      { indicator: 'coverage_rate', value: 100 },
    ]);
  });
});
