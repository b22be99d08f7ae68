/**
 * markSeparateFigures: a quote whose number is not the figure the record holds is marked separate,
 * for totals and for double-random scopes alike, also when the total is summed from its scopes.
 */
import { describe, expect, it } from 'vitest';
import type { Evidence, UnitYearRecord } from '../../../src/contract/schema.ts';
import { markSeparateFigures } from '../../../src/domain/separateFigures.ts';

const indicators = [{ id: 'random_sampled_entities' }, { id: 'publicity_events' }];
const ev = (e: Partial<Evidence>): Evidence => ({ doc: 'd', quote: 'q', ...e }) as Evidence;

function record(evidence: Evidence[], over: Partial<UnitYearRecord> = {}): UnitYearRecord {
  return { unit: '411202', year: 2025, values: [84, 22], evidence, ...over } as UnitYearRecord;
}

describe('markSeparateFigures', () => {
  it('marks a second total with another number, not the one the record holds', () => {
    const out = markSeparateFigures(
      record([ev({ indicator: 'publicity_events', value: 22 }), ev({ indicator: 'publicity_events', value: 5 })]),
      indicators,
    );
    expect(out.evidence?.map((e) => e.separate ?? false)).toEqual([false, true]);
  });

  it('marks a second scope figure separate even when the total is derived from the scopes', () => {
    const out = markSeparateFigures(
      record(
        [
          ev({ indicator: 'random_sampled_entities', scope: 'national', value: 84, derived: 'sum_of_scopes' }),
          ev({ indicator: 'random_sampled_entities', scope: 'national', value: 2, derived: 'sum_of_scopes' }),
        ],
        { scopes: { random_sampled_entities: { national: 84 } } },
      ),
      indicators,
    );
    const [held, other] = out.evidence ?? [];
    expect(held).toMatchObject({ value: 84, derived: 'sum_of_scopes' });
    expect(held?.separate).toBeUndefined();
    // Separate, and no longer said to be part of the sum.
    expect(other).toMatchObject({ value: 2, separate: true });
    expect(other?.derived).toBeUndefined();
  });

  it('leaves domain parts alone: they add up', () => {
    const out = markSeparateFigures(
      record([ev({ indicator: 'publicity_events', domain: 'occupational', value: 3 })], {
        domains: { publicity_events: { occupational: 3 } },
      }),
      indicators,
    );
    expect(out.evidence?.[0]?.separate).toBeUndefined();
  });
});
