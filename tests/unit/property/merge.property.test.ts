/**
 * The import merge, for any two sources (reports or template rows) of one unit-year, with or
 * without figures already in the dataset:
 * - every conflict is reported before anything is added (a fact two sources, or a source and the
 *   dataset, state differently), and nothing is added while one has no choice;
 * - no figure is lost: each fact ends with the value the sources agree on or the one chosen, with
 *   the quotes of every source that states it; a fact no source mentions keeps its value and quotes;
 * - merging A then B equals merging B then A with the same choices (and both equal adding A and B
 *   at once), and every outcome passes the data contract.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';
import type { Dataset, UnitYearRecord } from '../../../src/contract/schema.ts';
import { parseDataset } from '../../../src/contract/validate.ts';
import { mergeIntoDataset } from '../../../src/features/import/merge.ts';
import { choiceKey, itemFacts, planMerge, recordFacts, type MergePlan } from '../../../src/features/import/mergePlan.ts';
import type { ReviewFigure, ReviewItem } from '../../../src/features/import/types.ts';

const UNIT = '410703';
const YEAR = 2025;
/** A count, a rate, a total with double-random parts (summed when no total is stated), one with domain parts. */
const INDICATORS = ['penalty_cases', 'random_completion_rate', 'random_tasks_assigned', 'supervised_entities'] as const;

const PARTS: { domain?: string; scope?: string }[] = [
  {},
  {},
  { domain: 'medical' },
  { domain: 'public_places' },
  { scope: 'national' },
  { scope: 'provincial' },
];

const figureArb = fc.record({
  indicator: fc.constantFrom(...INDICATORS),
  value: fc.integer({ min: 0, max: 6 }),
  approx: fc.boolean(),
  part: fc.constantFrom(...PARTS),
});

type FigureSpec = typeof figureArb extends fc.Arbitrary<infer T> ? T : never;

function sourceOf(name: string, specs: FigureSpec[], template: boolean): ReviewItem {
  let text = '';
  const figures: ReviewFigure[] = specs
    // Domains belong to counts of cases and entities, scopes to the double-random tasks.
    .filter((s) =>
      s.part.scope
        ? s.indicator === 'random_tasks_assigned'
        : s.part.domain
          ? s.indicator !== 'random_completion_rate' && s.indicator !== 'random_tasks_assigned'
          : true,
    )
    .map((s, i) => {
      const quote = `${name}第${i}句${s.value}`;
      const start = text.length;
      text += `${quote}\n`;
      return {
        id: `f${i}`,
        indicator: s.indicator,
        value: s.value,
        unit: s.indicator === 'random_completion_rate' ? '%' : '件',
        approx: template ? false : s.approx,
        ...s.part,
        quote,
        start,
        end: start + quote.length,
        decision: 'accepted' as const,
      };
    });
  return {
    id: name,
    file: `${name}.${template ? 'xlsx' : 'txt'}`,
    source: template ? 'xlsx' : 'txt',
    doc: `${name}.${template ? 'xlsx' : 'txt'}`,
    text,
    title: name,
    docNumber: null,
    reportDate: null,
    detected: null,
    unitCode: UNIT,
    unitName: '卫滨区',
    year: YEAR,
    figures,
    weaknesses: [{ id: 'w0', category: 'understaffed', quote: `${name}执法力量不足`, start: 0, end: 1, decision: 'accepted' }],
  };
}

/** The tiny dataset, its 卫滨区 2025 record replaced by one made from figures (or removed). */
function datasetWith(existing: ReviewItem | null): Dataset {
  const ds = tinyDataset();
  const records = ds.records.filter((r) => !(r.unit === UNIT && r.year === YEAR));
  if (!existing) return { ...ds, records };
  const res = mergeIntoDataset({ ...ds, records }, [existing], { asOf: '2026-01-31' });
  if (!res.ok) throw new Error('a first source into an empty unit-year cannot conflict');
  return res.dataset;
}

/** Decides every open conflict of a plan by the rule: the fact's preferred value when stated, else the dataset's. */
function decide(plan: MergePlan, prefer: (key: string, values: number[]) => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of plan.facts) if (f.status === 'conflict') out[choiceKey(f.unit, f.year, f.key)] = prefer(f.key, f.values);
  return out;
}

function addAll(ds: Dataset, items: ReviewItem[], prefer: (key: string, values: number[]) => number): { ds: Dataset; plan: MergePlan } {
  const first = mergeIntoDataset(ds, items, { asOf: '2026-01-31', fillInPlace: true });
  const plan = first.plan;
  if (first.ok) return { ds: first.dataset, plan };
  // Nothing was added while a conflict had no choice.
  expect(plan.counts.unresolved).toBeGreaterThan(0);
  const res = mergeIntoDataset(ds, items, { asOf: '2026-01-31', fillInPlace: true, choices: decide(plan, prefer) });
  if (!res.ok) throw new Error('every conflict was decided');
  return { ds: res.dataset, plan };
}

