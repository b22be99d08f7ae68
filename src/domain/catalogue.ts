/**
 * The default indicator catalogue and weakness taxonomy (../shared/DOMAIN.md).
 * Datasets carry their own copy, so a producer can add indicators; this one is what
 * the dataset scripts embed and what the extractor and templates are built from.
 */
import type { Indicator, WeaknessCategory } from '../contract/schema.ts';

type Row = [
  id: string,
  group: Indicator['group'],
  unit: string,
  direction: Indicator['direction'],
  zh: string,
  en: string,
  definitionZh?: string,
  definitionEn?: string,
];

const rows: Row[] = [
  // 监督检查
  [
    'random_tasks_assigned',
    'inspections',
    '件',
    'up',
    '双随机抽查任务数',
    'Random-inspection tasks assigned',
    '国家、省级及跨部门联合双随机抽查下达任务合计',
    'National, provincial and joint random-inspection tasks assigned',
  ],
  [
    'random_tasks_completed',
    'inspections',
    '件',
    'up',
    '双随机抽查完成数',
    'Random-inspection tasks completed',
    '已完成的双随机抽查任务合计',
    'Random-inspection tasks completed',
  ],
  ['random_sampled_entities', 'inspections', '户', 'up', '双随机抽查户数', 'Entities sampled (random inspection)'],
  [
    'random_completion_rate',
    'inspections',
    '%',
    'up',
    '双随机任务完成率',
    'Random-inspection completion rate',
    '完成数 ÷ 下达任务数',
    'Tasks completed ÷ tasks assigned',
  ],
  ['random_publicity_rate', 'inspections', '%', 'up', '抽查结果公示率', 'Results publicised rate'],
  ['inspections', 'inspections', '件', 'up', '行政检查', 'Administrative inspections'],
  ['site_visits', 'inspections', '次', 'up', '入户入企检查', 'On-site visits'],
  [
    'supervised_entities',
    'inspections',
    '家',
    'context',
    '监管单位数',
    'Supervised entities',
    '辖区内纳入卫生监督的单位数',
    'Entities under health supervision in the area',
  ],
  ['coverage_rate', 'inspections', '%', 'up', '日常监督覆盖率', 'Routine-supervision coverage'],
  // 行政处罚
  [
    'penalty_cases',
    'penalties',
    '件',
    'context',
    '行政处罚案件',
    'Penalty cases',
    '全年办结的行政处罚案件数',
    'Administrative penalty cases concluded in the year',
  ],
  [
    'fines_yuan',
    'penalties',
    '元',
    'context',
    '罚款金额',
    'Fines',
    '行政处罚罚款金额（不含没收违法所得）',
    'Fines imposed (excluding confiscated gains)',
  ],
  ['confiscated_yuan', 'penalties', '元', 'context', '没收违法所得', 'Confiscated illegal gains'],
  ['collective_discussion_cases', 'penalties', '件', 'up', '集体讨论案件', 'Cases decided collectively'],
  ['legal_review_rate', 'penalties', '%', 'up', '法制审核率', 'Legal-review rate'],
  ['reconsideration_cases', 'penalties', '件', 'down', '行政复议案件', 'Administrative reconsideration cases'],
  ['litigation_cases', 'penalties', '件', 'down', '行政诉讼案件', 'Administrative litigation cases'],
  ['mitigated_cases', 'penalties', '件', 'up', '减轻处罚案件', 'Mitigated penalties'],
  ['case_follow_ups', 'penalties', '次', 'up', '处罚案件回访', 'Post-penalty follow-up visits'],
  [
    'coercive_measures',
    'penalties',
    '件',
    'context',
    '行政强制决定',
    'Administrative coercive measures',
    '本年作出的行政强制决定数（政府信息公开年报第二十条第（六）项）',
    'Coercive measures decided in the year (annual disclosure report, art. 20(6))',
  ],
  // 投诉举报
  ['complaints_received', 'complaints', '件', 'context', '受理投诉举报', 'Complaints and reports received'],
  [
    'complaints_handled_rate',
    'complaints',
    '%',
    'up',
    '投诉举报办结率',
    'Complaints handled rate',
    '已查处办结 ÷ 受理',
    'Handled ÷ received',
  ],
  ['satisfaction_rate', 'complaints', '%', 'up', '回访满意率', 'Follow-up satisfaction rate'],
  ['disputes_resolved_rate', 'complaints', '%', 'up', '医患纠纷化解率', 'Medical disputes resolved rate'],
  ['petitions_resolved', 'complaints', '件', 'up', '化解信访积案', 'Petition backlog resolved'],
  // 学法培训
  ['study_sessions', 'training', '次', 'up', '集中学法', 'Study sessions'],
  ['training_sessions', 'training', '次', 'up', '执法培训', 'Training sessions'],
  ['exams', 'training', '次', 'up', '法律知识考试', 'Law exams'],
  ['trained_person_times', 'training', '人次', 'up', '培训人次', 'Person-times trained'],
  [
    'enforcement_officers',
    'training',
    '人',
    'context',
    '执法人员',
    'Enforcement officers',
    '持有行政执法证件的在编执法人员数',
    'Certified enforcement officers on staff',
  ],
  ['officers_aged_50_plus', 'training', '人', 'context', '50岁以上执法人员', 'Officers aged 50+'],
  ['certified_officers', 'training', '人', 'up', '持证（换证）执法人员', 'Certified (renewed) officers'],
  ['certification_rate', 'training', '%', 'up', '持证执法率', 'Certification rate'],
  ['officers_newly_qualified', 'training', '人', 'up', '新取得执法资格', 'Newly qualified officers'],
  // 普法宣传
  ['publicity_events', 'publicity', '场', 'up', '普法宣传活动', 'Publicity events'],
  ['materials_distributed', 'publicity', '份', 'up', '发放宣传资料', 'Materials distributed'],
  ['consultations', 'publicity', '人次', 'up', '现场咨询', 'People consulted'],
  ['online_posts', 'publicity', '篇', 'up', '网络宣传信息', 'Online posts'],
  ['outreach_institutions', 'publicity', '家', 'up', '宣传覆盖机构', 'Institutions reached'],
  ['outreach_people', 'publicity', '人', 'up', '受益群众', 'People reached'],
  // 政务服务
  ['service_items', 'services', '件', 'up', '办理政务服务事项', 'Service items handled'],
  [
    'licence_decisions',
    'services',
    '件',
    'context',
    '行政许可决定',
    'Licensing decisions',
    '本年作出的行政许可决定数（政府信息公开年报第二十条第（五）项）',
    'Licensing decisions made in the year (annual disclosure report, art. 20(5))',
  ],
  ['license_reminders', 'services', '条', 'up', '证照到期提醒', 'Licence-expiry reminders sent'],
  [
    'fees_collected_yuan',
    'services',
    '元',
    'context',
    '行政事业性收费',
    'Administrative fees collected',
    '本年收取的行政事业性收费金额（政府信息公开年报第二十条第（八）项）',
    'Administrative fees collected in the year (annual disclosure report, art. 20(8))',
  ],
  [
    'disclosure_requests',
    'services',
    '件',
    'context',
    '依申请公开',
    'Disclosure requests',
    '本年新收的政府信息公开申请数',
    'Requests for government information received in the year',
  ],
  [
    'disclosure_granted',
    'services',
    '件',
    'context',
    '依申请公开·予以公开',
    'Disclosure requests granted',
    '政府信息公开申请办理结果为“予以公开”的件数',
    'Requests for government information answered by disclosing it',
  ],
  [
    'disclosure_reconsiderations',
    'services',
    '件',
    'context',
    '信息公开行政复议',
    'Disclosure reconsiderations',
    '因政府信息公开引起的行政复议总数；不是行政执法的复议案件',
    'Administrative reconsiderations over information disclosure; not those of enforcement',
  ],
  [
    'disclosure_lawsuits',
    'services',
    '件',
    'context',
    '信息公开行政诉讼',
    'Disclosure lawsuits',
    '因政府信息公开引起的行政诉讼（未经复议直接起诉与复议后起诉之和）；不是行政执法的诉讼案件',
    'Lawsuits over information disclosure (direct and after reconsideration); not those of enforcement',
  ],
  ['major_decisions', 'services', '项', 'context', '重大行政决策', 'Major administrative decisions'],
  ['emergencies_handled', 'services', '起', 'context', '处置突发公共卫生事件', 'Public-health emergencies handled'],
  ['emergency_teams', 'services', '支', 'context', '卫生应急队伍', 'Emergency response teams'],
];

