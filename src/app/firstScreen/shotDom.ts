/**
 * A kept picture (shotStore.ts) built into DOM nodes by the boot script, before the first paint.
 *
 * What comes out of storage is untrusted: it is read as data and built with createElement /
 * setAttribute / createTextNode from allow-lists of tags and attributes. Nothing is parsed as
 * HTML, so no stored string can become a script, an event handler or a `javascript:` link;
 * links may only point inside the page (`#…`). Style declarations are applied through the CSSOM
 * (which a strict CSP allows), and only those that load nothing.
 */
import type { Shot } from './shotStore.ts';
import { SNAPSHOT_ID } from './dom.ts';
import { pictureRoot } from './shadow.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

const HTML_TAGS = new Set(
  (
    'div span p a h1 h2 h3 h4 h5 h6 header nav main section article aside footer button select option optgroup label ' +
    'details summary small strong em b i ul ol li dl dt dd table thead tbody tfoot tr th td caption figure ' +
    'figcaption br hr abbr time output meter progress'
  ).split(' '),
);
const SVG_TAGS = new Set(
  'svg g path rect circle ellipse line polyline polygon text tspan defs clipPath linearGradient radialGradient stop pattern title desc'.split(
    ' ',
  ),
);
const HTML_ATTRS = new Set('class role lang dir title type value label selected disabled open hidden colspan rowspan scope'.split(' '));
const SVG_ATTRS = new Set(
  (
    'class role x y x1 y1 x2 y2 dx dy cx cy r rx ry width height d points transform viewBox preserveAspectRatio ' +
    'fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin stroke-dasharray ' +
    'stroke-dashoffset stroke-miterlimit opacity font-size font-family font-weight font-style text-anchor ' +
    'dominant-baseline paint-order visibility display text-decoration pointer-events offset stop-color stop-opacity ' +
    'gradientUnits gradientTransform patternUnits patternTransform clip-path id aria-label'
  ).split(' '),
);

/** What may be set, with what: data-* and aria-* (not references to ids), hash links only. */
function allowed(tag: string, svg: boolean, name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('on')) return false;
  if (svg) {
    if (!SVG_ATTRS.has(name)) return false;
    // References only to this picture's own ids (clip paths, gradients).
    if (n === 'clip-path' || /url\(/i.test(value)) return /^url\(#[\w-]+\)$/.test(value.trim());
    return true;
  }
  if (n === 'href') return tag === 'a' && value.startsWith('#');
  if (n.startsWith('data-')) return n !== 'data-testid' && /^data-[a-z0-9-]+$/.test(n);
  if (n.startsWith('aria-')) return !/^aria-(controls|labelledby|describedby|owns|activedescendant|flowto|details|errormessage)$/.test(n);
  return HTML_ATTRS.has(n);
}

/** `height: 640px; min-height: 1200px` through the CSSOM; anything that could load something is left out. */
function applyStyle(el: HTMLElement, css: string): void {
  for (const decl of css.split(';')) {
    const at = decl.indexOf(':');
    if (at < 0) continue;
    const prop = decl.slice(0, at).trim().toLowerCase();
    const value = decl.slice(at + 1).trim();
    if (!/^[a-z-]+$/.test(prop) || /url\(|image|expression|\\|@/i.test(value)) continue;
    el.style.setProperty(prop, value);
  }
}

/** One stored node as DOM (exported for its tests); null for what the allow-lists refuse. */
export function build(node: unknown, inSvg = false, depth = 0): Node | null {
  if (typeof node === 'string') return document.createTextNode(node);
  if (!Array.isArray(node) || depth > 64) return null;
  const tag: unknown = node[0];
  const attrs: unknown = node[1];
  if (typeof tag !== 'string' || typeof attrs !== 'object' || attrs === null) return null;
  const svg = inSvg || tag === 'svg';
  if (svg ? !SVG_TAGS.has(tag) : !HTML_TAGS.has(tag)) return null;
  const el = svg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value !== 'string') continue;
    if (name === 'style') {
      if (el instanceof HTMLElement) applyStyle(el, value);
      continue;
    }
    // Ids are this picture's own (an SVG's clip paths), kept apart from the app's.
    if (allowed(tag, svg, name, value))
      el.setAttribute(name, name === 'id' ? `${SNAPSHOT_ID}-${value}` : value.replace(/^url\(#/, `url(#${SNAPSHOT_ID}-`));
  }
  for (const child of node.slice(2)) {
    const built = build(child, svg, depth + 1);
    if (built) el.append(built);
  }
  return el;
}

/** The picture as the page's #first-shot element (its content in a closed shadow root), marked with what it is. */
export function renderShot(shot: Shot): HTMLElement {
  const host = document.createElement('div');
  host.id = SNAPSHOT_ID;
  host.inert = true;
  host.setAttribute('aria-busy', 'true');
  // The app's CSS loads nothing; a stored sheet that would (an url(), an @import) is not used.
  const root = pictureRoot(host, /url\(|@import|expression/i.test(shot.css) ? '' : shot.css);
  const mark = document.createElement('p');
  mark.className = 'first-shot-mark';
  mark.textContent = shot.mark;
  root.append(mark);
  for (const node of shot.tree) {
    const built = build(node, false, 0);
    if (built) root.append(built);
  }
  return host;
}
