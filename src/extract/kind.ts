/**
 * What kind of text an office received: the annual rule-of-law report, a supervision summary
 * (卫生监督工作总结), an enforcement report (行政执法工作报告), the annual government-information
 * report (政府信息公开年报), a news item on inspections and campaigns — or a text from another field,
 * refused with the reason. All but the last go through the same reader.
 */
import { TEMPLATE_MARK } from './tables/disclosure.ts';

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
/** How a news item opens: 近日, 日前, a reporter's or correspondent's byline, 本报讯. */
const NEWS_OPENING = /近日|日前|记者|通讯员|本报讯|[^\u4e00-\u9fa5]讯[（(]?|新闻|动态/;
/** What a report on rule-of-law work keeps talking about. */
const RULE_OF_LAW_WORK = /法治政府|依法行政|法治建设|法治宣传|普法|规范性文件|行政执法/g;
/** The work the reader reads: supervision, enforcement, licensing, rule-of-law study. */
const HEALTH_WORK = /监督|执法|检查|处罚|许可|审批|普法|法治|投诉|抽查|专项/;

export function textKind(text: string, hasUnit: boolean): { kind: TextKind; reason: OffTopicReason | null } {
  const head = text.slice(0, 300);
  // The national template's tables make a 年报 whoever wrote it (a whole government's too).
  if (TEMPLATE_MARK.test(text) && /政府信息公开/.test(text)) return { kind: 'disclosure_report', reason: null };
  if (!hasUnit && !HEALTH_BODY.test(text)) return { kind: 'off_topic', reason: 'no_health_body' };
  for (const [kind, re] of KINDS) if (re.test(head)) return { kind, reason: null };
  if (!HEALTH_WORK.test(text)) return { kind: 'off_topic', reason: 'no_health_work' };
  // An excerpt without its title (the middle of a report) still reads as a report on rule-of-law
  // work; a news item opens as news does (近日, 日前, a reporter's byline).
  if (!NEWS_OPENING.test(head) && (text.match(RULE_OF_LAW_WORK) ?? []).length >= 2) return { kind: 'annual_report', reason: null };
  return { kind: 'news', reason: null };
}

/** Who issued a text: the commission, its enforcement arm (卫生监督所, 综合执法支队), or a whole government. */
export type Issuer = 'commission' | 'enforcement_arm' | 'government';

const ARM = /卫生(?:健康|计生)?(?:综合)?监督(?:执法)?(?:所|局|支队|大队)$|卫生健康综合(?:行政)?(?:监督)?执法(?:局|支队|大队|队)$/;
/** A title naming no department before 政府信息公开: "某某区人民政府2024年…", "某某县2024年政府信息公开工作年度报告". */
const GOVERNMENT_TITLE =
  /^[\u4e00-\u9fa5]{2,20}?(?:人民政府(?:办公室|办公厅)?|[省市区县旗])(?:\d{4}年度?)?(?:\d{4}年度?)?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
const DEPARTMENT = /卫生|卫健|卫计|局|委员会|委|办|厅|中心|所|院|队/;

/**
 * The issuer of a text, where it says: a 年报 whose title names a government (or a region alone)
 * and no department is the whole government's, its figures not the commission's; a unit named
 * 卫生监督所/执法支队 is the enforcement arm; any other health body is the commission.
 */
export function issuerOf(title: string | null, kind: TextKind, unitName: string | null): Issuer | null {
  if (kind === 'disclosure_report' && title) {
    const m = GOVERNMENT_TITLE.exec(title.replace(/\s+/g, ''));
    if (m && (/人民政府/.test(m[0]) || !DEPARTMENT.test(m[0].replace(/政府信息公开.*$/, '')))) return 'government';
  }
  if (!unitName) return null;
  return ARM.test(unitName) ? 'enforcement_arm' : 'commission';
}
