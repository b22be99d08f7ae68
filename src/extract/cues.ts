/**
 * Cue hits and their scoring. Every cue of the lexicon is found once over the whole text; a
 * number then looks for hits in its own sentence, before it (back to the previous number: a cue
 * already spent on that number is not this one's) and just after it ("37件信访积案").
 */
import { indicatorRules, type CueSet, type IndicatorRule, type Weight } from './lexicon.ts';
import type { Quantity } from './numbers.ts';
import type { Segment } from './text.ts';

export type Side = 'both' | 'before' | 'after';

export interface CueHit {
  start: number;
  end: number;
  rule: IndicatorRule;
  weight: Weight;
  side: Side;
  /** The spans of the cue's gaps (`…`), where it has any. */
  gaps: readonly (readonly [number, number])[];
}

export interface Candidate {
  rule: IndicatorRule;
  hit: CueHit;
  score: number;
  after: boolean;
}

/**
 * A gap of up to 6 characters in one clause; a “quoted name” counts as one (完成“双随机、一公开”国家任务).
 * Captured, so that what fills it is known (findCueHits).
 */
const GAP = '((?:“[^“”\\n]{1,14}”|[^，。；\\n]){0,6})';
const WEIGHTS: readonly Weight[] = [3, 2, 1];
/** Below this a cue is too weak or too far to name the number. */
const MIN_SCORE = 4;
const MAX_AFTER = 40;
const PER_CHAR = 0.4;
const PER_COMMA = 8;
const AFTER_COST = 2;
/** "对4家…的单位，给予减轻处罚": the predicate of a 对-object may follow a comma. */
const OBJECT_PREDICATE = /^(?:给予|予以|作出|进行|实施|依法)?$/;

interface CompiledCue {
  re: RegExp;
  rule: IndicatorRule;
  weight: Weight;
  side: Side;
}

function compile(rule: IndicatorRule, set: CueSet | undefined, side: Side): CompiledCue[] {
  return WEIGHTS.flatMap((weight) => {
    const src = set?.[weight];
    return src ? [{ re: new RegExp(src.replace(/…/g, GAP), 'gd'), rule, weight, side }] : [];
  });
}

const compiled: readonly CompiledCue[] = indicatorRules.flatMap((rule) => [
  ...compile(rule, rule.cues, 'both'),
  ...compile(rule, rule.before, 'before'),
  ...compile(rule, rule.after, 'after'),
]);

/** Whether `h` fills a gap of `o` wholly, and names another indicator outright ("办理行政复议案件": 行政复议 in 办理…案件). */
const fillsGapOf = (h: CueHit, o: CueHit): boolean =>
  h.weight === 3 && h.rule.id !== o.rule.id && o.gaps.some(([a, b]) => a <= h.start && h.end <= b);

/**
 * All cue hits of a (title-masked) text, sorted by start. A hit inside a longer hit is dropped:
 * "入户入企检查" is one cue, not also "检查"; "集中普法" is not also "普法". But a cue with a gap
 * is only a frame: where what fills its gap names another indicator outright, that one is the
 * cue ("办理行政复议案件" is a reconsideration case, not a penalty case by 办理…案件). A cue inside
 * “quotes” names a campaign or a mechanism (“集体审议”): it counts one weight less.
 */
