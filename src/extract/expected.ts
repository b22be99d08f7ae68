/**
 * What a careful reader takes from a report, in one shape for both sources of truth:
 * ../shared/golden/*.json (the five seeds: region names, domains and scopes stated) and
 * ../shared/corpus/expected/*.json (23 further reports: figures and quotes only, no parts).
 * The corpus names three indicators by other ids; they are mapped to the catalogue's here.
 */
import * as v from 'valibot';
import type { Golden } from './golden.ts';

export interface ExpectedFigure {
  indicator: string;
  value: number;
  quote: string;
  domain?: string;
  scope?: string;
}

export interface ExpectedReport {
  /** File name of the text. */
  file: string;
  /** The commission as the expected file writes it. */
  unit: string;
  year: number;
  figures: ExpectedFigure[];
  /** Whether domains and scopes are part of the truth (golden: yes; corpus: not recorded). */
  partsStated: boolean;
  weaknesses: string[];
  /** Where the report belongs: its region by name (golden) or its GB/T 2260 code (corpus key). */
  region: { name: string; parentRegion?: string; province?: string } | { code: string };
}

export const CorpusExpectedSchema = v.object({
  source: v.string(),
  unit: v.string(),
  level: v.string(),
  province: v.string(),
  year: v.number(),
  text_complete: v.optional(v.boolean()),
  figures: v.array(v.object({ indicator: v.string(), value: v.number(), unit: v.string(), quote: v.string() })),
  weaknesses: v.array(v.unknown()),
});
export type CorpusExpected = v.InferOutput<typeof CorpusExpectedSchema>;

/** Corpus ids → catalogue ids (the corpus README's wording of the same indicators). */
const CORPUS_IDS: Readonly<Record<string, string>> = {
  random_inspection_completed: 'random_tasks_completed',
  random_inspection_tasks: 'random_tasks_assigned',
  publicity_materials: 'materials_distributed',
};

/** The catalogue keeps a completion count and a completion rate apart; the corpus files one id for both. */
function corpusIndicator(id: string, unit: string): string {
  if (id === 'random_inspection_completed' && unit === '%') return 'random_completion_rate';
  return CORPUS_IDS[id] ?? id;
}

/** `other` and `other:*` figures are context: neither a hit nor a false one. */
export const isContextFigure = (indicator: string): boolean => indicator === 'other' || indicator.startsWith('other:');

export function expectedFromGolden(g: Golden): ExpectedReport {
  return {
    file: g.file,
    unit: g.unit,
    year: g.year,
    figures: g.figures.map((f) => ({
      indicator: f.indicator,
      value: f.value,
      quote: f.quote,
      ...(f.domain ? { domain: f.domain } : {}),
      ...(f.scope ? { scope: f.scope } : {}),
    })),
    partsStated: true,
    weaknesses: [...new Set(g.weaknesses.map((w) => w.category))],
    region: { name: g.region, parentRegion: g.parentRegion, province: g.province },
  };
}

export function expectedFromCorpus(file: string, c: CorpusExpected, code: string): ExpectedReport {
  return {
    file,
    unit: c.unit,
    year: c.year,
    figures: c.figures.map((f) => ({ indicator: corpusIndicator(f.indicator, f.unit), value: f.value, quote: f.quote })),
    partsStated: false,
    weaknesses: [],
    region: { code },
  };
}
