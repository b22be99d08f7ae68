/**
 * What a contract check reports: a JSON path and a code. The UI words each code in the user's
 * language (i18n `problem.*`), so nothing here is user-facing text.
 */
import type { Dataset, SourceDocument, Unit } from '../schema.ts';

export type ProblemCode =
  | 'type' // wrong JSON type: expected / received
  | 'missing' // a required field is absent
  | 'format' // a string of the wrong form (code, date, id)
  | 'value' // a value outside what the schema allows (enum, literal)
  | 'schema_version' // unsupported schemaVersion
  | 'values_length' // record.values not aligned with indicators
  | 'unknown_unit'
  | 'unknown_parent'
  | 'unknown_indicator'
  | 'unknown_weakness'
  | 'unknown_document'
  | 'unknown_part' // evidence claims a domain/scope part the record does not hold
  | 'parent_cycle' // a unit is its own ancestor
  | 'duplicate'
  | 'negative'
  | 'rate_over_100'
  | 'not_integer' // a count (件, 次, 人 …) with a fraction
  | 'evidence_mismatch' // the quote's value is not the record's value (or part)
  | 'evidence_sum' // a value marked as summed from parts is not their sum
  | 'evidence_unmarked_approx' // the value comes from a 余/近 quote but is not marked approximate
  | 'evidence_unreported_weakness' // a weakness quote for a weakness the record does not report
  | 'evidence_no_subject' // an evidence entry for neither an indicator nor a weakness
  | 'evidence_other_unit' // the quoted document is another unit's or another year's report
  | 'bad_date' // not a real calendar date
  | 'after_as_of' // a year or date later than the data's asOf
  | 'too_many'; // more units or records than the dashboard can draw without freezing the tab (limits.ts)

export interface DatasetProblem {
  /** JSON path, e.g. `records[12].values[3]`. */
  path: string;
  code: ProblemCode;
  expected?: string;
  received?: string;
  /** The indicator, unit or id the problem is about, when there is one. */
  subject?: string;
}

/** What every check reads: the dataset, its indexes (built once), and where to report. */
export interface CheckContext {
  ds: Dataset;
  add: (p: DatasetProblem) => void;
  /** Indicator id → its position in `indicators` (and in every record's `values`). */
  indicatorIndex: Map<string, number>;
  weaknessIds: Set<string>;
  documents: Map<string, SourceDocument>;
  units: Map<string, Unit>;
}

export type DatasetCheck = (ctx: CheckContext) => void;

export function buildContext(ds: Dataset, add: (p: DatasetProblem) => void): CheckContext {
  const indicatorIndex = new Map<string, number>();
  ds.indicators.forEach((ind, i) => {
    if (!indicatorIndex.has(ind.id)) indicatorIndex.set(ind.id, i);
  });
  const documents = new Map<string, SourceDocument>();
  for (const d of ds.documents ?? []) if (!documents.has(d.id)) documents.set(d.id, d);
  const units = new Map<string, Unit>();
  for (const u of ds.units) if (!units.has(u.code)) units.set(u.code, u);
  return { ds, add, indicatorIndex, weaknessIds: new Set(ds.weaknessCategories.map((w) => w.id)), documents, units };
}
