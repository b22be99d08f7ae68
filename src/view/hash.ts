/**
 * The hash's route and query (`#/overview?year=2025&lang=en`), with no React: the first-screen
 * boot script reads it before the app has loaded (src/app/firstScreen/boot.ts).
 */
import type { ThemeName } from '../charts/theme.ts';
import type { Lang } from '../i18n/index.ts';

export interface HashState {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): HashState {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const pathPart = q === -1 ? raw : raw.slice(0, q);
  const query = q === -1 ? '' : raw.slice(q + 1);
  const path = pathPart
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path, params: new URLSearchParams(query) };
}

export function formatHash(path: string[], params: URLSearchParams): string {
  const q = params.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`;
}

export const langs: readonly Lang[] = ['zh', 'en'];
export const themes: readonly ThemeName[] = ['light', 'dark'];

/**
 * Language and theme as the route table reads them (routes.ts), without valibot: the boot script
 * runs before the app's chunk and stays small. tests/unit/view/routes.test.ts holds the two alike.
 */
export function readLang(params: URLSearchParams): Lang {
  return langs.find((x) => x === params.get('lang')) ?? 'zh';
}

export function readTheme(params: URLSearchParams, fallback: ThemeName = 'light'): ThemeName {
  return themes.find((x) => x === params.get('theme')) ?? fallback;
}

/** The theme a route opens in when the link does not say: the wall screen is dark. */
export const routeTheme = (route: string): ThemeName => (route === 'screen' ? 'dark' : 'light');