export function findCueHits(masked: string, quoted: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const c of compiled) {
    for (const m of masked.matchAll(c.re)) {
      if (m[0].length === 0) continue;
      const inQuotes = quoted[m.index] === '□';
      const weight: Weight = inQuotes ? (c.weight === 3 ? 2 : 1) : c.weight;
      // A gap of an alternative that did not match has no indices (the lib's types say it always has).
      const groups = (m.indices ?? []).slice(1) as ([number, number] | undefined)[];
      const gaps = groups.filter((g): g is [number, number] => g !== undefined && g[1] > g[0]);
      hits.push({ start: m.index, end: m.index + m[0].length, rule: c.rule, weight, side: c.side, gaps });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  // Cues are short: a container starts at most 30 characters before what it contains.
  const near = (i: number): CueHit[] => {
    const h = hits[i] as CueHit;
    const out: CueHit[] = [];
    for (let j = i - 1; j >= 0 && (hits[j]?.start ?? -Infinity) >= h.start - 30; j--) out.push(hits[j] as CueHit);
    for (let j = i + 1; j < hits.length && (hits[j]?.start ?? Infinity) <= h.start; j++) out.push(hits[j] as CueHit);
    return out;
  };
  // A longer cue hides a shorter one only where both could name the same number: "参加法治理论学习"
  // (people who took part, 人次) leaves 理论学习 (sessions, 次) standing.
  const contains = (o: CueHit, h: CueHit): boolean =>
    o.end - o.start > h.end - h.start && o.start <= h.start && o.end >= h.end && o.rule.units.some((u) => h.rule.units.includes(u));
  const framed = new Set<CueHit>();
  hits.forEach((h, i) => {
    for (const o of near(i)) if (contains(o, h) && fillsGapOf(h, o)) framed.add(o);
  });
  return hits.filter((h, i) => !framed.has(h) && !near(i).some((o) => !framed.has(o) && contains(o, h)));
}

/** Index of the first hit starting at or after `pos`. */
function lowerBound(hits: readonly CueHit[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface ScoringContext {
  text: string;
  masked: string;
  hits: readonly CueHit[];
  /** Prefix counts of masked (title) characters, to measure distance without 《…》 bodies. */
  maskedBefore: readonly number[];
  /** For each position, the start of the （parenthesis） it is in, or -1. */
  paren: readonly number[];
  /** Paragraph starts, ascending (the paragraph is the context of a rule's `paragraph` test). */
  paraStarts: readonly number[];
}

function paragraphAt(ctx: ScoringContext, pos: number): string {
  let lo = 0;
  let hi = ctx.paraStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ctx.paraStarts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  const start = ctx.paraStarts[lo] ?? 0;
  const next = ctx.text.indexOf('\n', start);
  return ctx.masked.slice(start, next < 0 ? ctx.text.length : next);
}

function parenGroups(text: string): number[] {
  const out: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') open = i;
    out.push(open);
    if (ch === '）' || ch === ')' || ch === '。' || ch === '\n') open = -1;
  }
  return out;
}

export function scoringContext(text: string, masked: string, hits: readonly CueHit[]): ScoringContext {
  const maskedBefore: number[] = [0];
  for (let i = 0; i < masked.length; i++) maskedBefore.push((maskedBefore[i] ?? 0) + (masked[i] === '□' ? 1 : 0));
  const paraStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') paraStarts.push(i + 1);
  return { text, masked, hits, maskedBefore, paren: parenGroups(text), paraStarts };
}

function gapOf(ctx: ScoringContext, a: number, b: number): { dist: number; commas: number } {
  const gap = ctx.text.slice(a, b);
  const commas = (gap.match(/[，,]/g) ?? []).length;
  const dist = b - a - ((ctx.maskedBefore[b] ?? 0) - (ctx.maskedBefore[a] ?? 0));
  return { dist, commas };
}

function allowed(ctx: ScoringContext, rule: IndicatorRule, q: Quantity, sentence: string): boolean {
  if (!rule.units.includes(q.unit)) return false;
  if (rule.requires && !rule.requires.test(sentence)) return false;
  if (rule.paragraph && !rule.paragraph.test(paragraphAt(ctx, q.start))) return false;
  return !(rule.excludes && rule.excludes.test(sentence));
}

/** "6994条，发送提醒短信4579条": a cue just before the next number, in its clause, is that number's. */
function claimedByNext(text: string, hit: CueHit, next: Quantity): boolean {
  return hit.end <= next.start && !/[，。；,;]/.test(text.slice(hit.end, next.start)) && hit.rule.units.includes(next.unit);
}

/** A cue after the number and past a comma counts only as the predicate of 对 + the number. */
function objectPredicate(ctx: ScoringContext, q: Quantity, sentence: Segment, hit: CueHit): boolean {
  const before = ctx.text.slice(sentence.start, q.start);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
  const comma = Math.max(ctx.text.lastIndexOf('，', hit.start), ctx.text.lastIndexOf(',', hit.start));
  return clause.includes('对') && hit.weight === 3 && OBJECT_PREDICATE.test(ctx.text.slice(comma + 1, hit.start));
}

function scoreHit(ctx: ScoringContext, q: Quantity, sentence: Segment, hit: CueHit, next?: Quantity): Candidate | null {
  // A cue inside a (parenthesis) speaks only to numbers inside it: "（不予处罚、减轻处罚清单），对4家".
  const group = ctx.paren[hit.start] ?? -1;
  if (group >= 0 && group !== (ctx.paren[q.start] ?? -1)) return null;
  if (hit.end <= q.start) {
    if (hit.side === 'after') return null;
    const { dist, commas } = gapOf(ctx, hit.end, q.start);
    // Past a comma only a cue that names the indicator outright still reaches the number.
    if (commas > 2 || (commas > 0 && hit.weight < 3)) return null;
    const score = hit.weight * 10 - PER_CHAR * dist - PER_COMMA * commas;
    return score > MIN_SCORE ? { rule: hit.rule, hit, score, after: false } : null;
  }
  if (hit.start < q.end || hit.side === 'before') return null;
  const { dist, commas } = gapOf(ctx, q.end, hit.start);
  if (commas > 1 || (commas === 1 && !objectPredicate(ctx, q, sentence, hit))) return null;
  if (next && claimedByNext(ctx.text, hit, next)) return null;
  const score = hit.weight * 10 - PER_CHAR * dist - PER_COMMA * commas - AFTER_COST;
  return score > MIN_SCORE ? { rule: hit.rule, hit, score, after: true } : null;
}

/**
 * Candidates for one quantity, best first. `from`/`to` bound the search: the previous and next
 * quantity of the sentence (or the sentence's ends).
 */
export function candidatesFor(ctx: ScoringContext, q: Quantity, sentence: Segment, from: number, to: number, next?: Quantity): Candidate[] {
  const sentenceText = ctx.masked.slice(sentence.start, sentence.end);
  const out: Candidate[] = [];
  const afterLimit = Math.min(to, q.end + MAX_AFTER);
  for (let i = lowerBound(ctx.hits, from); i < ctx.hits.length; i++) {
    const hit = ctx.hits[i];
    if (!hit || hit.start >= afterLimit) break;
    if (!allowed(ctx, hit.rule, q, sentenceText)) continue;
    const c = scoreHit(ctx, q, sentence, hit, next);
    if (c) out.push(c);
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}
