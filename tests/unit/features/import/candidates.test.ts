/**
 * A report whose region is a name GB/T 2260 has twice (南山区: 深圳 and 鹤岗) and that says nothing
 * more: the review offers both places, picks neither, and holds the report until the user picks;
 * the pick brings its city and province into the dataset with it.
 */
import { describe, expect, it } from 'vitest';
import { loadRegionTable } from '../../../../src/data/regionTable.ts';
import { handleRequest } from '../../../../src/extract/worker.ts';
import { mergeIntoDataset, notReady } from '../../../../src/features/import/merge.ts';
import { itemFromExtraction, reviewReducer } from '../../../../src/features/import/review.ts';
import { emptyReview } from '../../../../src/features/import/types.ts';
import { tinyDataset } from '../../../../mocks/fixtures/tiny.ts';

const TEXT = '区卫生健康局\n2024年，为南山区卫生健康事业发展，南山区共检查医疗机构120户次，全年查处违法案件12件。';

describe('an ambiguous region in the review', () => {
  it('offers every place the name could be, holds the report, and a pick places it with its city and province', async () => {
    const ds = tinyDataset();
    const res = handleRequest({ id: 1, kind: 'text', text: TEXT });
    if (!res.ok) throw new Error(res.code);
    const item = itemFromExtraction({
      id: 'r1',
      file: '南山.txt',
      doc: '南山.txt',
      source: 'txt',
      text: res.text,
      extraction: res.extraction,
      dataset: ds,
      regions: await loadRegionTable(),
    });
    expect(item.unitCode).toBe('');
    // Named as the report writes it, for the sentence that asks which one.
    expect(item.unitName).toBe('南山区');
    expect(item.candidates?.map((c) => c.chain[0]?.code).sort()).toEqual(['230404', '440305']);
    expect(item.candidates?.find((c) => c.chain[0]?.code === '440305')?.chain.map((r) => r.name)).toEqual(['南山区', '深圳市', '广东省']);

    let state = { ...emptyReview(), items: [item] };
    state = reviewReducer(state, { type: 'decideAll', item: 'r1', decision: 'accepted' });
    expect(notReady(state.items[0] ?? item)).toBe('confirm_unit');

    state = reviewReducer(state, { type: 'setUnit', item: 'r1', code: '440305', name: '南山区' });
    const picked = state.items[0] ?? item;
    expect(picked.placement?.chain[0]?.code).toBe('440305');
    expect(notReady(picked)).toBeNull();
    const merged = mergeIntoDataset(ds, [picked], { asOf: '2026-12-01' });
    if (!merged.ok) throw new Error('nothing to conflict with');
    expect(merged.newUnits).toEqual(['440000', '440300', '440305']);
    expect(merged.dataset.units.find((u) => u.code === '440305')).toMatchObject({ name: '南山区', parent: '440300' });
  });
});
