/**
 * What the schema cannot say about targets (since 1.1): each names an indicator of the
 * catalogue, a rate's target is 0–100, a count's is not negative, no two targets claim the
 * same indicator, level and year. Shared by the dataset check and the custom-target loader, so
 * a target file is refused exactly as a dataset would be; `pathOf` names a row the way the
 * file does (JSON path or spreadsheet row).
 */
import type { Indicator, Target } from './schema.ts';
import type { DatasetProblem } from './checks/problem.ts';

export type TargetPath = (index: number, field?: string) => string;

export const targetJsonPath =
  (base = 'targets'): TargetPath =>
  (i, field) =>
    `${base}[${i}]${field ? `.${field}` : ''}`;

/** The key two targets may not share. */
export const targetKey = (t: Pick<Target, 'indicator' | 'level' | 'year'>): string => `${t.indicator}/${t.level ?? '*'}/${t.year ?? '*'}`;

export function checkTargetList(
  targets: readonly Target[],
  indicators: readonly Indicator[],
  pathOf: TargetPath = targetJsonPath(),
): DatasetProblem[] {
  const byId = new Map(indicators.map((ind) => [ind.id, ind]));
  const problems: DatasetProblem[] = [];
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    const ind = byId.get(t.indicator);
    if (!ind) problems.push({ path: pathOf(i, 'indicator'), code: 'unknown_indicator', subject: t.indicator });
    if (t.value < 0) problems.push({ path: pathOf(i, 'value'), code: 'negative', received: String(t.value), subject: t.indicator });
    else if (ind?.unit === '%' && t.value > 100)
      problems.push({ path: pathOf(i, 'value'), code: 'rate_over_100', received: String(t.value), subject: t.indicator });
    const key = targetKey(t);
    if (seen.has(key)) problems.push({ path: pathOf(i), code: 'duplicate', subject: key });
    seen.add(key);
  });
  return problems;
}

/** A dataset's targets: the list's own checks, and the version that may carry them. */
export function checkTargets(ds: {
  schemaVersion: number;
  indicators: readonly Indicator[];
  targets?: readonly Target[] | undefined;
}): DatasetProblem[] {
  const targets = ds.targets ?? [];
  if (targets.length === 0) return [];
  const problems: DatasetProblem[] = [];
  // A 1.0 reader would drop the targets without a word; 1.1 makes it refuse the file instead.
  if (ds.schemaVersion < 1.1) problems.push({ path: 'schemaVersion', code: 'value', expected: '1.1', received: String(ds.schemaVersion) });
  problems.push(...checkTargetList(targets, ds.indicators));
  return problems;
}
