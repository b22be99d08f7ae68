// @vitest-environment node
/**
 * Ways report sentences name a figure that a longer cue, a list or a comparison could misname: a
 * case of another kind inside the 办理…案件 frame, a cue of sessions inside one of participants, a
 * verb phrase after a count, a count set against last year. Sentences written for the test in the
 * reports' manner (no report's text).
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract.ts';

const read = (sentence: string): string[] =>
  extractReport(`某某县卫生健康局2025年法治政府建设工作报告\n${sentence}`).figures.map((f) => `${f.indicator}=${f.value}`);

describe('a frame cue yields to the cue that fills it', () => {
  it('办理行政复议案件 is a reconsideration case, not a penalty case', () => {
    expect(read('全年办理行政复议案件2件、行政诉讼案件1件，均未被纠错。')).toEqual(['reconsideration_cases=2', 'litigation_cases=1']);
    expect(read('办理投诉举报案件30件。')).toEqual(['complaints_received=30']);
  });
  it('a frame filled by no other indicator still names its own', () => {
    expect(read('共办理各类案件86件。')).toEqual(['penalty_cases=86']);
    expect(read('查处无证行医案件12件。')).toEqual(['penalty_cases=12']);
  });
  it('a longer cue hides a shorter one only where both could name the number', () => {
    // 参加…学习 counts people (人次); 理论学习 counts sessions (次).
    expect(read('组织全系统干部职工参加法治理论学习8次。')).toEqual(['study_sessions=8']);
    expect(read('组织干部职工参加法治理论学习8次，参学人员320人次。')).toEqual(['study_sessions=8', 'trained_person_times=320']);
  });
  it('a cue that only overlaps the frame does not break it (投诉举报…办结率)', () => {
    expect(read('受理群众投诉举报217件，投诉举报办结率100%。')).toEqual(['complaints_received=217', 'complaints_handled_rate=100']);
  });
});

describe('a verb phrase after a count is not an item of its list', () => {
  it('调解成功48件 is not 48 complaints received', () => {
    expect(read('全年共受理医疗纠纷投诉56件，调解成功48件。')).toEqual(['complaints_received=56']);
  });
});

describe('a count set against another year is a difference, not a count', () => {
  it('is not read', () => {
    expect(read('全年查办案件数同比下降12件。')).toEqual([]);
    expect(read('查处案件58件，较上年减少3件。')).toEqual(['penalty_cases=58']);
    expect(read('全年开展培训12次，比上年多3次。')).toEqual(['training_sessions=12']);
  });
  it('增加 alone may count what was added: read', () => {
    expect(read('全年增加培训3次。')).toEqual(['training_sessions=3']);
  });
});

describe('zeros stated after the indicators they name', () => {
  it('…均为0, …为零: each named indicator is 0; a zero with its unit is read as any figure', () => {
    expect(read('行政复议、行政诉讼案件均为0。')).toEqual(['reconsideration_cases=0', 'litigation_cases=0']);
    expect(read('全年行政复议案件为零。')).toEqual(['reconsideration_cases=0']);
    expect(read('行政复议案件0件，行政诉讼案件1件。')).toEqual(['reconsideration_cases=0', 'litigation_cases=1']);
    expect(read('复议纠错率为0%。')).toEqual([]);
  });
});

describe('a rate in a clause of its own', () => {
  it('覆盖率 after a sentence of supervision is the supervision coverage; after publicity, none', () => {
    expect(read('对辖区内126家公共场所实现监督全覆盖，覆盖率100%。')).toEqual(['supervised_entities=126', 'coverage_rate=100']);
    expect(read('开展法治宣传进社区活动，宣传覆盖率100%。')).toEqual([]);
  });
});
