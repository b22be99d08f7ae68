import type { zhIntegrity } from './zh.integrity.ts';

/** Strings of the contract's consistency checks and of change figures (English). */
export const enIntegrity: Record<keyof typeof zhIntegrity, string> = {
  'problem.unknown_part': 'the part {subject} the quote claims is not in the record',
  'problem.parent_cycle': 'the chain of parents comes back to {subject}: not a hierarchy',
  'problem.not_integer': 'a count in {expected} must be a whole number, got {received} ({subject})',
  'problem.evidence_mismatch': 'the quote says {received}, the record holds {expected} ({subject})',
  'problem.evidence_sum': 'marked as the sum of its parts: they add up to {expected}, the record holds {received} ({subject})',
  'problem.evidence_unmarked_approx':
    'the value rests only on an approximate quote (余, 近) but the record does not list it in approx ({subject})',
  'problem.evidence_unreported_weakness': 'a quote for the weakness {subject}, which the record does not report',
  'problem.evidence_no_subject': 'the quote names neither an indicator nor a weakness',
  'problem.evidence_other_unit': 'the quote comes from another unit’s or year’s report {subject} ({received}; this record is {expected})',
  'problem.bad_date': 'not a real date: {received} (expected {expected})',
  'problem.after_as_of': '{received} is later than the data’s as-of date {expected}',
  'problem.too_many':
    '{received} entries, over the dashboard’s limit of {expected} (all of China’s provinces, cities and county-level units are about 3,200): split the dataset by province or city',
  'evidence.separate': 'a separate figure, not this value',
  'change.flat': 'level',
  'change.points': 'pts',
  'change.points.one': 'pt',
};
