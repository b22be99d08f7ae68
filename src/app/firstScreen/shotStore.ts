/**
 * The browser's pictures of the first screen its user last saw (issue 27), in localStorage: it is
 * the only storage a page can read before its first paint. Kept within a small budget (the
 * oldest go first) and filed by dataset (SHA-256), view, language, theme and width; a source
 * (`?data=` link, or what the browser keeps) points at the dataset it showed last.
 *
 * A picture is structured data (tags, attributes, text), never HTML: shotDom.ts builds it with
 * DOM calls from an allow-list, so nothing stored can carry a script.
 */
import type { PageKeys } from './keys.ts';

/** Text, or an element: tag, attributes, children. */
export type ShotNode = string | [string, Record<string, string>, ...ShotNode[]];

export interface Shot {
  v: 1;
  /** The build it was drawn by (its markup and styles): another build's picture is not used. */
  build: string;
  key: string;
  /** SHA-256 of the dataset shown (as the exports state it). */
  dataset: string;
  /** The dataset's as-of date and the time the picture was taken (ms). */
  asOf: string;
  savedAt: number;
  /** What the picture says it is ("上次打开时的画面 · 数据截至 …"), in its language. */
  mark: string;
  /** The page's body: the app's first screen as it was drawn. */
  tree: ShotNode[];
  /** The stylesheets' text it was drawn with (a screen's own, loaded with it, are not in index.html). */
  css: string;
}

interface Index {
  sources: Record<string, string>;
  shots: Array<{ key: string; savedAt: number; size: number }>;
}

/** localStorage keys of the pictures start with this. */
export const SHOT_PREFIX = 'fazhi:first-shot:v2';
const PREFIX = SHOT_PREFIX;
const INDEX_KEY = `${PREFIX}:index`;
/**
 * A picture larger than this is not kept. The demo's overview is ~0.15 M characters; a national
 * map of 2,850 tiles ~0.6 M. localStorage holds ~5 M per origin, and the app keeps nothing else there.
 */
export const MAX_SHOT_CHARS = 1_000_000;
const MAX_TOTAL_CHARS = 2_000_000;
const MAX_SHOTS = 8;

export const shotKey = (build: string, dataset: string, keys: PageKeys): string =>
  [build, dataset, keys.view, keys.lang, keys.theme, keys.width].join('|');

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readIndex(s: Storage): Index {
  try {
    const raw: unknown = JSON.parse(s.getItem(INDEX_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null || !('sources' in raw) || !('shots' in raw)) return { sources: {}, shots: [] };
    const sources: Record<string, string> = {};
    if (typeof raw.sources === 'object' && raw.sources !== null)
      for (const [k, v] of Object.entries(raw.sources)) if (typeof v === 'string') sources[k] = v;
    const shots = Array.isArray(raw.shots)
      ? raw.shots.flatMap((e: unknown) =>
          typeof e === 'object' &&
          e !== null &&
          'key' in e &&
          typeof e.key === 'string' &&
          'savedAt' in e &&
          typeof e.savedAt === 'number' &&
          'size' in e &&
          typeof e.size === 'number'
            ? [{ key: e.key, savedAt: e.savedAt, size: e.size }]
            : [],
        )
      : [];
    return { sources, shots };
  } catch {
    return { sources: {}, shots: [] };
  }
}

const isShot = (x: unknown): x is Shot =>
  typeof x === 'object' &&
  x !== null &&
  'v' in x &&
  x.v === 1 &&
  'key' in x &&
  typeof x.key === 'string' &&
  'dataset' in x &&
  typeof x.dataset === 'string' &&
  'asOf' in x &&
  typeof x.asOf === 'string' &&
  'mark' in x &&
  typeof x.mark === 'string' &&
  'savedAt' in x &&
  typeof x.savedAt === 'number' &&
  'tree' in x &&
  Array.isArray(x.tree) &&
  'css' in x &&
  typeof x.css === 'string';

/** The picture this page last showed, if this browser kept one. */
export function findShot(build: string, keys: PageKeys): Shot | null {
  const s = storage();
  if (!s || keys.source === null) return null;
  try {
    const dataset = readIndex(s).sources[keys.source];
    if (!dataset) return null;
    const key = shotKey(build, dataset, keys);
    const raw: unknown = JSON.parse(s.getItem(`${PREFIX}:${key}`) ?? 'null');
    return isShot(raw) && raw.key === key ? raw : null;
  } catch {
    return null;
  }
}

export interface SaveResult {
  saved: boolean;
  /** The picture's size (characters of JSON). */
  chars: number;
}

/** Keeps a picture for its source, the oldest others going first when over the budget. */
export function saveShot(shot: Shot, source: string): SaveResult {
  const text = JSON.stringify(shot);
  const s = storage();
  if (!s || text.length > MAX_SHOT_CHARS) return { saved: false, chars: text.length };
  const index = readIndex(s);
  index.sources[source] = shot.dataset;
  index.shots = [...index.shots.filter((e) => e.key !== shot.key), { key: shot.key, savedAt: shot.savedAt, size: text.length }].sort(
    (a, b) => b.savedAt - a.savedAt,
  );
  // Over the budget: the oldest go.
  let total = 0;
  const keep = index.shots.filter((e, i) => {
    total += e.size;
    return i < MAX_SHOTS && total <= MAX_TOTAL_CHARS;
  });
  for (const e of index.shots) if (!keep.includes(e)) s.removeItem(`${PREFIX}:${e.key}`);
  index.shots = keep;
  const used = new Set(keep.map((e) => e.key.split('|')[1]));
  index.sources = Object.fromEntries(Object.entries(index.sources).filter(([, v]) => used.has(v)));
  // Full (other data of this origin): the oldest others go until it fits, or it is not kept.
  for (;;) {
    try {
      s.setItem(`${PREFIX}:${shot.key}`, text);
      s.setItem(INDEX_KEY, JSON.stringify(index));
      return { saved: true, chars: text.length };
    } catch {
      const oldest = index.shots.filter((e) => e.key !== shot.key).pop();
      if (!oldest) {
        s.removeItem(`${PREFIX}:${shot.key}`);
        index.shots = [];
        s.removeItem(INDEX_KEY);
        return { saved: false, chars: text.length };
      }
      s.removeItem(`${PREFIX}:${oldest.key}`);
      index.shots = index.shots.filter((e) => e !== oldest);
    }
  }
}
