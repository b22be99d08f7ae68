/**
 * A kept picture is data built with DOM calls from allow-lists: no script, no handler, no link out
 * of the page, no style that loads anything; text stays text.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../../../src/app/firstScreen/shotDom.ts';

const html = (node: unknown): string => {
  const n = build(node);
  const host = document.createElement('div');
  if (n) host.append(n);
  return host.innerHTML;
};

describe('building a kept picture', () => {
  it('builds the allowed tags and attributes, SVG in its namespace', () => {
    expect(html(['article', { class: 'kpi', 'data-kpi': 'penalties', 'aria-label': 'x' }, ['h3', {}, '行政处罚案件']])).toBe(
      '<article class="kpi" data-kpi="penalties" aria-label="x"><h3>行政处罚案件</h3></article>',
    );
    const svg = build(['svg', { viewBox: '0 0 10 10', 'font-family': "'A'" }, ['polygon', { points: '0 0 1 1', fill: '#fff' }]]);
    expect(svg).toBeInstanceOf(SVGSVGElement);
    expect((svg as SVGElement).firstElementChild?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('refuses scripts, handlers, outside links, references to other ids and styles that load', () => {
    expect(html(['script', {}, 'alert(1)'])).toBe('');
    expect(html(['img', { src: 'x', onerror: 'alert(1)' }])).toBe('');
    expect(html(['div', { onclick: 'alert(1)', class: 'a' }, 'x'])).toBe('<div class="a">x</div>');
    expect(html(['a', { href: 'javascript:alert(1)' }, 'x'])).toBe('<a>x</a>');
    expect(html(['a', { href: 'https://example.invalid/' }, 'x'])).toBe('<a>x</a>');
    expect(html(['a', { href: '#/league?year=2025' }, 'x'])).toBe('<a href="#/league?year=2025">x</a>');
    expect(html(['label', { for: 'y', 'aria-labelledby': 'z', 'data-testid': 't', id: 'i' }, 'x'])).toBe('<label>x</label>');
    expect(html(['svg', {}, ['foreignObject', {}, ['iframe', { src: 'x' }]], ['rect', { 'clip-path': 'url(https://x/#a)' }]])).toBe(
      '<svg><rect></rect></svg>',
    );
    expect(html(['div', { style: 'height: 640px; background: url(https://x/a.png); color: red' }])).toBe(
      '<div style="height: 640px; color: red;"></div>',
    );
  });

  it('keeps text as text', () => {
    expect(html(['p', {}, '<img src=x onerror=alert(1)>'])).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });
});
