/**
 * Figures kept with a document that awaits a unit (documents[i].awaiting): each names a known
 * indicator or weakness, is the document's own, appears once, and obeys its indicator's range —
 * the same rules as a record's evidence, less the record it does not yet have.
 */
import { measureOf, rangeProblem } from './quantityRange.ts';
import type { CheckContext } from './problem.ts';

export function checkAwaiting(ctx: CheckContext): void {
  const { ds, add, indicatorIndex, weaknessIds } = ctx;
  (ds.documents ?? []).forEach((d, i) => {
    const seen = new Set<string>();
    d.awaiting?.forEach((e, j) => {
      const at = `documents[${i}].awaiting[${j}]`;
      if (e.doc !== d.id) add({ path: `${at}.doc`, code: 'unknown_document', subject: e.doc, expected: d.id });
      if (e.indicator === undefined && e.weakness === undefined) add({ path: at, code: 'evidence_no_subject' });
      if (e.weakness !== undefined && !weaknessIds.has(e.weakness))
        add({ path: `${at}.weakness`, code: 'unknown_weakness', subject: e.weakness });
      const key = JSON.stringify([e.quote, e.indicator ?? '', e.weakness ?? '', e.domain ?? '', e.scope ?? '', e.value ?? '']);
      if (seen.has(key)) add({ path: at, code: 'duplicate', subject: key });
      seen.add(key);
      if (e.indicator === undefined || e.indicator.startsWith('other:')) return;
      const index = indicatorIndex.get(e.indicator);
      if (index === undefined) {
        add({ path: `${at}.indicator`, code: 'unknown_indicator', subject: e.indicator });
        return;
      }
      const unit = ds.indicators[index]?.unit;
      const problem = e.value === undefined ? null : rangeProblem(e.value, measureOf(unit));
      if (problem) add({ path: `${at}.value`, code: problem, received: String(e.value), subject: e.indicator, expected: unit });
    });
  });
}
