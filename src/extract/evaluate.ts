/**
 * Scores an extraction against what a careful reader takes from the report (expected.ts). Pure,
 * so the eval CLI and the unit tests share one definition of "matched".
 *
 * Rules:
 * - An expected figure is matched by an extracted figure with the same indicator and value, and,
 *   where the truth states parts (golden), the same domain and scope; each expected figure is
 *   matched at most once.
 * - Expected `other` / `other:*` figures are context: not required (left out of recall), and an
 *   extracted figure with the value of one whose quote overlaps it is neutral (neither a hit nor
 *   a false one).
 * - Any other extracted figure is a false one: a named figure no expected entry holds, or one
 *   that an entry holds under another indicator.
 * - Weaknesses are compared as sets of categories per report (where the truth has the section).
 */
import type { Extraction, Figure } from './extract.ts';
import { expectedFromGolden, isContextFigure, type ExpectedFigure, type ExpectedReport } from './expected.ts';
import { GoldenSchema, type Golden, type GoldenFigure } from './golden.ts';

export { GoldenSchema, type Golden, type GoldenFigure };

/** Hits and misses of one indicator. */
export interface IndicatorTally {
  required: number;
  matched: number;
  extracted: number;
  correct: number;
}

export interface ReportScore {
  required: number;
  matched: number;
  extracted: number;
  correct: number;
  neutral: number;
  falsePositives: Figure[];
  missed: ExpectedFigure[];
  byIndicator: Map<string, IndicatorTally>;
  weaknessGolden: string[];
  weaknessFound: string[];
  weaknessHit: number;
  unitOk: boolean;
  yearOk: boolean;
}

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function sameFigure(g: ExpectedFigure, f: Figure, parts: boolean): boolean {
  if (g.indicator !== f.indicator || !sameValue(g.value, f.value)) return false;
  return !parts || ((g.domain ?? null) === (f.domain ?? null) && (g.scope ?? null) === (f.scope ?? null));
}

function occurrences(source: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  if (!quote) return out;
  for (let i = source.indexOf(quote); i >= 0; i = source.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

function tally(map: Map<string, IndicatorTally>, id: string): IndicatorTally {
  let t = map.get(id);
  if (!t) {
    t = { required: 0, matched: 0, extracted: 0, correct: 0 };
    map.set(id, t);
  }
  return t;
}

/** Scores one extraction; `unitOk` is left to the caller (placement needs the region table). */
export function scoreAgainst(expected: ExpectedReport, x: Extraction, source: string): ReportScore {
  const required = expected.figures.filter((g) => !isContextFigure(g.indicator));
  const others = expected.figures.filter((g) => isContextFigure(g.indicator));
  const byIndicator = new Map<string, IndicatorTally>();
  for (const g of required) tally(byIndicator, g.indicator).required++;
  const used = new Set<ExpectedFigure>();
  const falsePositives: Figure[] = [];
  let correct = 0;
  let neutral = 0;
  for (const f of x.figures) {
    const span: [number, number] = [f.start, f.end];
    const candidates = required.filter((g) => !used.has(g) && sameFigure(g, f, expected.partsStated));
    // Prefer the expected figure whose quote is where this one is; a figure standing at a context
    // figure's quote is that context figure, not a stand-in for one stated elsewhere.
    const here = candidates.find((c) => occurrences(source, c.quote).some((o) => overlaps(o, span)));
    const atContext = others.some((o) => sameValue(o.value, f.value) && occurrences(source, o.quote).some((p) => overlaps(p, span)));
    const g = here ?? (atContext ? undefined : candidates[0]);
    if (g) {
      used.add(g);
      correct++;
      const t = tally(byIndicator, f.indicator);
      t.extracted++;
      t.correct++;
      t.matched++;
    } else if (others.some((o) => sameValue(o.value, f.value) && occurrences(source, o.quote).some((p) => overlaps(p, span)))) {
      neutral++;
    } else {
      falsePositives.push(f);
      tally(byIndicator, f.indicator).extracted++;
    }
  }
  const weaknessFound = expected.partsStated ? [...new Set(x.weaknesses.map((w) => w.category))] : [];
  return {
    required: required.length,
    matched: used.size,
    extracted: x.figures.length - neutral,
    correct,
    neutral,
    falsePositives,
    missed: required.filter((g) => !used.has(g)),
    byIndicator,
    weaknessGolden: expected.weaknesses,
    weaknessFound,
    weaknessHit: weaknessFound.filter((c) => expected.weaknesses.includes(c)).length,
    unitOk: false,
    yearOk: x.year === expected.year,
  };
}

/** A seed against its golden file; the unit is right when the region name is. */
export function scoreReport(golden: Golden, x: Extraction, source: string): ReportScore {
  return { ...scoreAgainst(expectedFromGolden(golden), x, source), unitOk: x.unit?.region === golden.region };
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** The goals the eval enforces. */
export const GOALS = { figureRecall: 0.95, figurePrecision: 0.98, weaknessRecall: 0.9, weaknessPrecision: 0.9 } as const;