const recordOf = (ds: Dataset): UnitYearRecord | undefined => ds.records.find((r) => r.unit === UNIT && r.year === YEAR);
const sortedDocs = (ds: Dataset) => [...(ds.documents ?? [])].sort((a, b) => a.id.localeCompare(b.id));

describe('merging two sources of one unit-year (property)', () => {
  it('reports every conflict, loses no figure, and does not depend on the order', () => {
    fc.assert(
      fc.property(
        fc.option(fc.array(figureArb, { maxLength: 6 }), { nil: null }),
        fc.array(figureArb, { maxLength: 6 }),
        fc.array(figureArb, { maxLength: 6 }),
        fc.boolean(),
        fc.func(fc.nat()),
        (existingSpecs, aSpecs, bSpecs, bIsTemplate, pick) => {
          const base = datasetWith(existingSpecs ? sourceOf('E', existingSpecs, true) : null);
          const A = sourceOf('A', aSpecs, false);
          const B = sourceOf('B', bSpecs, bIsTemplate);
          const baseFacts = recordFacts(base.indicators, recordOf(base));
          const aFacts = itemFacts(base.indicators, A);
          const bFacts = itemFacts(base.indicators, B);
          // One preferred value per fact among all stated, whatever the order.
          const preferred = new Map<string, number>();
          for (const key of new Set([...baseFacts.keys(), ...aFacts.keys(), ...bFacts.keys()])) {
            const values = [...new Set([baseFacts.get(key)?.value, aFacts.get(key)?.value, bFacts.get(key)?.value])]
              .filter((v): v is number => v !== undefined)
              .sort((x, y) => x - y);
            preferred.set(key, values[pick(key) % values.length] ?? 0);
          }
          const prefer = (key: string, values: number[]) => {
            const p = preferred.get(key);
            return p !== undefined && values.includes(p) ? p : (values[0] ?? 0);
          };

          // Every conflict is reported: all facts whose stated values differ, and only those.
          const plan = planMerge(base, [A, B], {});
          for (const key of new Set([...aFacts.keys(), ...bFacts.keys()])) {
            const stated = new Set(
              [baseFacts.get(key)?.value, aFacts.get(key)?.value, bFacts.get(key)?.value].filter((v) => v !== undefined),
            );
            const fact = plan.facts.find((f) => f.key === key);
            expect(fact?.status === 'conflict', key).toBe(stated.size > 1);
          }

          const ab = addAll(addAll(base, [A], prefer).ds, [B], prefer).ds;
          const ba = addAll(addAll(base, [B], prefer).ds, [A], prefer).ds;
          const both = addAll(base, [A, B], prefer).ds;
          for (const out of [ab, ba, both]) {
            const checked = parseDataset(JSON.parse(JSON.stringify(out)));
            expect(checked.ok ? [] : checked.problems).toEqual([]);
          }
          expect(recordOf(ab)).toEqual(recordOf(ba));
          expect(recordOf(both)).toEqual(recordOf(ab));
          expect(sortedDocs(ab)).toEqual(sortedDocs(ba));

          // No figure is lost.
          const rec = recordOf(ab);
          const after = recordFacts(base.indicators, rec);
          for (const [key, ex] of baseFacts) {
            if (aFacts.has(key) || bFacts.has(key)) continue;
            // Not mentioned: the value and its quotes stay.
            expect(after.get(key)?.value, key).toBe(ex.value);
            for (const e of ex.evidence)
              expect(after.get(key)?.evidence, key).toContainEqual(expect.objectContaining({ doc: e.doc, quote: e.quote }));
          }
          for (const [facts, src] of [
            [aFacts, A],
            [bFacts, B],
          ] as const) {
            for (const [key, f] of facts) {
              const kept = after.get(key)?.value;
              expect(kept, key).toBe(
                preferred.has(key) &&
                  new Set([baseFacts.get(key)?.value, aFacts.get(key)?.value, bFacts.get(key)?.value].filter((v) => v !== undefined)).size >
                    1
                  ? preferred.get(key)
                  : f.value,
              );
              if (kept === f.value) {
                // The source's quotes for the value kept are all there.
                for (const e of f.evidence)
                  expect(rec?.evidence, `${src.id} ${key}`).toContainEqual(
                    expect.objectContaining({ doc: src.doc, quote: e.quote, value: e.value }),
                  );
              }
            }
            expect(rec?.weaknesses).toContain('understaffed');
            expect(rec?.evidence).toContainEqual(expect.objectContaining({ weakness: 'understaffed', doc: src.doc }));
          }
          // Approximate follows the value kept: listed only when what states it is approximate.
          for (const ind of INDICATORS) {
            const i = base.indicators.findIndex((x) => x.id === ind);
            const v = rec?.values[i] ?? null;
            const supporters = [baseFacts, aFacts, bFacts].map((m) => m.get(`v:${ind}`)).filter((s) => s !== undefined && s.value === v);
            if (v !== null && supporters.length > 0 && supporters.every((s) => s?.approx)) expect(rec?.approx ?? []).toContain(ind);
            if (v !== null && supporters.some((s) => s?.approx === false && s.evidence.length > 0))
              expect(rec?.approx ?? []).not.toContain(ind);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
