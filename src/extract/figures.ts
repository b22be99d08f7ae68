/**
 * Figures of the indicator catalogue in a report. Each number with a unit is named by the best
 * cue near it (cues.ts); then lists are read as lists: an unnamed item of a run of like numbers
 * takes its neighbour's indicator ("其中传染病卫生1件，公共场所卫生8件 …"), items become domain
 * parts, and double-random figures take their scope (national, provincial, joint).
 */
import type { Domain } from '../domain/catalogue.ts';
import { candidatesFor, findCueHits, scoringContext, type Candidate, type ScoringContext } from './cues.ts';
import { domainIndicators, ITEM_ACTION, scopedIndicators, TOTAL_WORD, type IndicatorRule } from './lexicon.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import type { Figure } from './figure.ts';
import { domainOf, scopeOf, zeroFigures } from './parts.ts';
import { plansSections } from './sections.ts';
import { maskQuoted, maskTitles, paragraphs, quoteOf, sentences, type NormalText, type Segment } from './text.ts';

export type { Figure } from './figure.ts';

interface Slot {
  q: Quantity;
  sentence: Segment;
  rule: IndicatorRule | null;
  /** The naming cue stands after the number ("34所学校", "…等监管单位"). */
  cueAfter: boolean;
  /** Weight of the naming cue (0 when unnamed). */
  weight: number;
  /** Normalised span the quote covers. */
  span: [number, number];
  domain?: Domain;
}

const UNIT_CLASS: Readonly<Record<string, string>> = {
  件: 'case',
  起: 'case',
  宗: 'case',
  例: 'case',
  项: 'case',
  次: 'times',
  场: 'times',
  场次: 'times',
  期: 'times',
  批次: 'times',
  期次: 'times',
  家: 'entity',
  户: 'entity',
  所: 'entity',
  人: 'people',
  名: 'people',
  人次: 'people',
};
const classOf = (unit: string): string => UNIT_CLASS[unit] ?? unit;
const SEPARATOR = /[、，；。,;]/;
/** How far a run's items may stand apart (the label between them). */
const MAX_ITEM_GAP = 20;
const MAX_QUOTE = 40;

