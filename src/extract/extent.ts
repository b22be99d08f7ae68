/**
 * Whose figures a city's (or province's) report gives: its whole area's (全市, 我市, 全系统 …) or
 * the commission's own (市本级, 我委, 委机关 …). Read as an office reads it: the nearest such word
 * before a figure in its sentence is whose figure it is (许昌: “我市随机监督检查抽查数1609户”;
 * 秦皇岛: “我委牵头负责…，2025年全市累计办理该项业务6771件” is the city's, not the commission's).
 * A report gives one record (contract 1.2 `extent`), so most of its figures decide, and a tie
 * goes to the area: an area total taken for an own figure would be added to the units' figures a
 * second time, the worse mistake. No such word before any figure: null (the report does not say).
 * Only a unit with units under it (a city, a province) needs it: `extentFor` applies it by level.
 */
import type { Extent, Level } from '../contract/schema.ts';
import { normalise, type NormalText } from './text.ts';

/** The whole area: 全市/我市 (and 区, 县, 州, 盟, 省), the whole health system of it. */
const AREA = /全[市区县州盟省]|我[市区县州盟省](?![委局])|全系统|全行业/g;
/** The commission itself: 本级, 我委/我局, its organs. */
const OWN = /本级|我[委局]|本[委局]|[委局]机关/g;
/** Where a sentence ends: a figure's subject is not looked for across it. */
const SENTENCE_END = /[。；！？\n]/;

export interface PlacedFigure {
  /** Offsets of the figure's quote in the report as given (the extractor's offsets). */
  start: number;
  end: number;
}

/** The first offset of the normalised text at or after `at` in the source (map is ascending). */
function normalOffset(nt: NormalText, at: number): number {
  let lo = 0;
  let hi = nt.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((nt.map[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last match of `re` in `s`, or -1. */
function lastIndex(re: RegExp, s: string): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

/** Whose a figure is, by the nearest word before it in its sentence (or in its own quote). */
function extentOfFigure(text: string, f: PlacedFigure): Extent | null {
  let from = f.start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from -= 1;
  const before = text.slice(from, f.end);
  const area = lastIndex(AREA, before);
  const own = lastIndex(OWN, before);
  if (area < 0 && own < 0) return null;
  return area > own ? 'area' : 'own';
}

/**
 * How many figures read as the area's and as the commission's own. Read on the normalised text,
 * where a line break is a paragraph's end, not a PDF's wrap inside a sentence.
 */
export function extentVotes(source: string, figures: readonly PlacedFigure[]): { area: number; own: number } {
  const nt = normalise(source);
  let area = 0;
  let own = 0;
  for (const f of figures) {
    const e = extentOfFigure(nt.text, { start: normalOffset(nt, f.start), end: normalOffset(nt, f.end) });
    if (e === 'area') area += 1;
    else if (e === 'own') own += 1;
  }
  return { area, own };
}

/** The decision from votes (of one report, or of every report of a unit-year). */
export function extentOfVotes(v: { area: number; own: number }): Extent | null {
  if (v.area === 0 && v.own === 0) return null;
  return v.area >= v.own ? 'area' : 'own';
}

export const readExtent = (source: string, figures: readonly PlacedFigure[]): Extent | null => extentOfVotes(extentVotes(source, figures));

/** The reading, for a unit that has units under it (a city, a province); a county-level unit's own and area figures are the same. */
export const extentFor = (level: Level, read: Extent | null | undefined): Extent | null =>
  level === 'city' || level === 'province' ? (read ?? null) : null;
