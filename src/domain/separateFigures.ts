import type { Evidence, UnitYearRecord } from '../contract/schema.ts';

/**
 * A report can state several figures under one indicator (活动 22 场 and, within it, 专题宣讲 5场;
 * 执法培训 7 次 beside 专题讲座 9 次). The record holds one of them; every other quote is marked
 * `separate`, so the dashboard never shows a quote whose number silently contradicts the figure
 * beside it, and the contract check (src/contract/checks/evidence.ts) can hold the rest to the value.
 * Domain parts add up and are never separate.
 */
export function markSeparateFigures(record: UnitYearRecord, indicators: ReadonlyArray<{ id: string }>): UnitYearRecord {
  if (!record.evidence) return record;
  const index = new Map(indicators.map((ind, i) => [ind.id, i]));
  const evidence = record.evidence.map((e): Evidence => {
    if (e.indicator === undefined || e.value === undefined || e.domain !== undefined) return e;
    // A total summed from its scopes is held to that sum by the contract check, not here; a scope
    // quote is held to its scope's value even when the total is derived (two national figures:
    // 抽取84家 and, a line later, 不合格的2家 — the second is separate and adds nothing to the sum).
    if (e.scope === undefined && e.derived !== undefined) return e;
    const i = index.get(e.indicator);
    if (i === undefined) return e;
    const held = e.scope !== undefined ? record.scopes?.[e.indicator]?.[e.scope] : (record.values[i] ?? undefined);
    if (held === undefined || held === e.value) return e;
    const { derived: _summed, ...rest } = e;
    return { ...rest, separate: true };
  });
  return { ...record, evidence };
}
