import { hrefTo, type SearchPatch } from './routes.ts';

/**
 * The link to a unit's page, keeping the view's settings (year, language, theme, weights) as the
 * route table says (`units` carries all but the heatmap's `mode`).
 */
export const unitHref = (code: string, params: URLSearchParams | undefined, search: SearchPatch<'units'> = {}): string =>
  hrefTo({ to: 'units', code, search }, params);
