/**
 * The prerendered first screen made fit to sit in index.html beside the app's own #root:
 *
 * - strict CSP: no `style=""` (React writes `style={{ height }}` as one); each distinct
 *   declaration list becomes a class whose rule goes into the prerender's stylesheet. No script,
 *   no `<template>`, no event handler attribute: the build fails if React ever writes one;
 * - one document, two copies of the screen until the app takes over: no `id` (and nothing that
 *   points at one), no `data-testid`, so `getElementById`, a label's `for` and the tests find only
 *   the app's own. Ids inside an SVG stay (its own clip paths), prefixed.
 *
 * - a closed `<select>` keeps only the options that show: the selected one (its face) and the
 *   widest (which sets its width, as the app's own select has), in their option groups. The picture is inert, so its
 *   list never opens; the scope filter's 180 units were a third of the markup's elements and, in
 *   a fresh page, most of its text to shape before the first paint (~20 ms of a cold load).
 *
 * React escapes every attribute value (`"` `<` `>` `&` `'`), and cspSafeSvg leaves ECharts' SVG
 * with double-quoted attributes only, so a start tag is read reliably by the pattern below.
 */

const REFERS_TO_ID = new Set(['id', 'for', 'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant']);

export interface CleanMarkup {
  html: string;
  /** `.class { declarations }` for each style attribute that became a class. */
  css: string;
}

export function cleanMarkup(html: string, scope: string): CleanMarkup {
  if (/<script\b|<template\b|<!--\$[?!]/i.test(html))
    throw new Error('prerender: React streamed a script or a pending boundary (a part that suspended): not static HTML');
  const classes = new Map<string, string>();
  let depthInSvg = 0;
  const out = html.replace(
    /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g,
    (_m, close: string, tag: string, attrs: string, self: string) => {
      const lower = tag.toLowerCase();
      if (close) {
        if (lower === 'svg') depthInSvg -= 1;
        return `</${tag}>`;
      }
      const inSvg = depthInSvg > 0 || lower === 'svg';
      if (lower === 'svg' && !self) depthInSvg += 1;
      let styleClass: string | null = null;
      let classAttr: string | null = null;
      const kept: string[] = [];
      for (const m of attrs.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)) {
        const name = m[1] ?? '';
        const value = m[2];
        const n = name.toLowerCase();
        if (n.startsWith('on')) throw new Error(`prerender: an event handler attribute (${name}) on <${tag}>`);
        if (n === 'style') {
          if (inSvg) throw new Error('prerender: a style attribute inside an SVG (cspSafeSvg should have translated it)');
          const decls = (value ?? '').trim();
          if (!decls) continue;
          let cls = classes.get(decls);
          if (!cls) {
            cls = `${scope}-s${classes.size + 1}`;
            classes.set(decls, cls);
          }
          styleClass = cls;
          continue;
        }
        if (n === 'class') {
          classAttr = value ?? '';
          continue;
        }
        if (n === 'data-testid') continue;
        if (REFERS_TO_ID.has(n)) {
          if (inSvg && n === 'id') kept.push(` id="${scope}-${value ?? ''}"`);
          continue;
        }
        kept.push(value === undefined ? ` ${name}` : ` ${name}="${value}"`);
      }
      const cls = [classAttr, styleClass].filter(Boolean).join(' ');
      const classPart = cls ? ` class="${cls}"` : '';
      return `<${tag}${classPart}${kept.join('')}${self ? ' /' : ''}>`;
    },
  );
  // SVG-internal references follow the renamed ids.
  const html2 = trimSelects(out.replace(/url\(#([^)]+)\)/g, `url(#${scope}-$1)`));
  // The class is the prerender's own; the rule outranks the app's own rules, as an inline style would.
  const css = [...classes].map(([decls, cls]) => `.${cls} { ${decls.replace(/;?\s*$/, '')} !important; }`).join('\n');
  return { html: html2, css: fixImportant(css) };
}

/** `a:1;b:2 !important` → every declaration important. */
function fixImportant(css: string): string {
  return css.replace(/\{ ([^}]*) !important; \}/g, (_m, decls: string) => {
    const list = decls
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => `${d} !important`);
    return `{ ${list.join('; ')}; }`;
  });
}

/** How wide a label is, in full-width characters (CJK and full-width forms 1, anything else about half). */
function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 1 : 0.55;
  return w;
}

/** Each `<select>` with only its selected option and its widest (in document order). */
export function trimSelects(html: string): string {
  return html.replace(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g, (whole, open: string, body: string) => {
    const options = [...body.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)];
    if (options.length <= 2) return whole;
    const widest = options.reduce((a, b) => (labelWidth(b[2] ?? '') > labelWidth(a[2] ?? '') ? b : a));
    const keep = new Set(options.filter((o) => o === widest || /\sselected(?:=|\s|$)/.test(o[1] ?? '')).map((o) => o.index));
    // Option groups stay, with their labels: an option in a group is indented, and its label counts in the width too.
    const trimmed = body.replace(/<option\b[^>]*>[\s\S]*?<\/option>/g, (option: string, offset: number) =>
      keep.has(offset) ? option : '',
    );
    return `${open}${trimmed}</select>`;
  });
}
