/**
 * How one setting of a link is read: a valibot schema over the query's text with the value it
 * takes when the link does not say, or says something it cannot mean. A link someone kept never
 * fails to open: what does not parse is the setting's default. And how a value is written back.
 * The route table (routes.ts) is built from these.
 */
import type { SortingState } from '@tanstack/react-table';
import * as v from 'valibot';
import { indicatorGroups } from '../domain/catalogue.ts';
import { defaultWeights, type Weights } from '../domain/scoring.ts';

/**
 * The same value for the same text: a list or weights read twice from an unchanged link is the one
 * object, so a screen's memos keyed on it hold (the link is read on every render). A few kept.
 */
function interned<T>(keyOf: (x: T) => string) {
  const seen = new Map<string, T>();
  return v.transform((x: T): T => {
    const key = keyOf(x);
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    if (seen.size >= 16) seen.clear();
    seen.set(key, x);
    return x;
  });
}

const joined = (x: readonly string[]) => x.join(',');

/** Free text (a code, a name to find): absent is null. */
export const text = v.fallback(v.nullable(v.string()), null);

/** Free text, absent is empty. */
export const query = v.fallback(v.string(), '');

/** One of a few words; anything else is the default. */
export const oneOf = <const T extends string>(options: readonly T[], fallback: NoInfer<T>) => v.fallback(v.picklist(options), fallback);

/** A number as `Number()` reads it (the links' long-standing reading), finite and at least `min`. */
const number = (min: number) => v.pipe(v.string(), v.transform(Number), v.finite(), v.minValue(min));

/** A number of at least `min` (seconds, minutes). */
export const numberFrom = (min: number, fallback: number) => v.fallback(number(min), fallback);

/** A whole number from 1 to `max`. */
export const count = (max: number, fallback: number) => v.fallback(v.pipe(number(1), v.integer(), v.maxValue(max)), fallback);

/** A whole number ≥ 1, or null when the link has none (the year, before a dataset says which). */
export const positiveInt = v.fallback(v.nullable(v.pipe(number(1), v.integer())), null);

/** `1` or nothing. */
export const flag = v.fallback(
  v.pipe(
    v.literal('1'),
    v.transform(() => true),
  ),
  false,
);

/** A comma-separated list of words (column ids); null when the link has none, so the page's default applies. */
export const list = v.fallback(
  v.nullable(
    v.pipe(
      v.string(),
      v.transform((s) => s.split(',')),
      interned<string[]>(joined),
    ),
  ),
  null,
);

/** A comma-separated list keeping only the words known; empty when none is. */
export const listOf = <const T extends string>(options: readonly T[]) =>
  v.fallback(
    v.pipe(
      v.string(),
      v.transform((s) => s.split(',').filter((x): x is T => options.some((o) => o === x))),
      interned<T[]>(joined),
    ),
    [],
  );

const weightsText = (w: Weights) => indicatorGroups.map((g) => w[g]).join(',');
const sortingText = (s: SortingState) => s.map((x) => `${x.id}:${x.desc ? 'desc' : 'asc'}`).join(',');

/** The scoring weights, one per indicator group in the catalogue's order, each 0–100 (`w=25,20,15,15,15,10`). */
export const weights = v.fallback(
  v.pipe(
    v.string(),
    v.transform((s) => s.split(',').map(Number)),
    v.array(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
    v.length(indicatorGroups.length),
    v.transform((parts): Weights => {
      const w: Weights = { ...defaultWeights };
      indicatorGroups.forEach((g, i) => {
        w[g] = parts[i] ?? 0;
      });
      return w;
    }),
    interned(weightsText),
  ),
  defaultWeights,
);

/** Peer group first (counties, districts, cities), then rank: each group reads as its own table. */
export const defaultSorting: SortingState = [
  { id: 'peer', desc: false },
  { id: 'rank', desc: false },
];

/** The league's sort (`sort=rank:asc,inspections:desc`): unreadable parts are dropped; none left is the default. */
export const sorting = v.fallback(
  v.pipe(
    v.string(),
    v.transform((s) => {
      const out: SortingState = [];
      for (const part of s.split(',')) {
        const [id, dir] = part.split(':');
        if (id && /^[a-z0-9_.]+$/.test(id)) out.push({ id, desc: dir === 'desc' });
      }
      return out;
    }),
    v.minLength(1),
    interned(sortingText),
  ),
  defaultSorting,
);

const sortingValue = v.array(v.object({ id: v.string(), desc: v.boolean() }));
const weightsValue = v.record(v.string(), v.number());
const words = v.array(v.string());

/**
 * A value as its link writes it; '' leaves the setting out of the link. Values come typed from the
 * route table's patch types; the guards say which format applies without a cast.
 */
export function writeValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return '1';
  if (key === 'sort' && v.is(sortingValue, value)) return sortingText(value);
  if (key === 'w' && v.is(weightsValue, value)) return indicatorGroups.map((g) => value[g] ?? 0).join(',');
  if (v.is(words, value)) return value.join(',');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
