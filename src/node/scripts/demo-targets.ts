/**
 * The demo's required levels: plausible for a provincial health commission's annual assessment
 * (考核), but invented like the rest of the demo, and marked synthetic. They show each form the
 * contract allows: one level for all, a level per unit level, and a stricter level for one year.
 */
import type { Level, Target } from '../../contract/schema.ts';

const ASSESSMENT = { zh: '演示：年度法治建设考核细则（合成）', en: 'Demo: annual rule-of-law assessment rules (synthetic)' };
const RANDOM_PLAN = { zh: '演示：年度随机监督抽查计划（合成）', en: 'Demo: annual random-inspection plan (synthetic)' };

function target(
  indicator: string,
  value: number,
  source: Target['source'],
  label: Target['label'],
  extra: { level?: Level; year?: number } = {},
): Target {
  return { indicator, comparison: '>=', value, ...extra, source, label, synthetic: true };
}

export const demoTargets: Target[] = [
  target('random_completion_rate', 100, RANDOM_PLAN, { zh: '双随机抽查任务完成率达到100%', en: 'All random-inspection tasks completed' }),
  target('random_publicity_rate', 100, RANDOM_PLAN, { zh: '抽查结果全部向社会公示', en: 'All inspection results publicised' }),
  target('legal_review_rate', 100, ASSESSMENT, {
    zh: '重大执法决定法制审核率100%',
    en: 'Every major enforcement decision legally reviewed',
  }),
  target('complaints_handled_rate', 95, ASSESSMENT, { zh: '投诉举报办结率不低于95%', en: 'At least 95% of complaints handled' }),
  target(
    'complaints_handled_rate',
    98,
    ASSESSMENT,
    { zh: '2025年起投诉举报办结率不低于98%', en: 'From 2025, at least 98% of complaints handled' },
    { year: 2025 },
  ),
  target('certification_rate', 95, ASSESSMENT, { zh: '执法人员持证率不低于95%', en: 'At least 95% of enforcement officers certified' }),
  target(
    'coverage_rate',
    95,
    ASSESSMENT,
    { zh: '县区日常监督覆盖率不低于95%', en: 'Counties and districts: routine supervision covers at least 95%' },
    { level: 'county' },
  ),
  target(
    'coverage_rate',
    95,
    ASSESSMENT,
    { zh: '县区日常监督覆盖率不低于95%', en: 'Counties and districts: routine supervision covers at least 95%' },
    { level: 'district' },
  ),
  target(
    'coverage_rate',
    98,
    ASSESSMENT,
    { zh: '市级日常监督覆盖率不低于98%', en: 'Cities: routine supervision covers at least 98%' },
    { level: 'city' },
  ),
  target(
    'training_sessions',
    4,
    ASSESSMENT,
    { zh: '县区每年执法培训不少于4次', en: 'Counties and districts: at least 4 training sessions a year' },
    { level: 'county' },
  ),
  target(
    'training_sessions',
    4,
    ASSESSMENT,
    { zh: '县区每年执法培训不少于4次', en: 'Counties and districts: at least 4 training sessions a year' },
    { level: 'district' },
  ),
  target(
    'training_sessions',
    6,
    ASSESSMENT,
    { zh: '市级每年执法培训不少于6次', en: 'Cities: at least 6 training sessions a year' },
    { level: 'city' },
  ),
];
