/**
 * ECharts' server-side SVG (`renderToSVGString`) made fit for a page under a strict CSP
 * (`style-src 'self'`): no `<style>` element, no `style=""` attribute.
 *
 * - zrender writes text styling as `style="font-size:12px;font-family:…;"`, and the theme's font
 *   list quotes its names with `"` inside that double-quoted attribute, which breaks the markup.
 *   Each declaration becomes the SVG presentation attribute of the same name (`font-size="12px"`),
 *   which CSP does not govern, the font names single-quoted.
 * - Its `<style>` block only holds hover rules (a picture has no hover) and goes, as do the
 *   hydration attributes (`ecmeta_*`), the class names those rules used and the invisible hit
 *   areas of its texts (no fill, no stroke).
 * - The theme's font is written once, on the root (SVG inherits it), not on every label; numbers
 *   keep two decimals (a hundredth of a pixel): a picture stays small enough to keep.
 *
 * Used by the build's prerender of the first screen and by the browser's snapshot of it.
 */
import { fontFamily } from './theme.ts';

/** CSS properties that SVG also takes as presentation attributes (SVG 2, "Presentation attributes"). */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-miterlimit',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  'text-decoration',
]);

const FONT_TOKEN = '\u0000font\u0000';
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One `style` attribute's declarations as presentation attributes; what has none is reported. */
function presentationAttrs(decls: string, unknown: (property: string) => void): string {
  let out = '';
  for (const decl of decls.split(';')) {
    const at = decl.indexOf(':');
    if (at < 0) continue;
    const prop = decl.slice(0, at).trim().toLowerCase();
    let value = decl.slice(at + 1).trim();
    if (value === '') continue;
    if (!PRESENTATION.has(prop)) {
      unknown(prop);
      continue;
    }
    if (value === FONT_TOKEN) value = fontFamily.replace(/"/g, "'");
    out += ` ${prop}="${escapeAttr(value)}"`;
  }
  return out;
}

/**
 * The SVG without style attributes or elements. `unknown` hears of a declaration that has no
 * presentation attribute (dropped): the build fails on it, rather than drawing something else.
 */
export function cspSafeSvg(svg: string, unknown: (property: string) => void = () => undefined): string {
  const font = fontFamily.replace(/"/g, "'");
  const fontAttr = ` font-family="${escapeAttr(font)}"`;
  const clean = svg
    .split(fontFamily)
    .join(FONT_TOKEN)
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, decls: string) => presentationAttrs(decls, unknown))
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/<path d="[^"]*" fill="none" pointer-events="visible"><\/path>\n?/g, '')
    .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/(\d+\.\d{2})\d+/g, '$1')}"`)
    .split(FONT_TOKEN)
    .join(font);
  if (!clean.includes(fontAttr)) return clean;
  return clean
    .split(fontAttr)
    .join('')
    .replace(/^<svg\b/, `<svg${fontAttr}`);
}
