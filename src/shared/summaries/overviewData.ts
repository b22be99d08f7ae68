/**
 * The headline figures, trends, domain breakdowns and weakness counts of a scope and year, computed
 * from the model: the overview shows them and the wall screen shows them again on its own canvas.
 * Pure, unit-tested without a DOM.
 */
import type { Unit } from '../../contract/schema.ts';
import { aggregateBreakdown, aggregateIndicator, changeBetween, type Aggregate, type Change } from '../../domain/aggregate.ts';
import { indicatorGroups, type IndicatorGroup } from '../../domain/catalogue.ts';
import { coverageOf, type Coverage } from '../../domain/coverage.ts';
import { evidenceFor, type EvidenceItem } from '../../domain/evidence.ts';
import { ancestors, recordOf, unitsInScope, type LevelFilter, type Model } from '../../domain/model.ts';
import { sizeOf } from '../../domain/size.ts';
import { weaknessCounts, type CategoryCount } from '../../domain/weaknesses.ts';
import type { MessageKey } from '../../i18n/index.ts';

export interface HeadlineFigure {
  indicator: string;
  unit: string;
  current: Aggregate;
  previous: Aggregate;
  change: Change | null;
  evidence: EvidenceItem[];
}

export interface Headline {
  key: string;
  label: MessageKey;
  main: HeadlineFigure;
  secondary?: { label: MessageKey; figure: HeadlineFigure };
}

const headlineSpec: Array<{ key: string; label: MessageKey; indicator: string; secondary?: { label: MessageKey; indicator: string } }> = [
  {
    key: 'random',
    label: 'headline.random',
    indicator: 'random_tasks_completed',
    secondary: { label: 'headline.randomRate', indicator: 'random_completion_rate' },
  },
  {
    key: 'penalties',
    label: 'headline.penalties',
    indicator: 'penalty_cases',
    secondary: { label: 'headline.fines', indicator: 'fines_yuan' },
  },
  { key: 'complaints', label: 'headline.complaints', indicator: 'complaints_handled_rate' },
  { key: 'training', label: 'headline.training', indicator: 'training_sessions' },
  { key: 'publicity', label: 'headline.publicity', indicator: 'publicity_events' },
  { key: 'officers', label: 'headline.officers', indicator: 'enforcement_officers' },
];

/**
 * Officers also come from a unit's standing size when a year's figure is absent. An area total
 * (a city's 全市 figure) stands for the units under it, as in aggregateIndicator.
 */
function officersAggregate(model: Model, units: readonly Unit[], year: number): Aggregate {
  const fromRecords = aggregateIndicator(model, units, year, 'enforcement_officers');
  const areaCodes = new Set(fromRecords.areas.map((a) => a.unit.code));
  const inArea = (u: Unit) => areaCodes.has(u.code) || ancestors(model, u.code).some((a) => areaCodes.has(a.code));
  let sum = fromRecords.areas
    .filter((a) => !ancestors(model, a.unit.code).some((p) => areaCodes.has(p.code)))
    .reduce((s, a) => s + a.value, 0);
  let reported = 0;
  for (const u of units) {
    if (!recordOf(model, u.code, year)) continue;
    const n = sizeOf(model, u, year, 'officers');
    if (n === null) continue;
    reported += 1;
    if (!inArea(u)) sum += n;
  }
  return { ...fromRecords, value: reported ? sum : null, reported };
}

function figure(model: Model, units: readonly Unit[], year: number, indicator: string): HeadlineFigure {
  const agg =
    indicator === 'enforcement_officers'
      ? officersAggregate
      : (m: Model, u: readonly Unit[], y: number) => aggregateIndicator(m, u, y, indicator);
  const current = agg(model, units, year);
  const previous = agg(model, units, year - 1);
  return {
    indicator,
    unit: model.indicatorById.get(indicator)?.unit ?? '',
    current,
    previous,
    change: changeBetween(current.value, previous.value),
    evidence: evidenceFor(model, units, year, { indicator }),
  };
}

export const defaultTrendIndicator: Record<IndicatorGroup, string> = {
  inspections: 'random_tasks_completed',
  penalties: 'penalty_cases',
  complaints: 'complaints_received',
  training: 'training_sessions',
  publicity: 'publicity_events',
  services: 'service_items',
};

/** Every year from the first to the last in the dataset: a year nobody reported is a gap on the axis. */
export function yearRange(model: Model): number[] {
  const first = model.years[0];
  const last = model.years[model.years.length - 1];
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface TrendPanelData {
  group: IndicatorGroup;
  indicator: string;
  unit: string;
  years: number[];
  values: Array<number | null>;
  reported: number[];
  /** Indicators of the group with at least one value in scope. */
  choices: string[];
}

export function trendFor(model: Model, units: readonly Unit[], group: IndicatorGroup, chosen?: string): TrendPanelData {
  const choices = model.dataset.indicators
    .filter((ind) => ind.group === group)
    .map((ind) => ind.id)
    .filter((id) => model.years.some((y) => aggregateIndicator(model, units, y, id).value !== null));
  const preferred =
    chosen && choices.includes(chosen)
      ? chosen
      : choices.includes(defaultTrendIndicator[group])
        ? defaultTrendIndicator[group]
        : (choices[0] ?? defaultTrendIndicator[group]);
  const years = yearRange(model);
  const aggs = years.map((y) => aggregateIndicator(model, units, y, preferred));
  return {
    group,
    indicator: preferred,
    unit: model.indicatorById.get(preferred)?.unit ?? '',
    years,
    values: aggs.map((a) => a.value),
    reported: aggs.map((a) => a.reported),
    choices,
  };
}

export interface OverviewData {
  units: Unit[];
  /** Units in scope with a record this year. */
  reporting: number;
  /** Who reported, of every unit the scope lists, and who did not. */
  coverage: Coverage;
  headlines: Headline[];
  byDomain: { parts: Array<{ domain: string; value: number }>; reported: number; of: number };
  weaknesses: CategoryCount[];
}

export function buildOverview(model: Model, scope: string | null, level: LevelFilter, year: number): OverviewData {
  const units = unitsInScope(model, scope, level);
  const coverage = coverageOf(model, units, year);
  const reporting = units.filter((u) => recordOf(model, u.code, year)).length;
  const headlines = headlineSpec.map((h) => ({
    key: h.key,
    label: h.label,
    main: figure(model, units, year, h.indicator),
    ...(h.secondary ? { secondary: { label: h.secondary.label, figure: figure(model, units, year, h.secondary.indicator) } } : {}),
  }));
  const breakdown = aggregateBreakdown(model, units, year, 'penalty_cases', 'domains');
  return {
    units,
    reporting,
    coverage,
    headlines,
    byDomain: {
      parts: [...breakdown.parts].map(([domain, value]) => ({ domain, value })),
      reported: breakdown.reported,
      of: breakdown.of,
    },
    weaknesses: weaknessCounts(model, units, year).filter((c) => c.units > 0),
  };
}

export { indicatorGroups };
