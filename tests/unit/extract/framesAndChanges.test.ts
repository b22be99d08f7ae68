// @vitest-environment node
/**
 * Two ways report sentences name a figure that a frame or a comparison hides: a case of another
 * kind inside the 办理…案件 frame, and a count set against last year. Sentences written for the
 * test in the reports' manner (no report's text).
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
  it('a cue that only overlaps the frame does not break it (投诉举报…办结率)', () => {
    expect(read('受理群众投诉举报217件，投诉举报办结率100%。')).toEqual(['complaints_received=217', 'complaints_handled_rate=100']);
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
