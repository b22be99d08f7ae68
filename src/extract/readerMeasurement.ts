/**
 * The reader measured over a set of reports: figures (recall, precision, per report and per
 * indicator) and placement (unit and year), as the eval CLI prints them and the floor test holds
 * them. Pure: the caller reads the files and loads the region table.
 */
import { resolveRegion, type RegionTable } from '../domain/regionTable.ts';
import { scoreAgainst, type IndicatorTally, type ReportScore } from './evaluate.ts';
import type { ExpectedReport } from './expected.ts';
import { extractReport, type Extraction } from './extract.ts';
import { placeReport, type Placement } from './place.ts';

export interface MeasuredCase {
  id: string;
  source: string;
  expected: ExpectedReport;
}

/** right: the expected code and year; flagged: not placed, with a reason; wrong: placed elsewhere. */
export type PlacementOutcome = 'right' | 'flagged' | 'wrong';

export interface MeasuredReport {
  id: string;
  score: ReportScore;
  extraction: Extraction;
  placement: Placement;
  expectedCode: string | null;
  outcome: PlacementOutcome;
  /** Why it was flagged or is wrong, in words for the eval's listing. */
  why: string | null;
}

export interface Measurement {
  reports: MeasuredReport[];
  totals: { required: number; matched: number; extracted: number; correct: number; neutral: number };
  byIndicator: Map<string, IndicatorTally>;
  placement: Record<PlacementOutcome, number>;
}

function expectedCode(e: ExpectedReport, table: RegionTable): string | null {
  if ('code' in e.region) return e.region.code;
  return (
    resolveRegion(table, { region: e.region.name, parentRegion: e.region.parentRegion, province: e.region.province })?.[0]?.code ?? null
  );
}

function outcomeOf(p: Placement, x: Extraction, code: string | null, year: number): { outcome: PlacementOutcome; why: string | null } {
  const placed = p.chain?.[0];
  if (!placed) return { outcome: 'flagged', why: `unit: ${p.problem ?? 'no_unit'}` };
  if (x.year === null) return { outcome: 'flagged', why: 'year: none stated' };
  if (placed.code !== code) return { outcome: 'wrong', why: `placed at ${placed.code} ${placed.name}, expected ${code ?? '?'}` };
  if (x.year !== year) return { outcome: 'wrong', why: `year ${x.year}, expected ${year}` };
  return { outcome: 'right', why: p.problem ? `${p.problem}${p.writtenAs ? ` (${p.writtenAs})` : ''}` : null };
}

const TOTAL_KEYS: readonly (keyof Measurement['totals'])[] = ['required', 'matched', 'extracted', 'correct', 'neutral'];

export function measure(cases: readonly MeasuredCase[], table: RegionTable): Measurement {
  const reports: MeasuredReport[] = [];
  const totals = { required: 0, matched: 0, extracted: 0, correct: 0, neutral: 0 };
  const byIndicator = new Map<string, IndicatorTally>();
  const placement: Record<PlacementOutcome, number> = { right: 0, flagged: 0, wrong: 0 };
  for (const c of cases) {
    const extraction = extractReport(c.source);
    const score = scoreAgainst(c.expected, extraction, c.source);
    const p = placeReport(extraction.unit, table, extraction.clues);
    const code = expectedCode(c.expected, table);
    const { outcome, why } = outcomeOf(p, extraction, code, c.expected.year);
    score.unitOk = p.chain?.[0]?.code === code;
    placement[outcome]++;
    for (const k of TOTAL_KEYS) totals[k] += score[k];
    for (const [id, t] of score.byIndicator) {
      const sum = byIndicator.get(id) ?? { required: 0, matched: 0, extracted: 0, correct: 0 };
      sum.required += t.required;
      sum.matched += t.matched;
      sum.extracted += t.extracted;
      sum.correct += t.correct;
      byIndicator.set(id, sum);
    }
    reports.push({ id: c.id, score, extraction, placement: p, expectedCode: code, outcome, why });
  }
  return { reports, totals, byIndicator, placement };
}
