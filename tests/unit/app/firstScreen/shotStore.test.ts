/**
 * Kept pictures in localStorage: found by source → dataset → view, language, theme, width and
 * build; within the budget, the oldest going first; what is not a picture is not one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKeys } from '../../../../src/app/firstScreen/keys.ts';
import { findShot, MAX_SHOT_CHARS, saveShot, shotKey, SHOT_PREFIX, type Shot } from '../../../../src/app/firstScreen/shotStore.ts';

const none = { active: null, targets: null };
const keysAt = (hash: string, width = 1920) => pageKeys({ search: '', hash }, none, null, width);

function shot(build: string, dataset: string, hash: string, savedAt: number, pad = 0): Shot {
  return {
    v: 1,
    build,
    key: shotKey(build, dataset, keysAt(hash)),
    dataset,
    asOf: '2026-01-15',
    savedAt,
    mark: '上次打开时的画面',
    tree: [['p', { class: 'x' }, 'y'.repeat(pad)]],
    css: '.x { color: red; }',
  };
}

beforeEach(() => localStorage.clear());

describe('kept pictures', () => {
  it('are found for the same source, view, language, theme, width and build only', () => {
    const s = shot('b1', 'd1', '#/overview', 1);
    expect(saveShot(s, 'stored=-|t=-').saved).toBe(true);
    expect(findShot('b1', keysAt('#/overview'))).toEqual(s);
    expect(findShot('b2', keysAt('#/overview'))).toBeNull(); // another build
    expect(findShot('b1', keysAt('#/overview', 1366))).toBeNull();
    expect(findShot('b1', keysAt('#/overview?lang=en'))).toBeNull();
    expect(findShot('b1', keysAt('#/league'))).toBeNull();
    expect(findShot('b1', pageKeys({ search: '', hash: '#/overview' }, { active: 'u1', targets: null }, null, 1920))).toBeNull();
  });

  it('follow the dataset a source showed last', () => {
    saveShot(shot('b1', 'd1', '#/overview', 1), 'stored=-|t=-');
    saveShot(shot('b1', 'd2', '#/overview', 2), 'stored=-|t=-');
    expect(findShot('b1', keysAt('#/overview'))?.dataset).toBe('d2');
  });

  it('stay within the budget: too large is not kept, the oldest go first', () => {
    expect(saveShot(shot('b1', 'd1', '#/overview', 1, MAX_SHOT_CHARS), 'stored=-|t=-')).toEqual({
      saved: false,
      chars: expect.any(Number),
    });
    for (let i = 0; i < 10; i++) saveShot(shot('b1', `d${i}`, `#/overview?year=${2015 + i}`, i), `data=${i}.json|t=-`);
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(SHOT_PREFIX) && !k.endsWith(':index'));
    expect(kept).toHaveLength(8);
    expect(kept.some((k) => k.includes('|d0|'))).toBe(false);
    expect(kept.some((k) => k.includes('|d9|'))).toBe(true);
  });

  it('make room when localStorage is full, oldest first', () => {
    saveShot(shot('b1', 'd1', '#/league', 1), 'data=a.json|t=-');
    const setItem = Storage.prototype.setItem;
    let refusals = 1;
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k: string, v: string) {
      if (k.endsWith('|d2|overview?|zh|light|1920') && refusals-- > 0) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, k, v);
    });
    expect(saveShot(shot('b1', 'd2', '#/overview', 2), 'stored=-|t=-').saved).toBe(true);
    spy.mockRestore();
    expect(findShot('b1', keysAt('#/overview'))?.dataset).toBe('d2');
    expect(findShot('b1', pageKeys({ search: '?data=a.json', hash: '#/league' }, { targets: null }, null, 1920))).toBeNull();
  });

  it('what is not a picture is none', () => {
    const s = shot('b1', 'd1', '#/overview', 1);
    saveShot(s, 'stored=-|t=-');
    for (const bad of [
      '{',
      '"x"',
      JSON.stringify({ ...s, tree: 'x' }),
      JSON.stringify({ ...s, css: 1 }),
      JSON.stringify({ ...s, key: 'other' }),
    ]) {
      localStorage.setItem(`${SHOT_PREFIX}:${s.key}`, bad);
      expect(findShot('b1', keysAt('#/overview'))).toBeNull();
    }
  });
});
