/**
 * The report extractor: text of a health commission's annual rule-of-law report in, unit, year,
 * figures and weaknesses out, each with its exact quote and offsets. Pure TypeScript: no DOM,
 * no Node APIs, so it runs in a Web Worker as well as in the CLI.
 */
import { placeClues, type PlaceClues } from './clues.ts';
import { extractFigures, type Figure } from './figures.ts';
import { disclosureTableFigures } from './tables/disclosure.ts';
import { issuerOf, textKind, type Issuer, type OffTopicReason, type TextKind } from './kind.ts';
import { normalise, paragraphs } from './text.ts';
import { findDocNumber, findPublicationYear, findReportDate, findTitle, findUnit, findYear, type ReportUnit } from './unit.ts';
import { extractWeaknesses, type Weakness } from './weaknesses.ts';
import { readExtent } from './extent.ts';
import type { Extent } from '../contract/schema.ts';

export type { Figure } from './figures.ts';
export type { Weakness } from './weaknesses.ts';
export type { ReportUnit } from './unit.ts';
export type { Issuer, OffTopicReason, TextKind } from './kind.ts';
export type { PlaceClues } from './clues.ts';

export interface Extraction {
  unit: ReportUnit | null;
  year: number | null;
  docNumber: string | null;
  /** ISO date under the signature, where there is one. */
  reportDate: string | null;
  /** The title line, where there is one (seed 004 has none). */
  title: string | null;
  figures: Figure[];
  weaknesses: Weakness[];
  /** Whether this reads as a health commission's report: a unit and a figure or weakness found. */
  isReport: boolean;
  /** Annual report, supervision summary, enforcement report, disclosure report, news item, or off topic. */
  kind: TextKind;
  /** Who issued it: the commission, its enforcement arm, or a whole government (a 年报 whose figures are not the commission's). */
  issuer: Issuer | null;
  /** What the text says of its region besides naming its commission (place.ts reads them). */
  clues: PlaceClues;
  /** Why the text is off topic (no health body named, no supervision work in it); null otherwise. */
  offTopic: OffTopicReason | null;
  /** Whose figures they are, by the report's wording (全市 / 我委): see extent.ts. */
  extent: Extent | null;
}

/** What a file says about a text outside it: a web page's title and date, the file's name. */
export interface ReadHints {
  title?: string | null;
  /** YYYY-MM-DD. */
  date?: string | null;
  /** The file's name, a further clue to the unit when the text names itself only by level. */
  fileName?: string;
}

export function extractReport(source: string, hints: ReadHints = {}): Extraction {
  const nt = normalise(source);
  const unit = findUnit(nt.text);
  const figures = [...extractFigures(nt), ...disclosureTableFigures(source)].sort((a, b) => a.start - b.start);
  const weaknesses = extractWeaknesses(nt, paragraphs(nt.text));
  const { kind, reason } = textKind(nt.text, unit !== null);
  const title = hints.title?.trim() || findTitle(nt.text);
  const published = hints.date ? Number(hints.date.slice(0, 4)) : null;
  return {
    unit,
    // A news item is dated by its byline; a report's own publication date is the year after it covers.
    year: findYear(nt.text) ?? (kind === 'news' ? (findPublicationYear(nt.text) ?? published) : null),
    docNumber: findDocNumber(nt.text),
    reportDate: findReportDate(nt.text) ?? hints.date ?? null,
    title,
    figures,
    weaknesses,
    isReport: kind !== 'off_topic' && unit !== null && (figures.length > 0 || weaknesses.length > 0),
    kind,
    issuer: issuerOf(title, kind, unit?.name ?? null),
    offTopic: reason,
    clues: placeClues(nt.text, hints.fileName),
    extent: readExtent(source, figures),
  };
}
