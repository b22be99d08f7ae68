/**
 * What a page is, as far as can be known before its data arrive: where its dataset comes from,
 * which view, language, theme and width. The boot script computes it to choose a picture; the
 * app computes it again to file the picture it leaves for next time (record.ts). One function for
 * both, so the two never disagree.
 */
import type { StoredChoice } from '../../data/storedChoice.ts';
import { parseHash, readLang, readTheme, routeTheme } from '../../view/hash.ts';

export interface PageKeys {
  /**
   * Where the dataset comes from: a link's `?data=`, or what this browser keeps (the active user
   * dataset, or none: the default). Custom targets change the figures too. Null when the browser's
   * half is not known (boot.ts then shows no snapshot).
   */
  source: string | null;
  /** Route and view settings, without language and theme. */
  view: string;
  lang: 'zh' | 'en';
  theme: 'light' | 'dark';
  /** The window's width in CSS px (the layout depends on it). */
  width: number;
  /**
   * Whether the build's picture (the default dataset's overview, default view) can be this page's:
   * `yes`, `no`, or `ask` (only this browser's IndexedDB can say: verify.ts asks it).
   */
  prerender: 'yes' | 'no' | 'ask';
}

/** A `?data=` value as a file path relative to the page (`./data/x.json` → `data/x.json`). */
const normalizeData = (value: string): string => value.replace(/^\.?\//, '');

export function pageKeys(
  location: { search: string; hash: string },
  choice: StoredChoice,
  defaultFile: string | null,
  width: number,
): PageKeys {
  const { path, params } = parseHash(location.hash);
  const route = path[0] ?? 'overview';
  const lang = readLang(params);
  const theme = readTheme(params, routeTheme(route));
  const rest = new URLSearchParams([...params].filter(([k]) => k !== 'lang' && k !== 'theme'));
  rest.sort();
  const view = `${path.length ? path.join('/') : 'overview'}?${rest.toString()}`;
  const data = new URLSearchParams(location.search).get('data');
  const known = choice.active !== undefined && choice.targets !== undefined;
  const targets = `t=${choice.targets ?? '-'}`;
  let source: string | null = null;
  if (data !== null) source = choice.targets !== undefined ? `data=${normalizeData(data)}|${targets}` : null;
  else if (known) source = `stored=${choice.active ?? '-'}|${targets}`;

  const defaultView = route === 'overview' && path.length <= 1 && [...params].length === 0;
  const defaultData = defaultFile !== null && (data === null || normalizeData(data) === defaultFile);
  let prerender: PageKeys['prerender'] = 'no';
  if (defaultView && defaultData) {
    // A link to the default file shows it whatever the browser keeps, except custom targets.
    const activeOk = data !== null ? true : choice.active === undefined ? null : choice.active === null;
    const targetsOk = choice.targets === undefined ? null : choice.targets === null;
    if (activeOk === false || targetsOk === false) prerender = 'no';
    else prerender = activeOk === null || targetsOk === null ? 'ask' : 'yes';
  }
  return { source, view, lang, theme, width, prerender };
}
