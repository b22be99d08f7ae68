/**
 * Everything the unit page shows, computed from the model: pure, tested without a DOM.
 */
import type { Indicator, Unit, WeaknessCategory } from '../../contract/schema.ts';
import { indicatorGroups, type IndicatorGroup } from '../../domain/catalogue.ts';
import { evidenceFor, type EvidenceItem } from '../../domain/evidence.ts';
import { aggregateIndicator, extentOf, type Aggregate } from '../../domain/aggregate.ts';
import { coverageOf, type Coverage } from '../../domain/coverage.ts';
import { ancestors, peerGroupOf, recordOf, subtree, type Model } from '../../domain/model.ts';
import { sourcesOf, type SourceSummary } from '../../domain/sources.ts';
import { compareWithPeers, median, peerScopeOf, peersOf, type PeerComparison } from '../../domain/peers.ts';
import { yearWindow } from '../../domain/recurrence.ts';
import { noGroupScores, rankHistory, rankUnits, type ScoringSettings, type UnitScore } from '../../domain/scoring.ts';
import { staffingSignals, type UnitSignals } from '../../domain/signals.ts';
import { sizeOf } from '../../domain/size.ts';
import { reported } from '../../domain/weaknesses.ts';

/**
 * Scoring settings from the URL, in the league's encoding (w=25,20,15,15,15,10 in group order;
 * norm; peers), so a unit opened from the league is scored as the league scored it.
 */
/** The league's scoring settings from the link, so the radar and rank agree with the league. */
export { readScoringSettings as scoringSettingsFrom } from '../../view/scoringParams.ts';

export interface IndicatorRow {
  indicator: Indicator;
  comparison: PeerComparison;
  /**
   * For a unit with units under it: the same figure over them (what they reported themselves),
   * to show beside an area total (全市) or an own figure (本级). Absent for a unit with none.
   */
  below?: Aggregate;
}

export interface TrendData {
  indicator: Indicator;
  years: number[];
  values: Array<number | null>;
  medians: Array<number | null>;
  /** Where the unit's figures on this chart came from. */
  sources: SourceSummary;
}

export interface WeaknessHistory {
  category: WeaknessCategory;
  /** Years (of the dataset) in which the unit reported it, ascending. */
  years: number[];
  /** Reported in two consecutive years at some point. */
  recurring: boolean;
  /** Newest first. */
  quotes: Array<{ year: number; items: EvidenceItem[] }>;
}

export interface FigureGroup {
  /** An indicator id of the catalogue, or `other:<name>`. */
  id: string;
  indicator: Indicator | undefined;
  items: EvidenceItem[];
}

export interface UnitPageData {
  unit: Unit;
  /** Top unit first, the unit's parent last. */
  chain: Unit[];
  year: number;
  hasRecord: boolean;
  size: { officers: number | null; entities: number | null; population: number | null };
  /** The province peers are drawn from; undefined = the whole dataset. */
  peerScope: Unit | undefined;
  peerCount: number;
  /** Every unit of the peer group the dataset lists (the unit included), reported or not. */
  peerTotal: number;
  groups: Array<{ group: IndicatorGroup; rows: IndicatorRow[] }>;
  score: UnitScore | undefined;
  peerGroupScores: Record<IndicatorGroup, number | null>;
  rankedPeers: number;
  trends: TrendData[];
  ranks: Array<{ year: number; rank: number | null; peers: number }>;
  weaknesses: WeaknessHistory[];
  figures: FigureGroup[];
  signals: UnitSignals | undefined;
  /** Where this year's figures came from, read off their evidence. */
  sources: SourceSummary;
  /** A unit with units under it: whose figures its record holds, and who under it reported. */
  area: { extent: 'own' | 'area' | null; coverage: Coverage } | null;
}

/** Key indicators for the five-year trends: the first four the unit has a figure for. */
export const trendCandidates = [
  'random_tasks_completed',
  'inspections',
  'penalty_cases',
  'complaints_handled_rate',
  'training_sessions',
  'publicity_events',
  'service_items',
  'enforcement_officers',
];

