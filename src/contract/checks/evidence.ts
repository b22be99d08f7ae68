/**
 * Every evidence entry agrees with its record. A quote is what makes a figure defensible in front
 * of leadership, so a quote that says one number while the record holds another is refused.
 * How it is decided (also in the README's contract section):
 * - a quote with no domain and no scope states the record's value for its indicator, exactly;
 *   an approximate quote (百余, 22余次) states the number it rounds to (100, 22), and when the
 *   value rests only on approximate quotes the record lists the indicator in `approx`;
 * - a quote with a domain or a scope states that part (`domains`/`scopes`), or is one of several
 *   quotes of the same part (in all, or in its own document) that add up to it;
 * - `derived: 'sum_of_scopes'` marks the parts a total was summed from: the total equals the sum
 *   of the record's scope parts of that indicator;
 * - `separate: true` marks a further figure the report states under the indicator (专题宣讲 5场
 *   beside 活动 22 场): it is shown as such and not compared.
 * The quoted document must exist and, where it names its unit, be that unit's report.
 */
import type { Evidence, UnitYearRecord } from '../schema.ts';
import type { CheckContext } from './problem.ts';

type PartField = 'domains' | 'scopes';

/** Sums of a part's quotes: all of them, their distinct values, and the same within the quote's own document. */
function partSums(
  evidence: readonly Evidence[],
  field: PartField,
  indicator: string,
  part: string,
  doc: string,
): { all: number; distinct: number; docAll: number; docDistinct: number } {
  let all = 0;
  let docAll = 0;
  const values = new Set<number>();
  const docValues = new Set<number>();
  for (const e of evidence) {
    const key = field === 'domains' ? e.domain : e.scope;
    if (e.indicator !== indicator || key !== part || e.value === undefined || e.separate === true) continue;
    if (field === 'scopes' && e.domain !== undefined) continue;
    all += e.value;
    values.add(e.value);
    if (e.doc === doc) {
      docAll += e.value;
      docValues.add(e.value);
    }
  }
  const sum = (s: Set<number>) => [...s].reduce((a, b) => a + b, 0);
  return { all, distinct: sum(values), docAll, docDistinct: sum(docValues) };
}

function checkPart(
  ctx: CheckContext,
  r: UnitYearRecord,
  e: Evidence & { indicator: string; value: number },
  field: PartField,
  part: string,
  ep: string,
): void {
  const held = r[field]?.[e.indicator]?.[part];
  if (held === undefined) {
    ctx.add({
      path: `${ep}.${field === 'domains' ? 'domain' : 'scope'}`,
      code: 'unknown_part',
      subject: `${field}.${e.indicator}.${part}`,
    });
    return;
  }
  if (held === e.value) return;
  // Several quotes of one document may add up to the part (194家 + …); a second document that
  // states the same part confirms it with its own quotes.
  const sums = partSums(r.evidence ?? [], field, e.indicator, part, e.doc);
  if (sums.all === held || sums.distinct === held || sums.docAll === held || sums.docDistinct === held) return;
  ctx.add({
    path: `${ep}.value`,
    code: 'evidence_mismatch',
    expected: String(held),
    received: String(e.value),
    subject: `${e.indicator}.${part}`,
  });
}

function checkDocument(ctx: CheckContext, r: UnitYearRecord, e: Evidence, ep: string): void {
  const doc = ctx.documents.get(e.doc);
  if (!doc) {
    ctx.add({ path: `${ep}.doc`, code: 'unknown_document', subject: e.doc });
    return;
  }
  // Only the unit: a report may well quote the year before (a 2025 report's 2024 figures).
  if (doc.unit !== undefined && doc.unit !== r.unit) {
    ctx.add({
      path: `${ep}.doc`,
      code: 'evidence_other_unit',
      subject: e.doc,
      expected: `${r.unit} ${r.year}`,
      received: `${doc.unit ?? r.unit} ${doc.year ?? r.year}`,
    });
  }
}

function checkTotals(ctx: CheckContext, r: UnitYearRecord, at: string): void {
  const evidence = r.evidence ?? [];
  const derived = new Set<string>();
  const exactTotal = new Set<string>();
  const approxTotal = new Map<string, number>();
  for (const [j, e] of evidence.entries()) {
    if (e.indicator === undefined || e.value === undefined) continue;
    if (e.derived !== undefined) derived.add(e.indicator);
    if (e.domain !== undefined || e.scope !== undefined || e.separate === true || e.derived !== undefined) continue;
    const index = ctx.indicatorIndex.get(e.indicator);
    if (index === undefined) continue;
    const held = r.values[index] ?? null;
    if (held !== e.value) {
      ctx.add({
        path: `${at}.evidence[${j}].value`,
        code: 'evidence_mismatch',
        expected: held === null ? '—' : String(held),
        received: String(e.value),
        subject: e.indicator,
      });
    } else if (e.approx === true) {
      if (!approxTotal.has(e.indicator)) approxTotal.set(e.indicator, j);
    } else exactTotal.add(e.indicator);
  }
  const approx = new Set(r.approx ?? []);
  for (const [indicator, j] of approxTotal) {
    if (!exactTotal.has(indicator) && !approx.has(indicator)) {
      ctx.add({ path: `${at}.evidence[${j}].approx`, code: 'evidence_unmarked_approx', subject: indicator });
    }
  }
  for (const indicator of derived) {
    const index = ctx.indicatorIndex.get(indicator);
    const held = index === undefined ? null : (r.values[index] ?? null);
    const parts = r.scopes?.[indicator];
    const sum = parts ? Object.values(parts).reduce((a, b) => a + b, 0) : 0;
    if (held !== null && index !== undefined && parts && sum !== held) {
      ctx.add({ path: `${at}.values[${index}]`, code: 'evidence_sum', expected: String(sum), received: String(held), subject: indicator });
    }
  }
}

export function checkEvidence(ctx: CheckContext): void {
  const { ds, indicatorIndex, weaknessIds, add } = ctx;
  ds.records.forEach((r, i) => {
    const evidence = r.evidence;
    if (!evidence || evidence.length === 0) return;
    const at = `records[${i}]`;
    const reported = new Set(r.weaknesses ?? []);
    evidence.forEach((e, j) => {
      const ep = `${at}.evidence[${j}]`;
      if (e.indicator === undefined && e.weakness === undefined) add({ path: ep, code: 'evidence_no_subject' });
      checkDocument(ctx, r, e, ep);
      if (e.weakness !== undefined) {
        if (!weaknessIds.has(e.weakness)) add({ path: `${ep}.weakness`, code: 'unknown_weakness', subject: e.weakness });
        else if (!reported.has(e.weakness)) add({ path: `${ep}.weakness`, code: 'evidence_unreported_weakness', subject: e.weakness });
      }
      const indicator = e.indicator;
      if (indicator === undefined || indicator.startsWith('other:')) return;
      if (!indicatorIndex.has(indicator)) {
        add({ path: `${ep}.indicator`, code: 'unknown_indicator', subject: indicator });
        return;
      }
      const value = e.value;
      if (value === undefined || e.separate === true) return;
      if (e.domain !== undefined) checkPart(ctx, r, { ...e, indicator, value }, 'domains', e.domain, ep);
      else if (e.scope !== undefined) checkPart(ctx, r, { ...e, indicator, value }, 'scopes', e.scope, ep);
    });
    checkTotals(ctx, r, at);
  });
}
