/**
 * Cue hits and their scoring. Every cue of the lexicon is found once over the whole text; a
 * number then looks for hits in its own sentence, before it (back to the previous number: a cue
 * already spent on that number is not this one's) and just after it ("37件信访积案").
 */
import { indicatorRules, type IndicatorRule, type Weight } from './lexicon.ts';
import type { Quantity } from './numbers.ts';
import type { Segment } from './text.ts';

export interface CueHit {
  start: number;
  end: number;
  rule: IndicatorRule;
  weight: Weight;
  /** Only counts after the number. */
  afterOnly: boolean;
}

export interface Candidate {
  rule: IndicatorRule;
  hit: CueHit;
  score: number;
  after: boolean;
}

const GAP = '[^，。；\\n]{0,6}';
const WEIGHTS: readonly Weight[] = [3, 2, 1];
/** Below this a cue is too weak or too far to name the number. */
const MIN_SCORE = 4;
const MAX_AFTER = 40;

interface CompiledCue {
  re: RegExp;
  rule: IndicatorRule;
  weight: Weight;
  afterOnly: boolean;
}

const compiled: readonly CompiledCue[] = indicatorRules.flatMap((rule) =>
  [false, true].flatMap((afterOnly) => {
    const set = afterOnly ? rule.after : rule.cues;
    return WEIGHTS.flatMap((weight) => {
      const src = set?.[weight];
      return src ? [{ re: new RegExp(src.replace(/…/g, GAP), 'g'), rule, weight, afterOnly }] : [];
    });
  }),
);

/**
 * All cue hits of a (title-masked) text, sorted by start. A hit inside a longer hit is dropped:
 * "入户入企检查" is one cue, not also "检查"; "集中普法" is not also "普法".
 */
export function findCueHits(masked: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const c of compiled) {
    for (const m of masked.matchAll(c.re)) {
      if (m[0].length === 0) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, rule: c.rule, weight: c.weight, afterOnly: c.afterOnly });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  return hits.filter((h) => {
    const len = h.end - h.start;
    return !hits.some((o) => o.end - o.start > len && o.start <= h.start && o.end >= h.end);
  });
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
}

export function scoringContext(text: string, masked: string, hits: readonly CueHit[]): ScoringContext {
  const maskedBefore: number[] = [0];
  for (let i = 0; i < masked.length; i++) maskedBefore.push((maskedBefore[i] ?? 0) + (masked[i] === '□' ? 1 : 0));
  return { text, masked, hits, maskedBefore };
}

function gapOf(ctx: ScoringContext, a: number, b: number): { dist: number; commas: number } {
  const gap = ctx.text.slice(a, b);
  const commas = (gap.match(/[，,]/g) ?? []).length;
  const dist = b - a - ((ctx.maskedBefore[b] ?? 0) - (ctx.maskedBefore[a] ?? 0));
  return { dist, commas };
}

function allowed(rule: IndicatorRule, q: Quantity, sentence: string): boolean {
  if (!rule.units.includes(q.unit)) return false;
  if (rule.requires && !rule.requires.test(sentence)) return false;
  return !(rule.excludes && rule.excludes.test(sentence));
}

/**
 * Candidates for one quantity, best first. `from`/`to` bound the search: the previous and next
 * quantity of the sentence (or the sentence's ends).
 */
export function candidatesFor(ctx: ScoringContext, q: Quantity, sentence: Segment, from: number, to: number): Candidate[] {
  const sentenceText = ctx.masked.slice(sentence.start, sentence.end);
  const out: Candidate[] = [];
  const afterLimit = Math.min(to, q.end + MAX_AFTER);
  for (let i = lowerBound(ctx.hits, from); i < ctx.hits.length; i++) {
    const hit = ctx.hits[i];
    if (!hit || hit.start >= afterLimit) break;
    if (!allowed(hit.rule, q, sentenceText)) continue;
    let score: number;
    let after: boolean;
    if (hit.end <= q.start) {
      if (hit.afterOnly) continue;
      const { dist, commas } = gapOf(ctx, hit.end, q.start);
      if (commas > 2) continue;
      score = hit.weight * 10 - 0.4 * dist - 6 * commas;
      after = false;
    } else if (hit.start >= q.end) {
      const { dist, commas } = gapOf(ctx, q.end, hit.start);
      if (commas > (hit.afterOnly ? 0 : 1)) continue;
      score = hit.weight * 10 - 0.4 * dist - 6 * commas - 2;
      after = true;
    } else {
      continue; // overlaps the number itself
    }
    if (score > MIN_SCORE) out.push({ rule: hit.rule, hit, score, after });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}
