/**
 * Values obey their indicator's range (quantityRange.ts): record values, breakdown parts and quoted
 * values alike; a unit's size figures are whole numbers ≥ 0.
 */
import { measureOf, rangeProblem, type Measure } from './quantityRange.ts';
import type { CheckContext } from './problem.ts';

export function checkUnitSizes(ctx: CheckContext): void {
  ctx.ds.units.forEach((u, i) => {
    for (const key of ['population', 'officers', 'entities'] as const) {
      const x = u[key];
      if (x === undefined) continue;
      const problem = rangeProblem(x, 'count');
      if (problem) ctx.add({ path: `units[${i}].${key}`, code: problem, received: String(x), subject: key, expected: '人' });
    }
  });
}

export function checkValueRanges(ctx: CheckContext): void {
  const { ds, add, indicatorIndex } = ctx;
  const measures: Measure[] = ds.indicators.map((ind) => measureOf(ind.unit));
  const measureOfId = (id: string): Measure => measures[indicatorIndex.get(id) ?? -1] ?? 'amount';
  ds.records.forEach((r, i) => {
    const at = `records[${i}]`;
    const values = r.values;
    for (let j = 0; j < values.length; j++) {
      const x = values[j];
      if (x === null || x === undefined) continue;
      const problem = rangeProblem(x, measures[j] ?? 'amount');
      if (problem)
        add({
          path: `${at}.values[${j}]`,
          code: problem,
          received: String(x),
          subject: ds.indicators[j]?.id,
          expected: ds.indicators[j]?.unit,
        });
    }
    for (const [field, map] of [
      ['domains', r.domains],
      ['scopes', r.scopes],
    ] as const) {
      if (!map) continue;
      for (const [indId, parts] of Object.entries(map)) {
        const measure = measureOfId(indId);
        for (const [part, x] of Object.entries(parts)) {
          const problem = rangeProblem(x, measure);
          if (problem)
            add({
              path: `${at}.${field}.${indId}.${part}`,
              code: problem,
              received: String(x),
              subject: indId,
              expected: ds.indicators[indicatorIndex.get(indId) ?? -1]?.unit,
            });
        }
      }
    }
    r.evidence?.forEach((e, j) => {
      if (e.value === undefined) return;
      // A catalogue indicator's own unit decides (a quote may say 起 for 件); a figure outside
      // the catalogue (other:…) is judged by the unit its quote writes.
      const index = e.indicator === undefined ? undefined : indicatorIndex.get(e.indicator);
      const unit = index === undefined ? e.unit : ds.indicators[index]?.unit;
      const problem = rangeProblem(e.value, measureOf(unit));
      if (problem)
        add({
          path: `${at}.evidence[${j}].value`,
          code: problem,
          received: String(e.value),
          subject: e.indicator ?? e.weakness,
          expected: unit,
        });
    });
  });
}
