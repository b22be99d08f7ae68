/**
 * The sentences a briefing says about the data: totals and their change on last year, units at
 * 100 % on each rate, the top and bottom of the league, the weaknesses reported most and for how
 * many years, and figures that contradict what units admit. Pure functions over the model and the
 * locale strings (zh and en): the Word briefing and the wall screen's callouts both say things
 * through these, so a number is worded one way everywhere. Every number comes from the model.
 */
import type { Unit } from '../../contract/schema.ts';
import { aggregateIndicator, changeBetween, isRate, type Aggregate, type Change } from '../../domain/aggregate.ts';
import { recordOf, type Model } from '../../domain/model.ts';
import { staffingSignals, type UnitSignals } from '../../domain/signals.ts';
import { streak, weaknessCounts } from '../../domain/weaknesses.ts';
import { formatNumber, formatValue, localized, translate, type Lang, type MessageKey, type Params } from '../../i18n/index.ts';
import { areaSentence } from './truth.ts';

/** The words of one language, bound once. */
export interface Words {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
}

export const wordsFor = (lang: Lang): Words => ({ lang, t: (k, p) => translate(lang, k, p) });

const list = (w: Words, items: readonly string[]): string => items.join(w.t('briefing.list.sep'));

// --- Recurring weaknesses (the wall screen's callouts) -------------------------------------

export interface Callout {
  category: string;
  /** Units reporting it this year, of the units with a record. */
  n: number;
  of: number;
  /** Of those, units reporting it `years` or more years running. */
  streak: number;
  years: number;
}

/** The categories most reported this year, with how many units have reported them for years on end. */
export function recurringCallouts(model: Model, units: readonly Unit[], year: number, limit = 3): Callout[] {
  const reporting = units.filter((u) => recordOf(model, u.code, year));
  return weaknessCounts(model, reporting, year)
    .filter((c) => c.units > 0)
    .slice(0, limit)
    .map((c) => {
      const streaks = reporting.map((u) => streak(model, u.code, year, c.category)).filter((s) => s > 0);
      // The longest run that at least a quarter of the reporting units share: a claim worth a wall.
      const sorted = [...streaks].sort((a, b) => b - a);
      const years = Math.max(1, sorted[Math.max(0, Math.ceil(streaks.length / 4) - 1)] ?? 1);
      return { category: c.category, n: c.units, of: reporting.length, streak: streaks.filter((s) => s >= years).length, years };
    });
}

const categoryName = (model: Model, id: string, lang: Lang): string => localized(model.weaknessById.get(id)?.label, lang) || id;

/**
 * One recurring weakness in words: terse on a wall (`wall`), in full sentences in a document.
 * The same facts either way.
 */
export function calloutSentence(c: Callout, model: Model, w: Words, register: 'wall' | 'document' = 'document'): string {
  const params = { category: categoryName(model, c.category, w.lang), n: c.n, of: c.of, streak: c.streak, years: c.years };
  return w.t(register === 'wall' ? 'screen.callout' : 'briefing.weak.item', params);
}

// --- Totals and their change on last year --------------------------------------------------

/** The figures a briefing opens with (the overview's headline indicators). */
export const TOTAL_INDICATORS = [
  'random_tasks_completed',
  'random_completion_rate',
  'penalty_cases',
  'fines_yuan',
  'complaints_handled_rate',
  'training_sessions',
  'publicity_events',
] as const;

export interface TotalFact {
  indicator: string;
  unit: string;
  rate: boolean;
  current: Aggregate;
  previous: Aggregate;
  change: Change | null;
}

export function totalFacts(
  model: Model,
  units: readonly Unit[],
  year: number,
  indicators: readonly string[] = TOTAL_INDICATORS,
): TotalFact[] {
  return indicators.flatMap((id) => {
    const ind = model.indicatorById.get(id);
    if (!ind) return [];
    const current = aggregateIndicator(model, units, year, id);
    const previous = aggregateIndicator(model, units, year - 1, id);
    return [{ indicator: id, unit: ind.unit, rate: isRate(ind), current, previous, change: changeBetween(current.value, previous.value) }];
  });
}

/** A value as a document writes it: "4733件", "1815.33万元" in Chinese (no space), "4,733 cases" in English. */
export function valueText(value: number, unit: string, w: Words, approx = false): string {
  const text = formatValue(value, unit, w.lang, { approx, compactYuan: true });
  return w.lang === 'zh' ? text.replace(/(\d) (\D)/, '$1$2') : text;
}

