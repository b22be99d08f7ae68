import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../src/view/url.ts';
import { resolveView } from '../../../src/view/view.ts';
import { buildModel } from '../../../src/domain/model.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';

describe('hash state', () => {
  it('round-trips a route and its view state', () => {
    const s = parseHash('#/units/410703?year=2025&lang=en');
    expect(s.path).toEqual(['units', '410703']);
    expect(s.params.get('year')).toBe('2025');
    expect(formatHash(s.path, s.params)).toBe('#/units/410703?year=2025&lang=en');
  });
  it('falls back to the dataset: latest year, the region it is about, zh, light', () => {
    const model = buildModel(tinyDataset());
    const v = resolveView(['overview'], new URLSearchParams('year=1999&scope=000000'), model);
    // 河南省 holds only 新乡市 and reports nothing itself: the dataset is about 新乡市.
    expect(v).toMatchObject({ route: 'overview', year: 2025, scope: '410700', lang: 'zh', theme: 'light', level: 'all' });
    const screen = resolveView(['screen'], new URLSearchParams('lang=en&level=county'), model);
    expect(screen).toMatchObject({ theme: 'dark', lang: 'en', level: 'county' });
  });
});
