/**
 * Parse and check a dataset. Structure is checked by the schema (schema.ts); what the schema
 * cannot say (a record naming an unknown unit, a rate over 100, a negative count) is checked
 * here in one pass. Problems carry a JSON path and a code; the UI words them in the user's
 * language (i18n), so nothing here is user-facing text.
 */
import * as v from 'valibot';
import { checkTargets } from './checkTargets.ts';
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from './schema.ts';

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
  | 'duplicate'
  | 'negative'
  | 'rate_over_100';

export interface DatasetProblem {
  /** JSON path, e.g. `records[12].values[3]`. */
  path: string;
  code: ProblemCode;
  expected?: string;
  received?: string;
  /** The indicator, unit or id the problem is about, when there is one. */
  subject?: string;
}

export type ParseResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DatasetProblem[]; total: number };

const MAX_PROBLEMS = 8;

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (input === null || typeof input === 'number' || typeof input === 'boolean') return String(input);
  return Array.isArray(input) ? 'array' : 'object';
}

function fromIssue(issue: v.BaseIssue<unknown>): DatasetProblem {
  const path = pathOf(issue);
  const received = describeReceived(issue.input);
  if (path === 'schemaVersion' && issue.input !== undefined) {
    return { path, code: 'schema_version', expected: String(SCHEMA_VERSION), received };
  }
  if (issue.input === undefined && issue.kind === 'schema') return { path, code: 'missing', expected: issue.expected ?? '' };
  if (issue.kind === 'validation') {
    return { path, code: issue.type === 'min_value' || issue.type === 'max_value' ? 'value' : 'format', expected: issue.expected ?? issue.message, received };
  }
  if (issue.type === 'picklist' || issue.type === 'literal') return { path, code: 'value', expected: issue.expected ?? '', received };
  return { path, code: 'type', expected: issue.expected ?? '', received };
}

/** Checks a parsed dataset's cross-references and value ranges. */
export function checkDataset(ds: Dataset, limit = Number.POSITIVE_INFINITY): { problems: DatasetProblem[]; total: number } {
  const problems: DatasetProblem[] = [];
  let total = 0;
  const add = (p: DatasetProblem) => {
    total += 1;
    if (problems.length < limit) problems.push(p);
  };

  const indicatorIds = new Set<string>();
  ds.indicators.forEach((ind, i) => {
    if (indicatorIds.has(ind.id)) add({ path: `indicators[${i}].id`, code: 'duplicate', subject: ind.id });
    indicatorIds.add(ind.id);
  });
  const weaknessIds = new Set(ds.weaknessCategories.map((w) => w.id));
  const docIds = new Set((ds.documents ?? []).map((d) => d.id));
  const unitCodes = new Set<string>();
  ds.units.forEach((u, i) => {
    if (unitCodes.has(u.code)) add({ path: `units[${i}].code`, code: 'duplicate', subject: u.code });
    unitCodes.add(u.code);
  });
  ds.units.forEach((u, i) => {
    if (u.parent !== null && !unitCodes.has(u.parent)) add({ path: `units[${i}].parent`, code: 'unknown_parent', subject: u.parent });
    for (const key of ['population', 'officers', 'entities'] as const) {
      const n = u[key];
      if (n !== undefined && n < 0) add({ path: `units[${i}].${key}`, code: 'negative', received: String(n) });
    }
  });

  const isRate = ds.indicators.map((ind) => ind.unit === '%');
  const n = ds.indicators.length;
  const seen = new Set<string>();
  ds.records.forEach((r, i) => {
    const at = `records[${i}]`;
    if (!unitCodes.has(r.unit)) add({ path: `${at}.unit`, code: 'unknown_unit', subject: r.unit });
    const key = `${r.unit}/${r.year}`;
    if (seen.has(key)) add({ path: at, code: 'duplicate', subject: key });
    seen.add(key);
    if (r.values.length !== n) {
      add({ path: `${at}.values`, code: 'values_length', expected: String(n), received: String(r.values.length) });
    }
    const values = r.values;
    for (let j = 0; j < values.length; j++) {
      const x = values[j];
      if (x === null || x === undefined) continue;
      if (x < 0) add({ path: `${at}.values[${j}]`, code: 'negative', received: String(x), subject: ds.indicators[j]?.id });
      else if (isRate[j] && x > 100) add({ path: `${at}.values[${j}]`, code: 'rate_over_100', received: String(x), subject: ds.indicators[j]?.id });
    }
    for (const [field, map] of [['domains', r.domains], ['scopes', r.scopes]] as const) {
      for (const [indId, parts] of Object.entries(map ?? {})) {
        if (!indicatorIds.has(indId)) add({ path: `${at}.${field}.${indId}`, code: 'unknown_indicator', subject: indId });
        for (const [part, x] of Object.entries(parts)) {
          if (x < 0) add({ path: `${at}.${field}.${indId}.${part}`, code: 'negative', received: String(x) });
        }
      }
    }
    (r.approx ?? []).forEach((indId, j) => {
      if (!indicatorIds.has(indId)) add({ path: `${at}.approx[${j}]`, code: 'unknown_indicator', subject: indId });
    });
    (r.weaknesses ?? []).forEach((w, j) => {
      if (!weaknessIds.has(w)) add({ path: `${at}.weaknesses[${j}]`, code: 'unknown_weakness', subject: w });
    });
    (r.evidence ?? []).forEach((e, j) => {
      const ep = `${at}.evidence[${j}]`;
      if (e.indicator && !e.indicator.startsWith('other:') && !indicatorIds.has(e.indicator)) {
        add({ path: `${ep}.indicator`, code: 'unknown_indicator', subject: e.indicator });
      }
      if (e.weakness && !weaknessIds.has(e.weakness)) add({ path: `${ep}.weakness`, code: 'unknown_weakness', subject: e.weakness });
      if (docIds.size > 0 && !docIds.has(e.doc)) add({ path: `${ep}.doc`, code: 'unknown_document', subject: e.doc });
      if (e.value !== undefined && e.value < 0) add({ path: `${ep}.value`, code: 'negative', received: String(e.value) });
    });
  });
  checkTargets(ds).forEach(add);
  return { problems, total };
}

/** Parses untrusted JSON (already JSON.parse'd) into a Dataset, or says what is wrong. */
export function parseDataset(input: unknown): ParseResult {
  const result = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  if (!result.success) {
    const problems = result.issues.slice(0, MAX_PROBLEMS).map(fromIssue);
    return { ok: false, problems, total: result.issues.length };
  }
  const { problems, total } = checkDataset(result.output, MAX_PROBLEMS);
  if (total > 0) return { ok: false, problems, total };
  return { ok: true, dataset: result.output };
}
