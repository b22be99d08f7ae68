// @vitest-environment node
/**
 * How supervision summaries, campaign news and enforcement reports write their figures, tersely:
 * cases opened against so many 家/户, penalties on the spot in 户, fines without 罚没, task lists and
 * completions in 家, inspections counted by the entities inspected or in 户次, licences in 宗.
 * Sentences written for the test in the genre's manner (no report's text).
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extract.ts';

const read = (sentence: string): string[] =>
  extractReport(`某某区卫生监督所\n${sentence}`).figures.map((f) => `${f.indicator}=${f.value}${f.domain ? `[${f.domain}]` : ''}`);

describe('terse enforcement wording', () => {
  it('cases opened against entities, penalties on the spot, fines without 罚没', () => {
    expect(read('今年以来，立案查处12家，当场处罚23户，罚款2.3万元。')).toEqual([
      'penalty_cases=12',
      'penalty_cases=23',
      'fines_yuan=23000',
    ]);
    expect(read('共立案查处违法单位15家，罚款人民币8500元。')).toEqual(['penalty_cases=15', 'fines_yuan=8500']);
  });
  it('inspections counted by the entities inspected (the verb first) or in 户次', () => {
    expect(read('全年监督检查医疗机构320家，检查公共场所312户次。')).toEqual([
      'inspections=320[medical]',
      'inspections=312[public_places]',
    ]);
    expect(read('开展游泳场所专项整治，共检查18家，立案处罚3家。')).toEqual(['inspections=18', 'penalty_cases=3']);
  });
  it('an inspected entity is not a penalty because a penalty follows in the sentence', () => {
    expect(read('共监督检查学校46所，对2家违规单位实施当场处罚。')).toEqual(['inspections=46[school]', 'penalty_cases=2']);
  });
  it('double-random tasks listed and done in 家, the rate in running text', () => {
    expect(read('今年双随机抽检任务45家，已完成45家，任务完成率达100%。')).toEqual([
      'random_tasks_assigned=45',
      'random_tasks_completed=45',
      'random_completion_rate=100',
    ]);
  });
  it('licences counted in 宗', () => {
    expect(read('全年办理卫生许可23宗，核发公共场所卫生许可证56宗。')).toEqual(['service_items=23', 'service_items=56']);
  });
  it('“对N家…开展监督检查” stays the entities under supervision, as the seeds record it', () => {
    expect(read('对辖区内19所学校开展卫生监督检查。')).not.toContain('inspections=19[school]');
  });
});
