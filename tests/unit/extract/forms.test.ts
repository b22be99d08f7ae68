// @vitest-environment node
/**
 * The ways reports across China write the same facts (issue 10), in made-up sentences: each form
 * is read because of what it is, not because a report used that sentence.
 */
import { describe, expect, it } from 'vitest';
import { loadRegionTable } from '../../../src/data/regionTable.ts';
import { extractReport } from '../../../src/extract/extract.ts';
import { placeReport } from '../../../src/extract/place.ts';

const read = (text: string) => extractReport(text).figures.map((f) => `${f.indicator} ${f.value}`);
const one = (text: string) => read(text)[0];

describe('forms of the same facts', () => {
  it.each([
    ['某区全年下达行政处罚决定47件。', 'penalty_cases 47'],
    ['对违法单位立案处罚26件。', 'penalty_cases 26'],
    ['2023年度卫生行政处罚案件共18件。', 'penalty_cases 18'],
    ['全年罚没12.5万元。', 'fines_yuan 125000'],
    ['罚没款3.2万元。', 'fines_yuan 32000'],
    ['全年监督检查1520户次。', 'inspections 1520'],
    ['共监督检查830户次。', 'inspections 830'],
    ['抽取“双随机、一公开”监督检查任务215单，全部完成。', 'random_tasks_assigned 215'],
    ['全县双随机任务总数120家。', 'random_tasks_assigned 120'],
    ['完成“双随机、一公开”国家任务96个。', 'random_tasks_completed 96'],
    ['收到行政复议3件。', 'reconsideration_cases 3'],
    ['收到行政诉讼2件。', 'litigation_cases 2'],
    ['重大执法决定党组研究12件。', 'collective_discussion_cases 12'],
    ['共作出卫生行政许可940件。', 'service_items 940'],
    ['办理行政审批业务2100件。', 'service_items 2100'],
    ['全年办结行政审批服务事项300余件。', 'service_items 300'],
    ['办理医师注册、消毒产品许可等业务1200件。', 'service_items 1200'],
    ['处理各类信访投诉75件。', 'complaints_received 75'],
    ['开展法治专题学习6次。', 'study_sessions 6'],
    ['举办3场专题研讨。', 'study_sessions 3'],
    ['举办法治专题讲座4次。', 'training_sessions 4'],
    ['依法立案查处5家。', 'penalty_cases 5'],
    ['当场处罚17户。', 'penalty_cases 17'],
  ])('%s → %s', (text, expected) => {
    expect(one(text)).toBe(expected);
  });

  it('reads traditional characters as simplified, quoting the original', () => {
    const x = extractReport('全年共作出衛生行政許可310件，行政處罰案件共22件，罰沒款4.5萬元。');
    expect(x.figures.map((f) => [f.indicator, f.value, f.quote])).toEqual([
      ['service_items', 310, '行政許可310件'],
      ['penalty_cases', 22, '行政處罰案件共22件'],
      ['fines_yuan', 45000, '罰沒款4.5萬元'],
    ]);
  });

  it("takes nothing of other kinds for a figure: deputies' proposals, samples, licences, court appearances", () => {
    expect(read('收到人大建议、政协提案共9件，其中主办6件，会办件3件。')).toEqual([]);
    expect(read('开展专项整治行动，对全市15家美容机构进行全覆盖检查。')).toEqual([]);
    expect(read('公共场所卫生许可事后监督120家。')).toEqual([]);
    expect(read('收到行政诉讼3件，2件由负责人出庭应诉。')).toEqual(['litigation_cases 3']);
  });

  it('reads a part after 其中 as no second total', () => {
    expect(read('全年办理行政处罚案件60件，其中简易程序案件20件。')).toEqual(['penalty_cases 60']);
  });
});

