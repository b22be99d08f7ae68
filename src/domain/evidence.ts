import type { Evidence, SourceDocument, Unit } from '../contract/schema.ts';
import { recordOf, type Model } from './model.ts';

export interface EvidenceItem {
  unit: Unit;
  year: number;
  evidence: Evidence;
  document: SourceDocument | undefined;
}

function documentOf(model: Model, id: string): SourceDocument | undefined {
  return model.dataset.documents?.find((d) => d.id === id);
}

/** The quotes behind an indicator's value (or a weakness) for these units and year. */
export function evidenceFor(
  model: Model,
  units: readonly Unit[],
  year: number,
  match: { indicator?: string; weakness?: string; domain?: string },
): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const unit of units) {
    for (const e of recordOf(model, unit.code, year)?.evidence ?? []) {
      if (match.indicator !== undefined && e.indicator !== match.indicator) continue;
      if (match.weakness !== undefined && e.weakness !== match.weakness) continue;
      if (match.indicator !== undefined) {
        // A breakdown part or a double-random part is evidence for the total only when the total was summed from it.
        if (match.domain !== undefined ? e.domain !== match.domain : e.domain !== undefined) continue;
        if (match.domain === undefined && e.scope !== undefined && e.derived === undefined) continue;
      }
      out.push({ unit, year, evidence: e, document: documentOf(model, e.doc) });
    }
  }
  return out;
}
