/** Strings of the contract's consistency checks and of change figures (zh-CN). */
export const zhIntegrity = {
  'problem.unknown_part': '引文所称的分项 {subject} 不在该记录中',
  'problem.parent_cycle': '上级单位链条回到了自身（{subject}），无法构成层级',
  'problem.not_integer': '以“{expected}”计的数应为整数，实为 {received}（{subject}）',
  'problem.evidence_mismatch': '引文中的数值为 {received}，记录中为 {expected}（{subject}）',
  'problem.evidence_sum': '该值标为分项之和：分项合计 {expected}，记录中为 {received}（{subject}）',
  'problem.evidence_unmarked_approx': '该值只来自约数引文（余、近），记录却未在 approx 中标为约数（{subject}）',
  'problem.evidence_unreported_weakness': '引文所述短板 {subject} 不在该记录的 weaknesses 中',
  'problem.evidence_no_subject': '引文既未指明指标，也未指明短板',
  'problem.evidence_other_unit': '引文出自另一单位或年度的报告 {subject}（{received}，本记录为 {expected}）',
  'problem.bad_date': '不是有效日期：{received}（应为 {expected}）',
  'problem.after_as_of': '{received} 晚于数据截止日期 {expected}',
  'problem.too_many':
    '共 {received} 条，超过看板可处理的上限 {expected} 条（全国省、市、县级单位合计约 3,200 个）：请按省或市拆分数据集后再载入',
  'evidence.separate': '另计数字，非该项取值',
  'change.flat': '持平',
  'change.points': '个百分点',
  'change.points.one': '个百分点',
};
