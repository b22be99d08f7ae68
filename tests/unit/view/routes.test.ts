/**
 * The route table against links people already keep: shared links in work chats, wall screens'
 * `#/screen?refresh=1`, `?data=` links, language and theme. Each opens as it always did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultWeights } from '../../../src/domain/scoring.ts';
import { parseHash, readLang, readTheme, routeTheme } from '../../../src/view/hash.ts';
import { hrefTo, navRoutes, parseLocation, readSearch, routeIds, routes, writeSearch, type SearchOf } from '../../../src/view/routes.ts';
import { formatWeights, parseWeights } from '../../../src/view/scoringParams.ts';

const q = (s: string) => new URLSearchParams(s);

describe('old links open as they did', () => {
  it('reads a shared league link: filters, weights, sort and columns', () => {
    const loc = parseLocation(
      '#/league?year=2024&scope=410700&level=county&lang=en&theme=dark&w=30,20,15,15,10,10&norm=per_officer&peers=all&sort=composite:desc,name:asc&cols=inspections,penalty_cases&city=410700&q=%E6%96%B0&show=bottom&n=5&recurring=1&below=1&pick=410721',
    );
    expect(loc.route).toBe('league');
    expect(readSearch('league', loc.params)).toEqual({
      year: 2024,
      scope: '410700',
      level: 'county',
      lang: 'en',
      theme: 'dark',
      w: { inspections: 30, penalties: 20, complaints: 15, training: 15, publicity: 10, services: 10 },
      norm: 'per_officer',
      peers: 'all',
      sort: [
        { id: 'composite', desc: true },
        { id: 'name', desc: false },
      ],
      cols: ['inspections', 'penalty_cases'],
      city: '410700',
      q: '新',
      show: 'bottom',
      n: 5,
      recurring: true,
      below: true,
      pick: '410721',
    } satisfies SearchOf<'league'>);
  });

  it('opens a wall screen with only `refresh=1`: dark, 20 s pages, refresh every minute, default rotation', () => {
    const loc = parseLocation('#/screen?refresh=1');
    expect(loc.route).toBe('screen');
    expect(readSearch('screen', loc.params)).toMatchObject({ theme: 'dark', interval: 20, refresh: 1, pages: [], lang: 'zh' });
    expect(readSearch('screen', q('interval=0.2&refresh=0.5&pages=map,nope,kpi&theme=light'))).toMatchObject({
      interval: 0.2,
      refresh: 0.5,
      pages: ['map', 'kpi'],
      theme: 'light',
    });
    // What it never accepted, it still does not: a zero or negative refresh, a 10 ms page.
    expect(readSearch('screen', q('interval=0.01&refresh=0&pages=nope'))).toMatchObject({ interval: 20, refresh: 10, pages: [] });
    expect(readSearch('screen', q('refresh=-3&interval=abc'))).toMatchObject({ interval: 20, refresh: 10 });
  });

  it('opens a unit link, an empty hash and an unknown route', () => {
    expect(parseLocation('#/units/410703?year=2025&lang=en')).toMatchObject({ route: 'units', code: '410703' });
    expect(parseLocation('')).toMatchObject({ route: 'overview', code: undefined, path: [] });
    expect(parseLocation('#/nowhere?year=2025')).toMatchObject({ route: 'overview', path: ['nowhere'] });
    expect(parseLocation('#/units/%E6%96%B0')).toMatchObject({ route: 'units', code: '新' });
  });

  it('falls back to each setting’s default where a link says nonsense, and keeps the rest', () => {
    const s = readSearch('league', q('year=abc&level=planet&lang=fr&theme=pink&w=1,2,3&norm=x&peers=y&sort=!!&show=all&n=0&recurring=yes'));
    expect(s).toMatchObject({
      year: null,
      level: 'all',
      lang: 'zh',
      theme: 'light',
      w: defaultWeights,
      norm: 'raw',
      peers: 'level',
      show: 'all',
      n: 10,
      recurring: false,
    });
    expect(s.sort).toEqual([
      { id: 'peer', desc: false },
      { id: 'rank', desc: false },
    ]);
    expect(readSearch('league', q('n=501')).n).toBe(10);
    expect(readSearch('league', q('n=2.5')).n).toBe(10);
    expect(readSearch('league', q('n=500')).n).toBe(500);
    expect(readSearch('weaknesses', q('mode=year')).mode).toBe('year');
    expect(readSearch('weaknesses', q('mode=<x>')).mode).toBe('count');
  });

  it('reads language and theme as the boot script does (no valibot there)', () => {
    for (const lang of ['en', 'zh', 'EN', '', 'fr']) {
      for (const theme of ['dark', 'light', 'DARK', '', 'x']) {
        const p = q(`lang=${lang}&theme=${theme}`);
        for (const route of routeIds) {
          const s = readSearch(route, p);
          expect(s.lang).toBe(readLang(p));
          expect(s.theme).toBe(readTheme(p, routeTheme(route)));
        }
      }
    }
  });

  it('leaves the page’s own query (`?data=`) alone: routes live in the hash', () => {
    const url = new URL('http://h/app/?data=data/seeds.json#/league?year=2025');
    const loc = parseLocation(url.hash);
    expect(loc.route).toBe('league');
    expect(loc.params.has('data')).toBe(false);
    expect(url.search).toBe('?data=data/seeds.json');
  });
});

describe('links the app builds', () => {
  const here = q('year=2025&scope=410700&lang=en&theme=dark&mode=year&sort=rank:asc&w=10,10,10,10,10,50');

  it('navigation keeps every setting of the page (the way back finds it as it was)', () => {
    expect(navRoutes).toEqual(['overview', 'league', 'weaknesses', 'screen', 'import']);
    expect(hrefTo({ to: 'league' }, here)).toBe(`#/league?${here.toString()}`);
    expect(hrefTo({ to: 'import' }, here)).toBe(`#/import?${here.toString()}`);
  });

  it('a unit link drops the heatmap’s mode and sets what it is given', () => {
    expect(hrefTo({ to: 'units', code: '410703', search: { year: 2024 } }, here)).toBe(
      '#/units/410703?year=2024&scope=410700&lang=en&theme=dark&sort=rank%3Aasc&w=10%2C10%2C10%2C10%2C10%2C50',
    );
    expect(hrefTo({ to: 'units', code: '410703' }, q('year=2025&lang=en&mode=year'))).toBe('#/units/410703?year=2025&lang=en');
  });

  it('the import screen from an empty dataset keeps only language and theme', () => {
    expect(hrefTo({ to: 'import', known: true }, here)).toBe('#/import?lang=en&theme=dark');
    expect(hrefTo({ to: 'import', known: true }, q('year=2025'))).toBe('#/import');
  });

  it('a patch writes values in the links’ formats and null drops a setting', () => {
    const next = writeSearch<'league'>(here, {
      sort: [{ id: 'composite', desc: true }],
      w: defaultWeights,
      n: 5,
      recurring: true,
      below: false,
      cols: [],
      scope: null,
    });
    expect(next.get('sort')).toBe('composite:desc');
    expect(next.get('w')).toBe('25,20,15,15,15,10');
    expect(next.get('n')).toBe('5');
    expect(next.get('recurring')).toBe('1');
    expect(next.has('below')).toBe(false);
    expect(next.has('cols')).toBe(false);
    expect(next.has('scope')).toBe(false);
    // Untouched settings stay as written, in their place.
    expect(next.get('mode')).toBe('year');
    expect([...next.keys()].slice(0, 3)).toEqual(['year', 'lang', 'theme']);
  });

  it('says which pages the briefing and the deck’s ranking speak for', () => {
    expect(routeIds.filter((r) => routes[r].briefing)).toEqual(['overview', 'league', 'weaknesses', 'units']);
    expect(routeIds.filter((r) => routes[r].ranked)).toEqual(['overview', 'league']);
  });
});

describe('round trips (property)', () => {
  const word = fc.stringMatching(/^[a-z0-9_.]{1,12}$/);
  const leagueSearch = fc.record({
    year: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null }),
    scope: fc.option(fc.string({ minLength: 1 }), { nil: null }),
    level: fc.constantFrom('all', 'province', 'city', 'district', 'county', 'county_city'),
    lang: fc.constantFrom('zh', 'en'),
    theme: fc.constantFrom('light', 'dark'),
    w: fc.record({
      inspections: fc.integer({ min: 0, max: 100 }),
      penalties: fc.integer({ min: 0, max: 100 }),
      complaints: fc.integer({ min: 0, max: 100 }),
      training: fc.integer({ min: 0, max: 100 }),
      publicity: fc.integer({ min: 0, max: 100 }),
      services: fc.integer({ min: 0, max: 100 }),
    }),
    norm: fc.constantFrom('raw', 'per_officer', 'per_100_entities', 'per_10k_residents'),
    peers: fc.constantFrom('level', 'all'),
    sort: fc.array(fc.record({ id: word, desc: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    cols: fc.option(fc.array(word, { minLength: 1, maxLength: 5 }), { nil: null }),
    city: fc.option(fc.string({ minLength: 1 }), { nil: null }),
    q: fc.string(),
    show: fc.constantFrom('all', 'top', 'bottom'),
    n: fc.integer({ min: 1, max: 500 }),
    recurring: fc.boolean(),
    below: fc.boolean(),
    pick: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  }) satisfies fc.Arbitrary<SearchOf<'league'>>;

  it('any league view written to a link and read back is the same view', () => {
    fc.assert(
      fc.property(leagueSearch, (s) => {
        const hash = hrefTo({ to: 'league', search: s });
        const loc = parseLocation(hash);
        expect(loc.route).toBe('league');
        expect(readSearch('league', loc.params)).toEqual(s);
      }),
    );
  });

  it('a link read and written again keeps every setting it had, known or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.string()), { maxLength: 6 }),
        fc.constantFrom(...routeIds),
        (pairs, route) => {
          const params = new URLSearchParams(pairs);
          const loc = parseLocation(hrefTo({ to: route, code: 'x' }, params));
          expect(loc.params.toString()).toBe(
            route === 'units' ? new URLSearchParams([...params].filter(([k]) => k !== 'mode')).toString() : params.toString(),
          );
        },
      ),
    );
  });

  it('weights round-trip; anything else is the default', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }), (parts) => {
        expect(formatWeights(parseWeights(parts.join(',')))).toBe(parts.join(','));
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const w = parseWeights(text);
        const ok = /^(\s*\d+(\.\d+)?\s*,){5}\s*\d+(\.\d+)?\s*$/.test(text) && text.split(',').every((x) => Number(x) <= 100);
        if (!ok) expect(w).toEqual(defaultWeights);
      }),
    );
  });

  it('parseHash never throws on any hash', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parseLocation(`#${s}`)).not.toThrow();
        expect(parseHash(`#${s}`).path.every((p) => p.length > 0)).toBe(true);
      }),
    );
  });
});
