// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cityCodeOf, provinceCodeOf } from '../../../src/domain/regions.ts';

describe('a region code’s province and city', () => {
  it('reads the province and the city from the code’s first two and four digits', () => {
    expect(provinceCodeOf('410703')).toBe('410000');
    expect(cityCodeOf('410703')).toBe('410700');
    // A development zone (7x) keeps its city; a province and a city are their own.
    expect(cityCodeOf('410771')).toBe('410700');
    expect(provinceCodeOf('410000')).toBe('410000');
    expect(cityCodeOf('410700')).toBe('410700');
    // A municipality's district: the city code is the pseudo city's, which the table leaves out.
    expect(provinceCodeOf('110105')).toBe('110000');
    expect(cityCodeOf('110105')).toBe('110100');
  });
});