describe('other texts an office receives', () => {
  it('reads a supervision summary named by a city written without 市', async () => {
    const x = extractReport(
      '丽水卫生健康委员会2024年卫生监督工作总结\n2024年，全市完成国家双随机抽查任务120个，立案查处违法案件30家，当场处罚12户。',
    );
    expect(x.kind).toBe('supervision_summary');
    expect(x.year).toBe(2024);
    expect(placeReport(x.unit, await loadRegionTable()).chain?.[0]).toMatchObject({ code: '331100', name: '丽水市' });
    expect(read('2024年，全市完成国家双随机抽查任务120个，立案查处违法案件30家，当场处罚12户。')).toEqual([
      'random_tasks_completed 120',
      'penalty_cases 30',
      'penalty_cases 12',
    ]);
  });

  it('places a news item by the enforcement arm in its byline, dated by the byline', async () => {
    const x = extractReport(
      '区卫生监督所开展游泳场所专项检查\n发布时间：2024-07-02 来源：宁波市鄞州区卫生监督所\n近日，区卫生监督所对辖区游泳场所开展专项检查，立案查处2家。',
    );
    expect(x.kind).toBe('news');
    expect(x.year).toBe(2024);
    expect(placeReport(x.unit, await loadRegionTable()).chain?.[0]?.code).toBe('330212');
  });

  it('reads the government-information annual report', () => {
    const x = extractReport('某某县卫生健康局2024年政府信息公开工作年度报告\n本年收到政府信息公开申请7件，被申请行政复议1件。');
    expect(x.kind).toBe('disclosure_report');
    expect(read('本年收到政府信息公开申请7件，被申请行政复议1件。')).toEqual(['disclosure_requests 7', 'reconsideration_cases 1']);
  });

  it('refuses a text from another field, with the reason', () => {
    const x = extractReport('某某市交通运输局2024年工作总结\n全年共检修道路12条，新增公交线路3条。');
    expect(x.kind).toBe('off_topic');
    expect(x.offTopic).toBe('no_health_body');
    expect(x.isReport).toBe(false);
  });
});

describe('placing the unit that writes the report', () => {
  it('is not misled by the bodies that lead or guide it', async () => {
    const x = extractReport('2024年，在区委区政府的正确领导和市卫生健康委的指导下，鹿城区卫生健康局扎实推进法治建设。');
    expect(placeReport(x.unit, await loadRegionTable()).chain?.[0]).toMatchObject({ code: '330302', name: '鹿城区' });
  });

  it('places a city commission at its city, and a name known twice by what stands before it', async () => {
    const table = await loadRegionTable();
    expect(placeReport(extractReport('杭州市卫生健康委关于2024年度法治政府建设情况的报告').unit, table).chain?.[0]?.code).toBe('330100');
    expect(placeReport(extractReport('2025年度上海市普陀区卫生健康委员会法治政府建设情况报告').unit, table).chain?.[0]?.code).toBe(
      '310107',
    );
    const bare = placeReport(extractReport('普陀区卫生健康委员会2025年法治政府建设情况报告').unit, table);
    expect(bare.problem).toBe('ambiguous_region');
    expect(bare.candidates?.map((c) => c.code).sort()).toEqual(['310107', '330903']);
  });

  it('keeps a 新区 without a code of its own as a document of its parent, saying so', async () => {
    const p = placeReport(extractReport('2025年，两江新区卫生健康局深入推进法治建设。').unit, await loadRegionTable());
    expect(p).toMatchObject({ problem: 'no_code_of_its_own', writtenAs: '两江新区' });
    expect(p.chain?.[0]?.code).toBe('500000');
  });

  it('reads the unit from its own documents when it names itself only by level', async () => {
    const x = extractReport('2024年，我局深入推进法治建设，审议通过《衢州市柯城区卫生健康局行政执法公示办法》。');
    expect(placeReport(x.unit, await loadRegionTable()).chain?.[0]?.code).toBe('330802');
  });
});

describe('what is no figure of this unit', () => {
  it("reads no change in percent and no other department's figures", () => {
    expect(read('投诉举报办结率100%，较上年提升了5%。')).toEqual(['complaints_handled_rate 100']);
    expect(read('区市场监管局查处违法案件12件。')).toEqual([]);
    expect(read('会同区市场监管局查处违法案件12件。')).toEqual(['penalty_cases 12']);
  });
});

describe('complaints as they arrive', () => {
  it('reads hotline work orders as complaints received', () => {
    expect(read('全年受理12345政务服务便民热线工单326件，办结率100%。')).toEqual(['complaints_received 326']);
  });
});
