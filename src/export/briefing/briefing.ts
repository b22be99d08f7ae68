/**
 * The written briefing (情况通报) as data: its title, numbered sections of sentences, the league
 * as a table and an appendix of the real figures used with their documents and quotes. Built from
 * the model with the shared sentence builders; the .docx writer (docx.ts) only lays it out, so the
 * words are tested here without Word. Pure: no DOM, no fetching.
 */
import type { Unit } from '../../contract/schema.ts';
import { coverageOf, type Coverage } from '../../domain/coverage.ts';
import { evidenceFor, type EvidenceItem } from '../../domain/evidence.ts';
import { recordOf, subtree, unitsInScope, type LevelFilter, type Model } from '../../domain/model.ts';
import { peerScopeOf } from '../../domain/peers.ts';
import { sourcesOf, type SourceSummary } from '../../domain/sources.ts';
import { rankUnits, type ScoringSettings, type UnitScore } from '../../domain/scoring.ts';
import { streak } from '../../domain/weaknesses.ts';
import { indicatorGroups, type IndicatorGroup } from '../../domain/catalogue.ts';
import { localized } from '../../i18n/index.ts';
import {
  calloutSentence,
  contradictionFacts,
  contradictionSentences,
  fullRateFacts,
  fullRateSentence,
  joinSentences,
  recurringCallouts,
  scoreText,
  totalFacts,
  totalSentence,
  valueText,
  type Words,
} from './sentences.ts';
import { coverageSentence, missingLines, peerGroupFacts, peerGroupSentence, sourceLine, sourceSentence } from './truth.ts';

/** The four pages a briefing can speak for (the whole-scope briefing has the first three; a unit's, its own). */
export type BriefingPart = 'overview' | 'league' | 'weaknesses' | 'unit';

export interface BriefingSection {
  /** The page the section speaks for (figures and the league table follow its last section). */
  part: BriefingPart | 'extra';
  heading: string;
  paragraphs: string[];
  subsections?: Array<{ heading: string; paragraphs: string[] }>;
}

export interface LeagueTable {
  title: string;
  header: string[];
  /** null marks the gap between the top and bottom rows. */
  rows: Array<string[] | null>;
  /** Where the ranked units' figures came from, when the document's sources mix. */
  source?: string;
}

export interface AppendixRow {
  unit: string;
  item: string;
  value: string;
  document: string;
  quote: string;
}

export interface Briefing {
  title: string;
  /** Scope, year, source, as-of. */
  meta: string;
  synthetic: boolean;
  /** Where the figures came from, read off their evidence (never a fixed claim). */
  sources: string;
  /** The figures come from more than one kind of source: each figure and table says its own. */
  mixedSources: boolean;
  intro: string;
  sections: BriefingSection[];
  /** One table per peer group that has a ranking (districts, counties with county-level cities, cities). */
  league: LeagueTable[];
  /** The units that did not report (未报送单位), one line per level; empty when every unit reported. */
  missing: { title: string; lines: string[] };
  appendix: { rows: AppendixRow[]; more: number };
}

/**
 * Sections another part of the product adds (targets, issue 18: "how many units miss each
 * target"): called with the same inputs, returning a section or null. Appended after the
 * built-in sections, numbered with them.
 */
export type SectionSource = (input: BriefingInput, words: Words) => BriefingSection | null;

export interface BriefingInput {
  model: Model;
  scope: string | null;
  level: LevelFilter;
  year: number;
  settings: ScoringSettings;
  parts: readonly BriefingPart[];
  /** The unit page's unit. */
  unit?: string;
  /**
   * Top and bottom rows of each league table; 0 = every ranked unit. Default 10, or 5 when
   * several peer groups each have a table (the document stays a few pages).
   */
  tableRows?: number;
  extraSections?: readonly SectionSource[];
  /** Rows of the appendix listed at most. */
  appendixMax?: number;
}

const scopeName = (model: Model, scope: string | null, w: Words): string =>
  scope ? (model.unitByCode.get(scope)?.name ?? scope) : w.t('filter.scope.all');

function overviewSection(model: Model, units: Unit[], year: number, w: Words): BriefingSection[] {
  const totals = totalFacts(model, units, year).filter((f) => f.current.value !== null);
  const rates = fullRateFacts(model, units, year);
  return [
    { part: 'overview', heading: w.t('briefing.h.overall'), paragraphs: totals.map((f) => totalSentence(f, model, w)) },
    {
      part: 'overview',
      heading: w.t('briefing.h.rates'),
      paragraphs: rates.length ? rates.map((f) => fullRateSentence(f, model, w)) : [w.t('briefing.rate.none')],
    },
  ];
}

