/**
 * The link to a unit's page, keeping the view's settings (year, language, theme, weights).
 * Screen-specific settings of the page linked from (the heatmap's `mode`) are dropped.
 */
export function unitHref(code: string, params: URLSearchParams, patch: Record<string, string> = {}): string {
  const q = new URLSearchParams(params);
  q.delete('mode');
  for (const [k, v] of Object.entries(patch)) q.set(k, v);
  const s = q.toString();
  return `#/units/${encodeURIComponent(code)}${s ? `?${s}` : ''}`;
}
