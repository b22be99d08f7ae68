/** compareCodes orders administrative codes as localeCompare did, without building a collator. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../../src/domain/model.ts';

const code = fc.stringMatching(/^\d{2,12}$/);

describe('compareCodes', () => {
  it('gives the sign localeCompare gives, for any two digit codes', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        expect(Math.sign(compareCodes(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });

  it('sorts digit by digit, a code before its own extensions', () => {
    expect(['410802', '410000', '410702', '4107', '410703'].sort(compareCodes)).toEqual(['410000', '4107', '410702', '410703', '410802']);
  });
});
