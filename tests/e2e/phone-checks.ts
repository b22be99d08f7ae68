/**
 * What the phone e2e asks of every screen, measured in the page: no sideways page scroll, no text
 * cut off, touch targets of 44 px, and axe-core's serious and critical findings (WCAG 2.2 AA rules,
 * target size included). axe is evaluated through the DevTools protocol, which the app's CSP
 * (`script-src 'self'`) does not govern, so nothing is relaxed for the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const MIN_TARGET = 44;

/** The page's width beyond the viewport, px (0 = no sideways scroll). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth,
  );
}

const describeEl = `(el) => {
  const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
  const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return el.tagName.toLowerCase() + cls + (text ? ' "' + text + '"' : '');
}`;

/**
 * Text that cannot be read whole: an element that clips its own text (overflow hidden or an
 * ellipsis) while it is wider inside than out, or text past the viewport's edges. Text inside a
 * panel that scrolls sideways by design (the heatmap) is reachable and not counted; form controls
 * and the charts' canvases are not text.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const describe = ${describeEl};
    const out = [];
    const vw = document.documentElement.clientWidth;
    const scrollsSideways = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if ((o === 'auto' || o === 'scroll') && p.scrollWidth > p.clientWidth) return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('select, option, .sr-only, svg, canvas, .echart, [aria-hidden="true"], .skip-link')) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!hasText) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1) out.push('clipped: ' + describe(el));
      else if ((r.right > vw + 1 || r.left < -1) && !scrollsSideways(el)) out.push('off screen: ' + describe(el) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
    return out;
  })()`);
}

/**
 * Visible controls smaller than 44 × 44 px. Not counted: links inside a sentence (WCAG's inline
 * exception), a checkbox whose label is the target, and controls scrolled out of a sideways panel.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const describe = ${describeEl};
    const min = ${MIN_TARGET} - 0.5;
    const out = [];
    const controls = document.querySelectorAll('a[href], button, select, input:not([type="hidden"]), summary, textarea, [role="button"], [tabindex="0"]');
    for (const el of controls) {
      if (el.closest('.scr-viewport, [inert], .sr-only')) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.tagName === 'A' && cs.display === 'inline') {
        const parentText = (el.parentElement?.textContent || '').trim();
        if (parentText.length > (el.textContent || '').trim().length) continue;
      }
      if (el.tagName === 'INPUT' && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.closest('label');
        if (label) {
          const lr = label.getBoundingClientRect();
          if (lr.height >= min && lr.width >= min) continue;
        }
      }
      if (el.tagName === 'TR') continue;
      if (r.width < min || r.height < min) out.push(describe(el) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
    }
    return out;
  })()`);
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axeSerious(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const json = await page.evaluate(`(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    });
    return JSON.stringify(r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('')) })));
  })()`);
  return JSON.parse(String(json)) as AxeFinding[];
}
