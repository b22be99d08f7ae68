/**
 * Scores an extraction against a hand-made golden file (shared/golden/*.json). Pure, so the
 * eval CLI and the unit tests share one definition of "matched".
 *
 * Rules:
 * - A golden figure is matched by an extracted figure with the same indicator and value and
 *   the same domain and scope (both absent, or equal); each golden figure is matched at most once.
 * - Golden figures with an `other:*` indicator are not required (left out of recall).
 * - An extracted figure that matches no required golden figure is a false positive, unless it
 *   has the value of a golden `other:*` figure and its quote overlaps that figure's quote in the
 *   text: then it is neutral (an `other:` figure read as a catalogue one is not counted either way).
 * - Weaknesses are compared as sets of categories per report.
 */
import type { Extraction, Figure } from './extract.ts';

import { GoldenSchema, type Golden, type GoldenFigure } from './golden.ts';

export { GoldenSchema, type Golden, type GoldenFigure };

export interface ReportScore {
  required: number;
  matched: number;
  extracted: number;
  correct: number;
  neutral: number;
  falsePositives: Figure[];
  missed: GoldenFigure[];
  weaknessGolden: string[];
  weaknessFound: string[];
  weaknessHit: number;
  unitOk: boolean;
  yearOk: boolean;
}

const isOther = (f: GoldenFigure): boolean => f.indicator.startsWith('other:');
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function sameFigure(g: GoldenFigure, f: Figure): boolean {
  return g.indicator === f.indicator && sameValue(g.value, f.value) && (g.domain ?? null) === (f.domain ?? null) && (g.scope ?? null) === (f.scope ?? null);
}

function occurrences(source: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  if (!quote) return out;
  for (let i = source.indexOf(quote); i >= 0; i = source.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

export function scoreReport(golden: Golden, x: Extraction, source: string): ReportScore {
  const required = golden.figures.filter((g) => !isOther(g));
  const others = golden.figures.filter(isOther);
  const used = new Set<GoldenFigure>();
  const falsePositives: Figure[] = [];
  let correct = 0;
  let neutral = 0;
  for (const f of x.figures) {
    const span: [number, number] = [f.start, f.end];
    const candidates = required.filter((g) => !used.has(g) && sameFigure(g, f));
    // Prefer the golden figure whose quote is where this one is.
    const g = candidates.find((c) => occurrences(source, c.quote).some((o) => overlaps(o, span))) ?? candidates[0];
    if (g) {
      used.add(g);
      correct++;
    } else if (others.some((o) => sameValue(o.value, f.value) && occurrences(source, o.quote).some((p) => overlaps(p, span)))) {
      neutral++;
    } else {
      falsePositives.push(f);
    }
  }
  const weaknessGolden = [...new Set(golden.weaknesses.map((w) => w.category))];
  const weaknessFound = [...new Set(x.weaknesses.map((w) => w.category))];
  return {
    required: required.length,
    matched: used.size,
    extracted: x.figures.length - neutral,
    correct,
    neutral,
    falsePositives,
    missed: required.filter((g) => !used.has(g)),
    weaknessGolden,
    weaknessFound,
    weaknessHit: weaknessFound.filter((c) => weaknessGolden.includes(c)).length,
    unitOk: x.unit?.region === golden.region,
    yearOk: x.year === golden.year,
  };
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** The goals the eval enforces. */
export const GOALS = { figureRecall: 0.95, figurePrecision: 0.98, weaknessRecall: 0.9, weaknessPrecision: 0.9 } as const;