function weaknessSection(model: Model, units: Unit[], year: number, w: Words): BriefingSection {
  const callouts = recurringCallouts(model, units, year, 5);
  const contra = contradictionFacts(model, units, units, year);
  return {
    part: 'weaknesses',
    heading: w.t('briefing.h.weaknesses'),
    paragraphs: [],
    subsections: [
      {
        heading: w.t('briefing.h.recurring'),
        paragraphs: callouts.length ? callouts.map((c) => calloutSentence(c, model, w)) : [w.t('briefing.weak.none')],
      },
      { heading: w.t('briefing.h.contradictions'), paragraphs: contradictionSentences(contra, w) },
    ],
  };
}

function unitSection(model: Model, code: string, year: number, settings: ScoringSettings, w: Words): BriefingSection | null {
  const unit = model.unitByCode.get(code);
  if (!unit) return null;
  // Ranked as the unit page ranks it: among its peer group in its province (or the whole dataset).
  const score =
    unit.level === 'province'
      ? undefined
      : rankUnits(model, peerScopeOf(model, unit), 'all', year, settings).find((s) => s.unit.code === code);
  const paragraphs: string[] = [];
  if (score && score.rank !== null) {
    paragraphs.push(
      w.t('briefing.unit.rank', {
        unit: unit.name,
        peer: w.t(`league.peer.${score.peerGroup}`),
        score: scoreText(score.composite, w),
        rank: score.rank,
        n: score.peers,
      }),
    );
  } else if (score && score.groupSize < 2)
    paragraphs.push(w.t('truth.unit.alone', { unit: unit.name, peer: w.t(`league.peer.${score.peerGroup}`), year }));
  else paragraphs.push(w.t('briefing.unit.norank', { unit: unit.name }));
  // A unit with units under it says whose figures it gave: its own (本级) or its area's (全市).
  const record = recordOf(model, code, year);
  if (record && model.childrenOf.has(code)) {
    const area = w.t(`truth.area.${unit.level}`);
    paragraphs.push(w.t(record.extent === 'area' ? 'truth.unit.extent.area' : 'truth.unit.extent.own', { unit: unit.name, area }));
    const below = coverageOf(
      model,
      subtree(model, code).filter((u) => u.code !== code),
      year,
    );
    if (below.of > 0) paragraphs.push(coverageSentence(below, unit.name, w));
  }
  for (const f of totalFacts(model, [unit], year)) if (f.current.value !== null) paragraphs.push(totalSentence(f, model, w));
  const weak = recordOf(model, code, year)?.weaknesses ?? [];
  if (weak.length) {
    const items = weak.map((c) => {
      const name = localized(model.weaknessById.get(c)?.label, w.lang) || c;
      const years = streak(model, code, year, c);
      return years > 1 ? w.t('briefing.unit.weakStreak', { category: name, years }) : name;
    });
    paragraphs.push(w.t('briefing.unit.weak', { unit: unit.name, list: items.join(w.t('briefing.list.sep')) }));
  } else paragraphs.push(w.t('briefing.unit.noweak', { unit: unit.name }));
  return { part: 'unit', heading: w.t('briefing.h.unit'), paragraphs };
}

function leagueTable(ranked: UnitScore[], peer: string, scope: string, year: number, rows: number, w: Words): LeagueTable {
  const groups: IndicatorGroup[] = indicatorGroups.filter((g) => ranked.some((s) => s.groups[g] !== null));
  const row = (s: UnitScore): string[] => [
    String(s.rank ?? '—'),
    s.unit.name,
    String(s.peers),
    scoreText(s.composite, w),
    ...groups.map((g) => scoreText(s.groups[g], w)),
  ];
  const shown: Array<string[] | null> =
    rows > 0 && ranked.length > rows * 2 ? [...ranked.slice(0, rows).map(row), null, ...ranked.slice(-rows).map(row)] : ranked.map(row);
  return {
    title: w.t('briefing.table.leagueTitle', { scope, year, peer }),
    header: [
      w.t('briefing.table.rank'),
      w.t('briefing.table.unit'),
      w.t('briefing.table.peers'),
      w.t('briefing.table.composite'),
      ...groups.map((g) => w.t(`group.${g}`)),
    ],
    rows: shown,
  };
}

interface LeaguePart {
  section: BriefingSection;
  tables: LeagueTable[];
}

/** Every peer group present in the scope, each ranked among its own and said how many it holds. */
function leaguePart(input: BriefingInput, coverage: Coverage, scope: string, sources: SourceSummary, w: Words): LeaguePart {
  const { model, year, settings } = input;
  const scores = rankUnits(model, input.scope, input.level, year, settings);
  const facts = peerGroupFacts(scores, coverage, settings.peers === 'all');
  const score = (n: number | null) => scoreText(n, w);
  const paragraphs =
    facts.length === 0
      ? [w.t('briefing.league.none')]
      : [w.t('truth.peer.intro'), ...facts.map((f) => peerGroupSentence(f, w, score)), w.t('briefing.league.method')];
  const mixed = sources.kinds.length > 1;
  const ranked = facts.filter((f) => f.ranked.length > 0);
  const rows = input.tableRows ?? (ranked.length > 1 ? 5 : 10);
  const tables = ranked.map((f) => {
    const table = leagueTable(f.ranked, w.t(`league.peer.${f.group}`), scope, year, rows, w);
    if (!mixed) return table;
    const own = sourcesOf(
      model,
      f.ranked.map((s) => s.unit),
      [year],
    );
    return { ...table, source: sourceLine(own, localized(model.dataset.meta.name, w.lang), w) };
  });
  return { section: { part: 'league', heading: w.t('briefing.h.league'), paragraphs }, tables };
}