export function totalSentence(f: TotalFact, model: Model, w: Words): string {
  const label = localized(model.indicatorById.get(f.indicator)?.label, w.lang);
  if (f.current.value === null) return w.t('briefing.total.none', { label });
  // An area total (a city's 全市 figure) stands for its units: said so, with what they reported themselves.
  const areas = f.current.areas.map((a) => areaSentence(a, (v) => valueText(v, f.unit, w, a.approx), w));
  // A change between two different sets of reporting units is partly a change in who reported.
  const basis = f.change && f.previous.reported !== f.current.reported ? w.t('truth.total.basis', { n: f.previous.reported }) : '';
  return joinSentences(w, [totalChangeSentence(f, label, w), basis, ...areas]);
}

/** Sentences in a row: run together in Chinese, a space apart in English. */
export const joinSentences = (w: Words, parts: readonly string[]): string =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(w.lang === 'zh' ? '' : ' ');

function totalChangeSentence(f: TotalFact, label: string, w: Words): string {
  const value = valueText(f.current.value ?? 0, f.unit, w, f.current.approx);
  const base = { label, value, reported: f.current.reported, of: f.current.of };
  const c = f.change;
  if (!c) return w.t('briefing.total.new', base);
  if (f.rate) {
    if (Math.abs(c.absolute) < 0.05) return w.t('briefing.total.rateFlat', base);
    return w.t(c.absolute > 0 ? 'briefing.total.rateUp' : 'briefing.total.rateDown', {
      ...base,
      delta: formatNumber(Math.abs(c.absolute), w.lang, 1),
    });
  }
  if (c.absolute === 0) return w.t('briefing.total.flat', base);
  const delta = valueText(Math.abs(c.absolute), f.unit, w);
  const pct = c.relative === null ? '—' : formatNumber(Math.abs(c.relative), w.lang, 1);
  return w.t(c.absolute > 0 ? 'briefing.total.up' : 'briefing.total.down', { ...base, delta, pct });
}

// --- Rates at 100 % -------------------------------------------------------------------------

export interface FullRateFact {
  indicator: string;
  reported: number;
  full: number;
}

/** For each rate indicator, how many reporting units met 100 %. */
export function fullRateFacts(model: Model, units: readonly Unit[], year: number): FullRateFact[] {
  return model.dataset.indicators.filter(isRate).flatMap((ind) => {
    const i = model.indicatorIndex.get(ind.id);
    let reported = 0;
    let full = 0;
    for (const u of units) {
      const v = i === undefined ? null : (recordOf(model, u.code, year)?.values[i] ?? null);
      if (v === null) continue;
      reported += 1;
      if (v >= 100) full += 1;
    }
    return reported ? [{ indicator: ind.id, reported, full }] : [];
  });
}

export const fullRateSentence = (f: FullRateFact, model: Model, w: Words): string =>
  w.t('briefing.rate.full', { label: localized(model.indicatorById.get(f.indicator)?.label, w.lang), reported: f.reported, full: f.full });

export const scoreText = (score: number | null, w: Words): string => (score === null ? '—' : formatNumber(score, w.lang, 1));

// --- Figures that contradict what units admit ----------------------------------------------

export interface ContradictionFact {
  signal: 'staffing' | 'aging';
  figuresOnly: Unit[];
  reportedOnly: Unit[];
}

export function contradictionFacts(
  model: Model,
  units: readonly Unit[],
  peerPool: readonly Unit[],
  year: number,
): { facts: ContradictionFact[]; assessed: number } {
  const signals: UnitSignals[] = staffingSignals(model, units, peerPool, year);
  const facts = (['staffing', 'aging'] as const).map((signal) => ({
    signal,
    figuresOnly: signals.filter((s) => s[signal].status === 'figures_only').map((s) => s.unit),
    reportedOnly: signals.filter((s) => s[signal].status === 'reported_only').map((s) => s.unit),
  }));
  return { facts, assessed: signals.length };
}

/** Units named in a sentence: the first few, then "…". */
const names = (w: Words, units: readonly Unit[], max = 8): string =>
  list(
    w,
    units.slice(0, max).map((u) => u.name),
  ) + (units.length > max ? w.t('briefing.table.gap') : '');

export function contradictionSentences(r: { facts: ContradictionFact[]; assessed: number }, w: Words): string[] {
  const out: string[] = [];
  for (const f of r.facts) {
    const label = w.t(f.signal === 'staffing' ? 'briefing.contra.staffing' : 'briefing.contra.aging');
    if (f.figuresOnly.length)
      out.push(w.t('briefing.contra.figuresOnly', { label, n: f.figuresOnly.length, units: names(w, f.figuresOnly) }));
    if (f.reportedOnly.length)
      out.push(w.t('briefing.contra.reportedOnly', { label, n: f.reportedOnly.length, units: names(w, f.reportedOnly) }));
  }
  return out.length ? out : [w.t('briefing.contra.none', { n: r.assessed })];
}
