import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/contract/schema.ts';
import { buildModel } from '../../../src/domain/model.ts';
import { placeOf, spansProvinces } from '../../../src/domain/place.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';

function national(): Dataset {
  const d = tinyDataset();
  d.units.push(
    { code: '650000', name: '新疆维吾尔自治区', level: 'province', parent: null },
    { code: '659010', name: '胡杨河市', level: 'county_city', parent: '650000' },
    { code: '419001', name: '济源市', level: 'county_city', parent: '410000' },
  );
  return d;
}

describe('placeOf: the league’s 所属市 column is never empty', () => {
  const model = buildModel(national());
  it('a county names its city; at national scope its province first', () => {
    expect(placeOf(model, '410721', false)).toBe('新乡市');
    expect(placeOf(model, '410721', true)).toBe('河南省 新乡市');
  });
  it('a unit directly under a province-level region names that region, once', () => {
    expect(placeOf(model, '659010', true)).toBe('新疆维吾尔自治区');
    expect(placeOf(model, '659010', false)).toBe('新疆维吾尔自治区');
    expect(placeOf(model, '419001', true)).toBe('河南省');
  });
  it('the province is added only when the units span provinces', () => {
    const units = model.dataset.units;
    expect(
      spansProvinces(
        model,
        units.filter((u) => u.code.startsWith('41')),
      ),
    ).toBe(false);
    expect(spansProvinces(model, units)).toBe(true);
  });
});
