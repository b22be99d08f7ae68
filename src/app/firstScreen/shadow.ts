/**
 * A picture of the first screen lives in a closed shadow root on its host (#first-screen,
 * #first-shot): the app's own document has one copy of the screen's elements, the app's, for its
 * `getElementById`, its queries and every test's selectors, while the picture shows. It is styled
 * by the page's own CSS through a constructed stylesheet: applied at once (a <link> inside a
 * shadow root loads after the first paint), and not inline style under the CSP.
 */

/**
 * The text of the page's stylesheets (its own files, in order), as a picture needs them. Read from
 * the files (the HTTP cache has them: hashed assets, cached for good), not from `cssRules`: a
 * rule's cssText loses what a shorthand with var() set where a longhand overrides part of it
 * (`.kpi { border: 1px solid var(--border); border-top: … }` came back without its border).
 */
export async function documentCss(): Promise<string> {
  const parts = await Promise.all(
    [...document.styleSheets].map(async (sheet) => {
      const href = sheet.href;
      if (!href || new URL(href).origin !== window.location.origin) return '';
      const res = await fetch(href, { cache: 'force-cache' });
      if (!res.ok) throw new Error(`${href}: HTTP ${res.status}`);
      const text = await res.text();
      const media = sheet.media.mediaText;
      return media && media !== 'all' ? `@media ${media} {\n${text}\n}` : text;
    }),
  );
  return parts.join('\n');
}

/** Whether this browser can show a picture (constructed stylesheets, shadow roots). */
export const canShowPicture = (): boolean =>
  typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in Document.prototype;

/** A closed shadow root on `host`, styled by `css`. */
export function pictureRoot(host: HTMLElement, css: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  return root;
}
