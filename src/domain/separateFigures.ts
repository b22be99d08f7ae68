import type { Evidence, UnitYearRecord } from '../data/schema.ts';

/**
 * A report can state several figures under one indicator (活动 22 场 and, within it, 专题宣讲 5场;
 * 执法培训 7 次 beside 专题讲座 9 次). The record holds one of them; every other quote is marked
 * `separate`, so the dashboard never shows a quote whose number silently contradicts the figure
 * beside it, and the contract check (src/data/checks/evidence.ts) can hold the rest to the value.
 * Domain parts add up and are never separate.
 */
export function markSeparateFigures(record: UnitYearRecord, indicators: ReadonlyArray<{ id: string }>): UnitYearRecord {
  if (!record.evidence) return record;
  const index = new Map(indicators.map((ind, i) => [ind.id, i]));
  const evidence = record.evidence.map((e): Evidence => {
    if (e.indicator === undefined || e.value === undefined || e.domain !== undefined || e.derived !== undefined) return e;
    const i = index.get(e.indicator);
    if (i === undefined) return e;
    const held = e.scope !== undefined ? record.scopes?.[e.indicator]?.[e.scope] : (record.values[i] ?? undefined);
    return held !== undefined && held !== e.value ? { ...e, separate: true } : e;
  });
  return { ...record, evidence };
}
