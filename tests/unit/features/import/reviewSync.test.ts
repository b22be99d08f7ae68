/**
 * The review across tabs: each tab writes only the entries it changed, and folds in another tab's
 * entries without losing its own, so two people (or one in two tabs) reviewing at once both keep
 * their work.
 */
import { describe, expect, it } from 'vitest';
import { reviewReducer } from '../../../../src/features/import/review.ts';
import { applyEntries, reviewChanges } from '../../../../src/features/import/reviewSync.ts';
import { emptyReview, type ReviewItem, type ReviewState } from '../../../../src/features/import/types.ts';

const item = (id: string, createdAt: number): ReviewItem => ({
  id,
  file: `${id}.txt`,
  source: 'txt',
  doc: `${id}.txt`,
  text: '行政处罚案件 12 件',
  title: null,
  docNumber: null,
  reportDate: null,
  detected: null,
  unitCode: '330102',
  unitName: '上城区',
  year: 2024,
  figures: [
    {
      id: 'f0',
      indicator: 'penalty_cases',
      value: 12,
      unit: '件',
      approx: false,
      quote: '行政处罚案件 12 件',
      start: 0,
      end: 11,
      decision: 'pending',
    },
  ],
  weaknesses: [],
  createdAt,
});

/** A storage shared by two tabs: each saves its changes and the other reads the keys back. */
function twoTabs() {
  const stored = new Map<string, unknown>();
  const save = (prev: ReviewState, next: ReviewState): Map<string, unknown> => {
    const { put, del } = reviewChanges(prev, next);
    for (const [k, v] of put) stored.set(k, v);
    for (const k of del) stored.delete(k);
    return new Map([...put.map(([k]) => [k, stored.get(k)] as const), ...del.map((k) => [k, undefined] as const)]);
  };
  return { stored, save };
}

describe('the review kept per item across tabs', () => {
  it('two tabs reviewing different reports at once both keep their work', () => {
    const { stored, save } = twoTabs();
    const start: ReviewState = { ...emptyReview(), items: [item('a', 1), item('b', 2)] };
    save(emptyReview(), start);
    let tabA = start;
    let tabB = start;
    // A accepts in report a, B rejects in report b, at the same time.
    const nextA = reviewReducer(tabA, { type: 'decide', item: 'a', figure: 'f0', decision: 'accepted' });
    const nextB = reviewReducer(tabB, { type: 'decide', item: 'b', figure: 'f0', decision: 'rejected' });
    const wroteA = save(tabA, nextA);
    const wroteB = save(tabB, nextB);
    // Only the item each changed was written.
    expect([...wroteA.keys()]).toEqual(['import-review-v2:item:a']);
    expect([...wroteB.keys()]).toEqual(['import-review-v2:item:b']);
    tabA = reviewReducer(nextA, { type: 'external', entries: wroteB });
    tabB = reviewReducer(nextB, { type: 'external', entries: wroteA });
    for (const tab of [tabA, tabB])
      expect(tab.items.map((i) => [i.id, i.figures[0]?.decision])).toEqual([
        ['a', 'accepted'],
        ['b', 'rejected'],
      ]);
    // A reload reads the same.
    const reloaded = applyEntries(emptyReview(), stored);
    expect(reloaded.items.map((i) => [i.id, i.figures[0]?.decision])).toEqual([
      ['a', 'accepted'],
      ['b', 'rejected'],
    ]);
  });

  it('a file added in one tab appears in the other; one removed goes; a conflict choice travels', () => {
    const { save } = twoTabs();
    const a = { ...emptyReview(), items: [item('a', 1)] };
    save(emptyReview(), a);
    let other = a;
    const added = reviewReducer(a, { type: 'add', items: [item('c', 3)], failures: [] });
    other = reviewReducer(other, { type: 'external', entries: save(a, added) });
    expect(other.items.map((i) => i.id)).toEqual(['a', 'c']);
    const chosen = reviewReducer(added, { type: 'choose', key: '330102/2024/v:penalty_cases', value: 270 });
    other = reviewReducer(other, { type: 'external', entries: save(added, chosen) });
    expect(other.choices).toEqual({ '330102/2024/v:penalty_cases': 270 });
    const removed = reviewReducer(chosen, { type: 'remove', item: 'a' });
    other = reviewReducer(other, { type: 'external', entries: save(chosen, removed) });
    expect(other.items.map((i) => i.id)).toEqual(['c']);
    expect(other.selected).toBe('c');
  });
});