export function buildUnitPage(model: Model, code: string, year: number, settings: ScoringSettings): UnitPageData | null {
  const unit = model.unitByCode.get(code);
  if (!unit) return null;
  const record = recordOf(model, code, year);
  const allPeers = peersOf(model, unit);
  const peersIn = (y: number) => allPeers.filter((u) => recordOf(model, u.code, y));
  const peers = peersIn(year);
  const scopeCode = peerScopeOf(model, unit);

  const under = model.childrenOf.has(code) ? subtree(model, code).filter((u) => u.code !== code) : [];
  const groups = indicatorGroups.map((group) => ({
    group,
    rows: model.dataset.indicators
      .filter((ind) => ind.group === group)
      .map((indicator): IndicatorRow => {
        const comparison = compareWithPeers(model, unit, peers, year, indicator);
        return under.length
          ? { indicator, comparison, below: aggregateIndicator(model, under, year, indicator.id) }
          : { indicator, comparison };
      }),
  }));

  const scores = unit.level === 'province' ? [] : rankUnits(model, scopeCode, 'all', year, settings);
  const score = scores.find((s) => s.unit.code === code);
  const peerScores = score
    ? scores.filter((s) => s.peerGroup === score.peerGroup)
    : scores.filter((s) => peerGroupOf(s.unit.level) === peerGroupOf(unit.level));
  const peerGroupScores = noGroupScores();
  for (const g of indicatorGroups) peerGroupScores[g] = median(peerScores.map((s) => s.groups[g]));

  // Years before the dataset's first are not gaps, they are not in it: the axis starts there.
  const first = model.years[0] ?? year;
  const years = yearWindow(year).filter((y) => y >= first);
  const peersByYear = years.map(peersIn);
  const trends = trendCandidates
    .map((id) => model.indicatorById.get(id))
    .filter((ind): ind is Indicator => ind !== undefined)
    .map((indicator) => {
      const cmp = years.map((y, i) => compareWithPeers(model, unit, peersByYear[i] ?? [], y, indicator));
      return {
        indicator,
        years,
        values: cmp.map((c) => c.value),
        medians: cmp.map((c) => c.median),
        sources: sourcesOf(model, [unit], years, [indicator.id]),
      };
    })
    .filter((t) => t.values.some((v) => v !== null))
    .slice(0, 4);

  const weaknesses = model.dataset.weaknessCategories
    .map((category): WeaknessHistory => {
      const ys = model.years.filter((y) => reported(model, code, y, category.id));
      return {
        category,
        years: ys,
        recurring: ys.some((y) => ys.includes(y - 1)),
        quotes: [...ys].reverse().map((y) => ({ year: y, items: evidenceFor(model, [unit], y, { weakness: category.id }) })),
      };
    })
    .filter((w) => w.years.length > 0)
    .sort((a, b) => (b.years[b.years.length - 1] ?? 0) - (a.years[a.years.length - 1] ?? 0) || b.years.length - a.years.length);

  const figures = figureGroups(model, unit, year);

  return {
    unit,
    chain: ancestors(model, code).reverse(),
    year,
    hasRecord: record !== undefined,
    size: {
      officers: sizeOf(model, unit, year, 'officers'),
      entities: sizeOf(model, unit, year, 'entities'),
      population: sizeOf(model, unit, year, 'population'),
    },
    peerScope: scopeCode ? model.unitByCode.get(scopeCode) : undefined,
    peerCount: peers.length,
    peerTotal: allPeers.length,
    groups,
    score,
    peerGroupScores,
    rankedPeers: score?.peers ?? 0,
    trends,
    ranks: unit.level === 'province' ? [] : rankHistory(model, code, scopeCode, 'all', settings),
    weaknesses,
    figures,
    signals: record ? staffingSignals(model, [unit], allPeers, year)[0] : undefined,
    sources: sourcesOf(model, [unit], [year]),
    area: under.length ? { extent: record ? extentOf(record) : null, coverage: coverageOf(model, under, year) } : null,
  };
}

/** The year's quoted figures, grouped by indicator: catalogue order, then `other:*` by name. */
export function figureGroups(model: Model, unit: Unit, year: number): FigureGroup[] {
  const byId = new Map<string, EvidenceItem[]>();
  for (const item of evidenceFor(model, [unit], year, {})) {
    const id = item.evidence.indicator;
    if (!id) continue;
    const list = byId.get(id);
    if (list) list.push(item);
    else byId.set(id, [item]);
  }
  const catalogue = model.dataset.indicators.map((i) => i.id).filter((id) => byId.has(id));
  const others = [...byId.keys()].filter((id) => !model.indicatorById.has(id)).sort();
  return [...catalogue, ...others].map((id) => ({ id, indicator: model.indicatorById.get(id), items: byId.get(id) ?? [] }));
}
