/**
 * What a page is before its data arrive (boot.ts chooses a picture by it, record.ts files one
 * under it): the build's default overview only for its default view of the default dataset, with
 * nothing the browser keeps in the way, and `ask` where only IndexedDB can say.
 */
import { describe, expect, it } from 'vitest';
import { pageKeys } from '../../../../src/app/firstScreen/keys.ts';

const at = (search: string, hash: string) => ({ search, hash });
const none = { active: null, targets: null };

describe('pageKeys', () => {
  it('the default overview: yes with nothing kept, ask when the browser has not said, no with a user dataset or custom targets', () => {
    for (const hash of ['', '#', '#/', '#/overview', '#/overview?'])
      expect(pageKeys(at('', hash), none, 'data/demo.json', 1920).prerender, hash).toBe('yes');
    expect(pageKeys(at('', ''), {}, 'data/demo.json', 1920).prerender).toBe('ask');
    expect(pageKeys(at('', ''), { active: null }, 'data/demo.json', 1920).prerender).toBe('ask');
    expect(pageKeys(at('', ''), { active: 'u1', targets: null }, 'data/demo.json', 1920).prerender).toBe('no');
    expect(pageKeys(at('', ''), { active: null, targets: '2026-01-02' }, 'data/demo.json', 1920).prerender).toBe('no');
  });

  it('a link to the default file shows it whatever user dataset is active, not another file, view, language or theme', () => {
    expect(pageKeys(at('?data=data/demo.json', ''), { active: 'u1', targets: null }, 'data/demo.json', 1920).prerender).toBe('yes');
    expect(pageKeys(at('?data=./data/demo.json', ''), { targets: null }, 'data/demo.json', 1920).prerender).toBe('yes');
    expect(pageKeys(at('?data=data/seeds.json', ''), none, 'data/demo.json', 1920).prerender).toBe('no');
    for (const hash of ['#/overview?lang=en', '#/overview?theme=dark', '#/overview?year=2024', '#/league', '#/screen', '#/units/410703'])
      expect(pageKeys(at('', hash), none, 'data/demo.json', 1920).prerender, hash).toBe('no');
    expect(pageKeys(at('', ''), none, null, 1920).prerender).toBe('no');
  });

  it('files a page by where its data come from, its view (sorted, without language and theme), language, theme and width', () => {
    const k = pageKeys(at('', '#/league?level=county&lang=en&theme=dark&year=2025'), { active: 'u1', targets: 't1' }, null, 1366);
    expect(k).toEqual({
      source: 'stored=u1|t=t1',
      view: 'league?level=county&year=2025',
      lang: 'en',
      theme: 'dark',
      width: 1366,
      prerender: 'no',
    });
    expect(pageKeys(at('?data=./x/2025.json', '#/overview'), { targets: null }, null, 390).source).toBe('data=x/2025.json|t=-');
    expect(pageKeys(at('', '#/screen'), none, null, 1920).theme).toBe('dark');
    // What the browser keeps is not known: no source, so no kept picture is chosen.
    expect(pageKeys(at('', ''), { active: null }, null, 1920).source).toBeNull();
    expect(pageKeys(at('?data=x.json', ''), { active: null }, null, 1920).source).toBeNull();
  });
});