export const defaultIndicators: Indicator[] = rows.map(([id, group, unit, direction, zh, en, dZh, dEn]) => ({
  id,
  group,
  unit,
  direction,
  label: { zh, en },
  ...(dZh && dEn ? { definition: { zh: dZh, en: dEn } } : {}),
}));

export const defaultWeaknessCategories: WeaknessCategory[] = [
  { id: 'understaffed', label: { zh: '执法力量不足', en: 'Understaffed enforcement' } },
  { id: 'aging_team', label: { zh: '队伍老化流失', en: 'Aging or shrinking team' } },
  { id: 'competence', label: { zh: '执法能力不足', en: 'Skills lag' } },
  { id: 'case_quality', label: { zh: '案卷文书不规范', en: 'Case files not standard' } },
  { id: 'publicity_monotonous', label: { zh: '普法形式单一', en: 'Monotonous publicity' } },
  { id: 'integration', label: { zh: '法治与业务融合不够', en: 'Rule of law not integrated' } },
  { id: 'informatization', label: { zh: '信息化建设滞后', en: 'Weak information systems' } },
  { id: 'funding', label: { zh: '保障投入不足', en: 'Too little funding' } },
  { id: 'professional_complaints', label: { zh: '职业投诉应对', en: 'Professional complainants' } },
  { id: 'public_supervision', label: { zh: '群众监督不足', en: 'Public supervision gaps' } },
  { id: 'awareness', label: { zh: '思想认识偏差', en: 'Low priority for rule of law' } },
  { id: 'training_mechanism', label: { zh: '培训机制不完善', en: 'Training too theoretical' } },
];

export const indicatorGroups = ['inspections', 'penalties', 'complaints', 'training', 'publicity', 'services'] as const;
export type IndicatorGroup = (typeof indicatorGroups)[number];

/** Breakdown domains, as the golden extraction names them. */
export const domains = [
  'medical',
  'public_places',
  'infectious_disease',
  'drinking_water',
  'disinfection_products',
  'smoking',
  'radiation',
  'occupational',
  'school',
  'other',
] as const;
export type Domain = (typeof domains)[number];

/** Parts of the double-random (双随机) work. */
export const randomScopes = ['national', 'provincial', 'joint'] as const;
export type RandomScope = (typeof randomScopes)[number];
