// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitGluedDigits } from '../../../src/extract/tables/gluedDigits.ts';

describe('splitGluedDigits: cells run together, told apart by their totals', () => {
  it('one digit a cell', () => {
    expect(splitGluedDigits('5100006', 7, 1)).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(splitGluedDigits('100010001100000', 5, 3)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('cells of several digits, where the totals leave one reading', () => {
    // 12 + 3 + 0 + 0 + 0 + 0 = 15: "1230000" + "15" (1|2|3|0|0|0 sums to 6, not 15)
    expect(splitGluedDigits('123000015', 7, 1)).toEqual([12, 3, 0, 0, 0, 0, 15]);
  });

  it('no reading: the sums do not hold, too few or too many digits, not digits', () => {
    expect(splitGluedDigits('5100007', 7, 1)).toBeNull();
    expect(splitGluedDigits('1010000011', 7, 1)).toBeNull(); // 10|1|0|0|0|0 leaves "011"
    expect(splitGluedDigits('510000', 7, 1)).toBeNull();
    expect(splitGluedDigits('1'.repeat(50), 7, 1)).toBeNull();
    expect(splitGluedDigits('51000-6', 7, 1)).toBeNull();
  });

  it('two readings: none taken', () => {
    // 21|4|0|1|2|0|28 and 2|1|4|0|1|20|28
    expect(splitGluedDigits('214012028', 7, 1)).toBeNull();
  });

  it('a leading zero starts no number of several digits', () => {
    // 0|5|0|0|0|0|5 only: "05" is not a cell.
    expect(splitGluedDigits('0500005', 7, 1)).toEqual([0, 5, 0, 0, 0, 0, 5]);
  });

  it('any row written out and glued is read back as written, or not at all, never otherwise', () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 999 }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 6, maxLength: 6 }), (six) => {
        const row = [...six, six.reduce((a, b) => a + b, 0)];
        const read = splitGluedDigits(row.join(''), 7, 1);
        expect(read === null || read.join(',') === row.join(',')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
