/**
 * The app's screen as a picture to keep (shotStore.ts): its DOM read into tags, attributes and
 * text, each chart in view replaced by the SVG of its own option (ECharts' SVG renderer, made
 * CSP-clean by cspSafeSvg). Ids and what refers to them, test ids and canvases are left out;
 * a select keeps the option it shows.
 */
import type { ShotNode } from './shotStore.ts';

const SKIP = new Set(['script', 'style', 'template', 'canvas', 'input', 'textarea', 'iframe', 'img', 'noscript', 'link', 'meta']);
const DROP_ATTRS = /^(id|for|data-testid|aria-(controls|labelledby|describedby|owns|activedescendant))$/;

function attrsOf(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attributes) if (!DROP_ATTRS.test(a.name) && !a.name.startsWith('on')) out[a.name] = a.value;
  if (el instanceof HTMLOptionElement) {
    if (el.selected) out.selected = '';
    else delete out.selected;
  }
  return out;
}

/** An SVG document's element (already CSP-clean) as a tree, its own ids kept (clip paths). */
export function svgTree(el: Element): ShotNode {
  const attrs: Record<string, string> = {};
  for (const a of el.attributes) if (!a.name.startsWith('on') && !a.name.includes(':') && a.name !== 'xmlns') attrs[a.name] = a.value;
  const kids: ShotNode[] = [];
  for (const c of el.childNodes) {
    if (c.nodeType === Node.TEXT_NODE) {
      if (c.textContent?.trim()) kids.push(c.textContent);
    } else if (c instanceof Element) kids.push(svgTree(c));
  }
  return [el.tagName, attrs, ...kids];
}

/**
 * `node` as a tree; `charts` maps a chart's element to its picture (the chart's own children,
 * a canvas and ECharts' wrappers, are not kept).
 */
export function domTree(node: Node, charts: ReadonlyMap<Element, ShotNode | null>): ShotNode | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return null;
  const tag = node.tagName.toLowerCase();
  if (SKIP.has(tag) || node.classList.contains('echart-print')) return null;
  if (charts.has(node)) {
    const svg = charts.get(node);
    return svg ? [tag, attrsOf(node), svg] : [tag, attrsOf(node)];
  }
  if (node instanceof SVGElement) return svgTree(node);
  const kids: ShotNode[] = [];
  for (const c of node.childNodes) {
    const t = domTree(c, charts);
    if (t !== null) kids.push(t);
  }
  return [tag, attrsOf(node), ...kids];
}
