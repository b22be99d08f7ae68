/**
 * Parts and zeros: the domain a phrase names, the double-random scope a figure belongs to, and
 * the figures a report states as absent ("无行政复议和行政应诉案件" → both 0).
 */
import type { Domain, RandomScope } from '../domain/catalogue.ts';
import type { Figure } from './figure.ts';
import { domainLexicon, scopeLexicon, ZERO_NEGATION, zeroRules } from './lexicon.ts';
import type { Quantity } from './numbers.ts';
import { quoteOf, type NormalText, type Segment } from './text.ts';

/** The highest-priority domain a phrase names, if any. */
export function domainOf(phrase: string): Domain | undefined {
  if (!phrase) return undefined;
  for (const [domain, re] of domainLexicon) if (re.test(phrase)) return domain;
  return undefined;
}

function scopesIn(text: string): RandomScope[] {
  const found: RandomScope[] = [];
  for (const [scope, re] of scopeLexicon) if (re.test(text) && !found.includes(scope)) found.push(scope);
  return found;
}

const RANDOM_CONTEXT = /随机|抽查|抽检|抽取/;

/**
 * The scope of a double-random figure: named in its clause; else, for a count, in its sentence;
 * else the paragraph's scope when the paragraph has only one. A rate after several scoped parts
 * ("…国家…省…联合…，完成监督率100%") is the overall rate: no scope.
 */
export function scopeOf(
  text: string,
  q: Quantity,
  sentence: Segment,
  paras: readonly Segment[],
  indicator: string,
): RandomScope | undefined {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (!indicator.startsWith('random_') && !RANDOM_CONTEXT.test(sentenceText)) return undefined;
  // The list item ("省级任务204个"), then the clause, then (for counts) the sentence.
  for (const stop of [/[，,、]/, /[，,]/]) {
    let a = q.start;
    while (a > sentence.start && !stop.test(text[a - 1] ?? '')) a--;
    const near = scopesIn(text.slice(a, q.end))[0];
    if (near) return near;
  }
  if (q.unit !== '%') {
    const inSentence = scopesIn(sentenceText);
    if (inSentence.length === 1) return inSentence[0];
    if (inSentence.length > 1) return undefined;
  }
  const para = paras.find((p) => p.start <= q.start && q.start < p.end);
  if (!para) return undefined;
  const inPara = scopesIn(text.slice(para.start, para.end));
  return inPara.length === 1 ? inPara[0] : undefined;
}

const ZERO_CUES = zeroRules.map((z) => z.cue).join('|');
const zeroCue = new RegExp(ZERO_CUES, 'g');
const negation = new RegExp(`(?:${ZERO_NEGATION})(?=[^，。；\\n]{0,4}(?:${ZERO_CUES}))`, 'g');
/**
 * "行政复议、行政诉讼案件均为0", "行政复议案件为零": the named indicators, then a zero written without a
 * unit (a zero with its unit, "行政复议案件0件", is a figure like any other).
 */
const zeroStated = new RegExp(
  `(?:${ZERO_CUES})(?:案件)?(?:[、和及与](?:${ZERO_CUES})(?:案件)?)*(?:数量?)?(?:(?:均|都|皆)(?:为|是)?|为)(?:0|零)(?![\\d.件起宗例])`,
  'g',
);

/** The indicators the zero cues in `text` name, once each, and where the last of them ends in it. */
function namedZeros(text: string): { ids: string[]; end: number } {
  const ids: string[] = [];
  let end = 0;
  for (const c of text.matchAll(zeroCue)) {
    const rule = zeroRules.find((z) => new RegExp(`^(?:${z.cue})$`).test(c[0]));
    if (!rule || ids.includes(rule.id)) continue;
    ids.push(rule.id);
    end = c.index + c[0].length;
  }
  return { ids, end };
}

function zeros(nt: NormalText, ids: readonly string[], start: number, end: number): { figure: Figure; normStart: number }[] {
  const { quote, start: s, end: e } = quoteOf(nt, start, end);
  return ids.map((id) => ({ figure: { indicator: id, value: 0, unit: '件', approx: false, quote, start: s, end: e }, normStart: start }));
}

/** "无行政复议和行政应诉案件", "未发生行政复议和行政诉讼", "…均为0": each named indicator is 0. */
export function zeroFigures(nt: NormalText, masked: string): { figure: Figure; normStart: number }[] {
  const out: { figure: Figure; normStart: number }[] = [];
  for (const m of masked.matchAll(zeroStated)) out.push(...zeros(nt, namedZeros(m[0]).ids, m.index, m.index + m[0].length));
  for (const m of masked.matchAll(negation)) {
    const after = m.index + m[0].length;
    const clauseEnd = masked.slice(after).search(/[，。；\n]/);
    const named = namedZeros(masked.slice(after, clauseEnd < 0 ? masked.length : after + Math.min(clauseEnd, 16)));
    let end = after + named.end;
    if (masked.startsWith('案件', end)) end += 2;
    out.push(...zeros(nt, named.ids, m.index, end));
  }
  return out;
}