function appendixOf(model: Model, units: Unit[], year: number, w: Words, max: number): Briefing['appendix'] {
  const items: EvidenceItem[] = [];
  for (const id of model.dataset.indicators.map((i) => i.id)) items.push(...evidenceFor(model, units, year, { indicator: id }));
  for (const c of model.dataset.weaknessCategories) items.push(...evidenceFor(model, units, year, { weakness: c.id }));
  // The appendix lists the real figures used and their sources: a generated quote (the demo's) is
  // not one, whatever it says.
  const real = items.filter((e) => !(e.document?.synthetic ?? model.dataset.meta.synthetic));
  const rows = real.slice(0, max).map((e): AppendixRow => {
    const ev = e.evidence;
    const ind = ev.indicator ? model.indicatorById.get(ev.indicator) : undefined;
    const item = ind
      ? localized(ind.label, w.lang)
      : ev.weakness
        ? localized(model.weaknessById.get(ev.weakness)?.label, w.lang) || ev.weakness
        : (ev.indicator ?? '');
    const value = typeof ev.value === 'number' ? valueText(ev.value, ev.unit ?? ind?.unit ?? '', w) : '';
    return { unit: e.unit.name, item, value, document: e.document?.title ?? ev.doc, quote: ev.quote };
  });
  return { rows, more: Math.max(0, real.length - rows.length) };
}

/** The years a briefing's figures are from: the year, and the year before where it compares with it. */
function yearsUsed(model: Model, units: readonly Unit[], year: number, parts: readonly BriefingPart[]): number[] {
  const compares = parts.includes('overview') || parts.includes('unit');
  const before = compares && units.some((u) => recordOf(model, u.code, year - 1)) ? [year - 1] : [];
  return [...before, year];
}

export function buildBriefing(input: BriefingInput, w: Words): Briefing {
  const { model, year } = input;
  const ds = model.dataset.meta;
  const unitPage = input.parts.includes('unit') && input.unit ? model.unitByCode.get(input.unit) : undefined;
  // A unit's own briefing speaks of the unit; with the other parts it is one section among them.
  const onlyUnit = unitPage !== undefined && input.parts.every((p) => p === 'unit');
  const scopeText = scopeName(model, onlyUnit ? unitPage.code : input.scope, w);
  const units = unitsInScope(model, input.scope, input.level);
  const covered = onlyUnit ? [unitPage] : units;
  const coverage = coverageOf(model, covered, year);
  const years = yearsUsed(model, covered, year, input.parts);
  const sources = sourcesOf(model, covered, years);
  const datasetName = localized(ds.name, w.lang);

  const sections: BriefingSection[] = [];
  if (input.parts.includes('overview')) sections.push(...overviewSection(model, units, year, w));
  let league: LeagueTable[] = [];
  if (input.parts.includes('league')) {
    const part = leaguePart(input, coverage, scopeText, sources, w);
    sections.push(part.section);
    league = part.tables;
  }
  if (input.parts.includes('weaknesses')) sections.push(weaknessSection(model, units, year, w));
  if (unitPage) {
    const s = unitSection(model, unitPage.code, year, input.settings, w);
    if (s) sections.push(s);
  }
  for (const source of input.extraSections ?? []) {
    const s = source(input, w);
    if (s) sections.push(s);
  }

  const intro = onlyUnit
    ? ''
    : joinSentences(w, [w.t('briefing.intro', { scope: scopeText, year }), coverageSentence(coverage, scopeText, w)]);
  return {
    title: w.t(onlyUnit ? 'briefing.title.unit' : 'briefing.title', { scope: scopeText, year }),
    meta: w.t('briefing.meta', {
      scope: scopeText,
      year,
      source: localized(ds.source, w.lang) || datasetName || w.t('briefing.source.unknown'),
      asOf: ds.asOf,
    }),
    synthetic: ds.synthetic,
    sources: sourceSentence(sources, years, datasetName, w),
    mixedSources: sources.kinds.length > 1,
    intro,
    sections,
    league,
    missing: { title: w.t('truth.missing.title', { n: coverage.missing.length }), lines: onlyUnit ? [] : missingLines(coverage, w) },
    appendix: appendixOf(model, covered, year, w, input.appendixMax ?? 40),
  };
}
