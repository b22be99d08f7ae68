/**
 * Parse and check a dataset. Structure is checked by the schema (schema.ts); what the schema
 * cannot say (a reference that does not resolve, a rate over 100, a quote that contradicts its
 * record) is checked by the functions in checks/. Problems carry a JSON path and a code; the UI words them in the user's
 * language (i18n), so nothing here is user-facing text.
 */
import * as v from 'valibot';
import { checkTargets } from './checkTargets.ts';
import { sizeProblems } from './limits.ts';
import { DatasetSchema, SCHEMA_VERSIONS, type Dataset } from './schema.ts';
import { checkAwaiting } from './checks/awaiting.ts';
import { checkDates } from './checks/dates.ts';
import { checkDuplicates } from './checks/duplicates.ts';
import { checkExtentVersion } from './checks/extent.ts';
import { checkEvidence } from './checks/evidence.ts';
import { buildContext, type DatasetCheck, type DatasetProblem } from './checks/problem.ts';
import { checkUnitSizes, checkValueRanges } from './checks/ranges.ts';
import { checkDocumentUnits, checkRecordReferences, checkUnitTree } from './checks/references.ts';

export type { DatasetProblem, ProblemCode } from './checks/problem.ts';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[]; total: number };

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

/**
 * valibot's object schema takes an array for an object and reads its keys off Array.prototype
 * (`values` is a function there), so `records[2] = []` would be reported as problems inside
 * records[2], at paths the file does not have. Such an issue is the array itself: where an
 * object was expected, an array came.
 */
function arrayForObject(issue: v.BaseIssue<unknown>): DatasetProblem | null {
  let path = '';
  for (const item of issue.path ?? []) {
    if (item.type === 'object' && Array.isArray(item.input))
      return { path: path || '(root)', code: 'type', expected: 'Object', received: 'array' };
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return null;
}

function fromIssue(issue: v.BaseIssue<unknown>): DatasetProblem {
  const arrayProblem = arrayForObject(issue);
  if (arrayProblem) return arrayProblem;
  const path = pathOf(issue);
  const received = describeReceived(issue.input);
  if (path === 'schemaVersion' && issue.input !== undefined) {
    return { path, code: 'schema_version', expected: SCHEMA_VERSIONS.join(', '), received };
  }
  if (issue.input === undefined && issue.kind === 'schema') return { path, code: 'missing', expected: issue.expected ?? '' };
  if (issue.kind === 'validation') {
    return {
      path,
      code: issue.type === 'min_value' || issue.type === 'max_value' ? 'value' : 'format',
      expected: issue.expected ?? issue.message,
      received,
    };
  }
  if (issue.type === 'picklist' || issue.type === 'literal') return { path, code: 'value', expected: issue.expected ?? '', received };
  return { path, code: 'type', expected: issue.expected ?? '', received };
}

/**
 * The checks a parsed dataset must pass, each in its own file under checks/. A new rule is one
 * more function here.
 */
const datasetChecks: readonly DatasetCheck[] = [
  checkDuplicates,
  checkUnitTree,
  checkDocumentUnits,
  checkRecordReferences,
  checkUnitSizes,
  checkValueRanges,
  checkEvidence,
  checkDates,
  checkAwaiting,
  checkExtentVersion,
];

/** Checks a parsed dataset's references, ranges, evidence and dates. */
export function checkDataset(ds: Dataset, limit = Number.POSITIVE_INFINITY): { problems: DatasetProblem[]; total: number } {
  const problems: DatasetProblem[] = [];
  let total = 0;
  const add = (p: DatasetProblem): void => {
    total += 1;
    if (problems.length < limit) problems.push(p);
  };
  const ctx = buildContext(ds, add);
  for (const check of datasetChecks) check(ctx);
  checkTargets(ds).forEach(add);
  return { problems, total };
}

/** Parses untrusted JSON (already JSON.parse'd) into a Dataset, or says what is wrong. */
export function parseDataset(input: unknown): ParseResult {
  // Past national scale the screens would freeze the tab for a minute: refused before any of it.
  const tooMany = sizeProblems(input);
  if (tooMany.length) return { ok: false, problems: tooMany, total: tooMany.length };
  const result = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  if (!result.success) {
    // One array where an object belongs yields an issue per missing field: report it once.
    const seen = new Set<string>();
    const all = result.issues.map(fromIssue).filter((p) => {
      const key = `${p.path} ${p.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ok: false, problems: all.slice(0, MAX_PROBLEMS), total: all.length };
  }
  const { problems, total } = checkDataset(result.output, MAX_PROBLEMS);
  if (total > 0) return { ok: false, problems, total };
  return { ok: true, dataset: result.output };
}
