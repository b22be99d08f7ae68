/**
 * Documents are light whatever the screen is. An option built for the dark theme carries dark
 * palette colours (a bar's fill, a radar's line); this swaps each for its light counterpart,
 * by position in the palette and token tables, without touching data or functions.
 */
import { palettes, tokens, type ThemeName } from '../../charts/theme.ts';
import type { ChartOption } from '../../charts/types.ts';

let table: Map<string, string> | null = null;

function colourTable(): Map<string, string> {
  if (table) return table;
  const m = new Map<string, string>();
  palettes.dark.forEach((c, i) => m.set(c.toLowerCase(), palettes.light[i] ?? c));
  const d = tokens.dark;
  const l = tokens.light;
  for (const k of ['text', 'textMuted', 'axis', 'split', 'surface', 'accent'] as const) m.set(d[k].toLowerCase(), l[k]);
  d.sequential.forEach((c, i) => m.set(c.toLowerCase(), l.sequential[i] ?? c));
  // The heatmap's totals fill (options/heatmap.ts).
  m.set('#222d3d', '#e9edf2');
  table = m;
  return m;
}

function remap(value: unknown, colours: Map<string, string>, depth: number): unknown {
  if (typeof value === 'string') return value.startsWith('#') ? (colours.get(value.toLowerCase()) ?? value) : value;
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    // Long numeric data arrays carry no colours: skip them.
    if (value.length > 64 && typeof value[0] === 'number') return value;
    return value.map((v) => remap(v, colours, depth + 1));
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value; // a canvas pattern, a Date…
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = remap(v, colours, depth + 1);
  return out;
}

/** The option as it should look in a document (light colours); unchanged when already light. */
export function lightOptionOf(option: ChartOption, theme: ThemeName, light?: () => ChartOption): ChartOption {
  if (theme === 'light') return option;
  if (light) return light();
  return remap(option, colourTable(), 0) as ChartOption;
}
