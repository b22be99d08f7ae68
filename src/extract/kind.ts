/**
 * What kind of text an office received: the annual rule-of-law report, a supervision summary
 * (卫生监督工作总结), an enforcement report (行政执法工作报告), the annual government-information
 * report (政府信息公开年报), a news item on inspections and campaigns — or a text from another field,
 * refused with the reason. All but the last go through the same reader.
 */
export type TextKind = 'annual_report' | 'supervision_summary' | 'enforcement_report' | 'disclosure_report' | 'news' | 'off_topic';

/** Why a text is refused (the i18n key's suffix in the review screen and the CLI's words). */
export type OffTopicReason = 'no_health_body' | 'no_health_work';

const KINDS: readonly (readonly [TextKind, RegExp])[] = [
  ['disclosure_report', /政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/],
  ['supervision_summary', /卫生(?:健康|计生)?(?:综合)?监督(?:执法)?工作(?:总结|报告)|监督执法工作总结/],
  ['enforcement_report', /行政执法(?:工作)?(?:情况)?(?:的)?(?:报告|年报|总结)|行政执法统计年报/],
  ['annual_report', /法治(?:政府|机关)?\n?建设/],
];

/** A health commission or its enforcement arm, by name or by level (市卫健委, 我局, 监督所). */
const HEALTH_BODY = /卫生健康|卫健|卫计|卫生计生|卫生监督|卫生局|疾控|[我本][委局所]/;
/** The work the reader reads: supervision, enforcement, licensing, rule-of-law study. */
const HEALTH_WORK = /监督|执法|检查|处罚|许可|审批|普法|法治|投诉|抽查|专项/;

export function textKind(text: string, hasUnit: boolean): { kind: TextKind; reason: OffTopicReason | null } {
  if (!hasUnit && !HEALTH_BODY.test(text)) return { kind: 'off_topic', reason: 'no_health_body' };
  const head = text.slice(0, 300);
  for (const [kind, re] of KINDS) if (re.test(head)) return { kind, reason: null };
  if (!HEALTH_WORK.test(text)) return { kind: 'off_topic', reason: 'no_health_work' };
  return { kind: 'news', reason: null };
}