function sentenceIndex(sents: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sents[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function spanFor(text: string, q: Quantity, c: Candidate, sentence: Segment): [number, number] {
  const near = c.after ? c.hit.start - q.end <= MAX_QUOTE / 2 : q.start - c.hit.end <= MAX_QUOTE / 2;
  if (near) return [Math.min(c.hit.start, q.start), Math.max(c.hit.end, q.end)];
  // A far cue: quote the number's own clause.
  let a = q.start;
  while (a > sentence.start && q.start - a < MAX_QUOTE / 2 && !/[，,；]/.test(text[a - 1] ?? '')) a--;
  return [a, q.end];
}

/** The item phrase around a quantity: from the previous separator to the next one. */
export function itemPhrase(masked: string, q: Quantity, lo: number, hi: number): { before: string; after: string } {
  let a = q.start;
  while (a > lo && !SEPARATOR.test(masked[a - 1] ?? '')) a--;
  let b = q.end;
  while (b < hi && !SEPARATOR.test(masked[b] ?? '')) b++;
  return { before: masked.slice(a, q.start), after: masked.slice(q.end, b) };
}

/** Clause phrase: like itemPhrase, but a list inside the clause (、) does not end it. */
function clausePhrase(masked: string, q: Quantity, lo: number, hi: number): { before: string; after: string } {
  let a = q.start;
  while (a > lo && !/[，；。,;]/.test(masked[a - 1] ?? '')) a--;
  let b = q.end;
  while (b < hi && !/[，；。,;]/.test(masked[b] ?? '')) b++;
  return { before: masked.slice(a, q.start), after: masked.slice(q.end, b) };
}

/** A percentage of change ("同比增长15%", "迎检频次下降53%") is no rate of the catalogue. */
const CHANGE_BEFORE = /(?:增长|下降|提升|提高|降低|减少|上升|增加|增幅|降幅|同比|环比)(?:了|达|为)?(?:近|约|超过?)?$/;
/**
 * A count set against another year is a difference, not the year's count ("案件数同比下降12件",
 * "较上年增加3件", "比去年多5家"): only where the comparison is named, since 增加 alone may count
 * what was added ("增加培训3次").
 */
const COMPARED_BEFORE =
  /(?:同比|环比|较(?:上|去|前)一?年(?:同期)?|比(?:上|去|前)一?年(?:同期)?|较\d{4}年(?:同期)?|与(?:上|去)一?年(?:同期)?相比)[，,]?(?:分别)?(?:增长|下降|提升|提高|降低|减少|上升|增加|多|少|增|减)(?:了|达|为)?(?:近|约|超过?)?$/;
const isChange = (text: string, q: Quantity): boolean => {
  const before = text.slice(Math.max(0, q.start - 16), q.start);
  return (q.unit === '%' && CHANGE_BEFORE.test(before.slice(-8))) || COMPARED_BEFORE.test(before);
};

/**
 * Figures of other departments are not this unit's: a clause whose subject is 市场监管局, 公安机关,
 * 教育局 … ("区市场监管局查处案件12件"), unless the work is joint (联合, 会同, 配合, 协同).
 */
const OTHER_DEPARTMENT =
  /(?:市场监管|市场监督管理|公安|教育|生态环境|环保|城管|综合行政执法局|人社|民政|住建|交通|文旅|应急管理|医保)(?:局|部门|机关|分局|委)/;
const JOINT = /联合|会同|配合|协同|协助|共同|移送/;
function isOtherDepartments(text: string, q: Quantity, sentence: Segment): boolean {
  const clauseStart = Math.max(text.lastIndexOf('，', q.start), text.lastIndexOf('；', q.start), sentence.start - 1) + 1;
  const clause = text.slice(clauseStart, q.start);
  return OTHER_DEPARTMENT.test(clause) && !JOINT.test(text.slice(sentence.start, q.end));
}

function nameSlots(ctx: ScoringContext, qs: readonly Quantity[], sents: readonly Segment[]): Slot[] {
  return qs.map((q, i) => {
    const sentence = sents[sentenceIndex(sents, q.start)] ?? { start: 0, end: ctx.text.length };
    const prev = qs[i - 1];
    const next = qs[i + 1];
    const from = prev && prev.end > sentence.start ? prev.end : sentence.start;
    const to = next && next.start < sentence.end ? next.start : sentence.end;
    const best = candidatesFor(ctx, q, sentence, from, to, next && next.start < sentence.end ? next : undefined)[0];
    if (!best || (q.unit === '%' && q.value > 100) || isChange(ctx.text, q) || isOtherDepartments(ctx.text, q, sentence))
      return { q, sentence, rule: null, cueAfter: false, weight: 0, span: [q.start, q.end] };
    return { q, sentence, rule: best.rule, cueAfter: best.after, weight: best.hit.weight, span: spanFor(ctx.text, q, best, sentence) };
  });
}

/** Runs of like numbers standing close together in one sentence: the items of a list. */
function runsOf(slots: readonly Slot[], text: string): Slot[][] {
  const runs: Slot[][] = [];
  let cur: Slot[] = [];
  for (const s of slots) {
    const last = cur[cur.length - 1];
    const joins =
      last !== undefined &&
      last.sentence === s.sentence &&
      classOf(last.q.unit) === classOf(s.q.unit) &&
      s.q.start - last.q.end <= MAX_ITEM_GAP &&
      SEPARATOR.test(text.slice(last.q.end, s.q.start));
    if (!joins) {
      if (cur.length > 1) runs.push(cur);
      cur = [];
    }
    cur.push(s);
  }
  if (cur.length > 1) runs.push(cur);
  return runs;
}

/** Unnamed items of a run take the indicator of the nearest named item, if they read as labels. */
function propagate(run: Slot[], masked: string): void {
  // Rates are never read off a neighbour ("覆盖率100%、信息上报率100%" are two different rates).
  if (run[0]?.q.unit === '%') return;
  const phrases = run.map((s) => itemPhrase(masked, s.q, s.sentence.start, s.sentence.end));
  const named = phrases.map((p) => domainOf(p.after) ?? domainOf(p.before));
  // Only a list of domains is read as a list ("艾滋病防治1次，消费者权益1次"); "减轻处罚6件，
  // 不予处罚9件" are two different things.
  const domainList = named.filter((d) => d !== undefined).length * 2 >= run.length;
  run.forEach((s, i) => {
    if (s.rule) return;
    const { before, after } = phrases[i] ?? { before: '', after: '' };
    if (ITEM_ACTION.test(before + after) || (!named[i] && !domainList)) return;
    // A list's head cue stands before its first item ("共查处案件67件，其中…") or after its
    // last ("…39家职业危害用人单位等监管单位"): a later item lends its indicator only in the second case.
    const donor = [...run.slice(0, i)].reverse().find((o) => o.rule) ?? run.slice(i + 1).find((o) => o.rule && o.cueAfter);
    if (!donor?.rule || !donor.rule.units.includes(s.q.unit)) return;
    s.rule = donor.rule;
    s.span = itemSpan(s, before, after);
  });
}

/** The quote of a list item: its label and its number ("34所学校", "公共场所卫生8件"). */
function itemSpan(s: Slot, before: string, after: string): [number, number] {
  const a = Math.max(s.q.start - Math.min(before.length, MAX_QUOTE / 2), s.sentence.start);
  return [a, s.q.end + Math.min(after.length, MAX_QUOTE / 2)];
}

/**
 * "完成国家任务412个、省级任务204个": items joined by 、 in one clause share the head's verb. An
 * item named only weakly (or not at all) takes the indicator of the item before it.
 */
function coordinate(run: Slot[], text: string, masked: string): void {
  for (let i = 1; i < run.length; i++) {
    const prev = run[i - 1];
    const s = run[i];
    if (!prev?.rule || !s || s.weight >= 2 || prev.weight < 2 || s.rule === prev.rule) continue;
    const gap = text.slice(prev.q.end, s.q.start);
    if (!gap.includes('、') || /[，,]/.test(gap) || gap.length > 12) continue;
    const { before, after } = itemPhrase(masked, s.q, s.sentence.start, s.sentence.end);
    if (ITEM_ACTION.test(before + after) || !prev.rule.units.includes(s.q.unit)) continue;
    s.rule = prev.rule;
    s.weight = prev.weight;
    s.span = itemSpan(s, before, after);
  }
}

/** Items of one indicator in a run are domain parts when any names a domain; the first may be the total. */
function assignRunDomains(run: readonly Slot[], masked: string): Set<Slot> {
  const done = new Set<Slot>();
  const byIndicator = new Map<string, Slot[]>();
  for (const s of run) {
    if (s.rule && domainIndicators.has(s.rule.id)) byIndicator.set(s.rule.id, [...(byIndicator.get(s.rule.id) ?? []), s]);
  }
  for (const items of byIndicator.values()) {
    if (items.length < 2) continue;
    const phrases = items.map((s) => itemPhrase(masked, s.q, s.sentence.start, s.sentence.end));
    const domains = phrases.map((p) => domainOf(p.after) ?? domainOf(p.before));
    if (domains.every((d) => d === undefined)) continue;
    items.forEach((s, i) => {
      done.add(s);
      const p = phrases[i];
      if (p) s.span = itemSpan(s, p.before, p.after);
      const d = domains[i];
      if (d) s.domain = d;
      else if (i === 0 && (TOTAL_WORD.test(phrases[0]?.before ?? '') || /^[，,]?其中/.test(phrases[1]?.before ?? ''))) return;
      else s.domain = 'other';
    });
  }
  return done;
}

function toFigure(nt: NormalText, s: Slot, indicator: string, extra: Partial<Figure>): Figure {
  const { quote, start, end } = quoteOf(nt, s.span[0], s.span[1]);
  return { indicator, value: s.q.value, unit: s.q.unit, approx: s.q.approx, quote, start, end, ...extra };
}

/** Figures of the catalogue in a normalised report. */
export function extractFigures(nt: NormalText): Figure[] {
  const text = nt.text;
  const masked = maskTitles(text);
  const quotedMask = maskQuoted(text);
  const ctx = scoringContext(text, masked, findCueHits(masked, quotedMask));
  const sents = sentences(text);
  const paras = paragraphs(text);
  // Numbers in next year's plans are targets ("力争新增执法人员5名"), not results.
  const plans = plansSections(text, paras);
  const inPlans = (pos: number): boolean => plans.some((p) => p.start <= pos && pos < p.end);
  const quantities = findQuantities(text, quotedMask).filter((q) => !inPlans(q.start));
  const slots = nameSlots(ctx, quantities, sents);
  const partOfRun = new Set<Slot>();
  for (const run of runsOf(slots, text)) {
    coordinate(run, text, quotedMask);
    propagate(run, quotedMask);
    for (const s of assignRunDomains(run, quotedMask)) partOfRun.add(s);
  }
  const figures: Figure[] = [];
  const named: Slot[] = [];
  for (const s of slots) {
    if (!s.rule || s.rule.id.startsWith('other:')) continue;
    const id = s.rule.id;
    if (isSubsetOfTotal(s, named, text)) continue;
    named.push(s);
    let domain = s.domain;
    if (!partOfRun.has(s) && domainIndicators.has(id)) {
      const p = clausePhrase(quotedMask, s.q, s.sentence.start, s.sentence.end);
      domain = domainOf(p.after) ?? domainOf(p.before);
    }
    const scope = scopedIndicators.has(id) ? scopeOf(text, s.q, s.sentence, paras, id) : undefined;
    figures.push(toFigure(nt, s, id, { ...(domain ? { domain } : {}), ...(scope ? { scope } : {}) }));
    for (const twin of sharedValue(ctx, s)) figures.push(toFigure(nt, s, twin.rule.id, scope ? { scope } : {}));
  }
  for (const z of zeroFigures(nt, masked)) {
    if (!inPlans(z.normStart) && !figures.some((f) => f.indicator === z.figure.indicator && f.value === 0)) figures.push(z.figure);
  }
  return figures.sort((a, b) => a.start - b.start);
}

/**
 * "办理行政处罚案件134件，其中简易程序案件56件": a 其中 clause after a total of the same indicator in
 * its sentence is a part of that total. Parts by domain are read as parts (assignRunDomains); a part
 * by anything else (procedure, outcome) is no second total.
 */
function isSubsetOfTotal(s: Slot, earlier: readonly Slot[], text: string): boolean {
  if (s.domain || s.q.unit === '%') return false;
  const clauseStart = Math.max(text.lastIndexOf('，', s.q.start), text.lastIndexOf(',', s.q.start), s.sentence.start - 1) + 1;
  if (!text.startsWith('其中', clauseStart)) return false;
  return earlier.some((o) => o.rule?.id === s.rule?.id && o.sentence === s.sentence && !o.domain && o.q.value > s.q.value);
}

/** "完结率、公示率均达100%": one number for every rate listed before 均/都. */
function sharedValue(ctx: ScoringContext, s: Slot): Candidate[] {
  if (!s.rule) return [];
  const before = ctx.text.slice(s.sentence.start, s.q.start);
  const m = /[均都皆](?:达到?|为|是)?$/.exec(before);
  if (!m) return [];
  const clauseStart = s.sentence.start + Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1;
  const seen = new Set([s.rule.id]);
  return candidatesFor(ctx, s.q, s.sentence, clauseStart, s.q.end).filter((c) => {
    if (c.after || seen.has(c.rule.id) || c.rule.id.startsWith('other:')) return false;
    seen.add(c.rule.id);
    return true;
  });
}
