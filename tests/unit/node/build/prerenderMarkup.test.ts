/**
 * The prerendered first screen's markup made to sit beside the app's own: CSP-clean (style
 * attributes become classes of the prerender's stylesheet), no id or test id the app uses, and
 * the build refuses what React would stream behind a script.
 */
import { describe, expect, it } from 'vitest';
import { cleanMarkup, trimSelects } from '../../../../src/node/build/prerender/markup.ts';

describe('cleanMarkup', () => {
  it('turns each distinct style into one class whose rule outranks the app’s', () => {
    const { html, css } = cleanMarkup(
      '<div class="echart" style="height:640px" role="img"></div><p style="min-height:1200px"></p><span style="height:640px"></span>',
      'fs',
    );
    expect(html).toBe('<div class="echart fs-s1" role="img"></div><p class="fs-s2"></p><span class="fs-s1"></span>');
    expect(css).toBe('.fs-s1 { height:640px !important; }\n.fs-s2 { min-height:1200px !important; }');
  });

  it('drops ids, what points at them and test ids; an SVG keeps its own ids, prefixed with their references', () => {
    const { html } = cleanMarkup(
      '<main id="main" tabindex="-1"><label for="y">Y</label><select id="y" aria-labelledby="t" data-testid="filter-year"></select>' +
        '<svg><clipPath id="c0"></clipPath><rect clip-path="url(#c0)"/></svg></main>',
      'fs',
    );
    expect(html).toBe(
      '<main tabindex="-1"><label>Y</label><select></select><svg><clipPath id="fs-c0"></clipPath><rect clip-path="url(#fs-c0)" /></svg></main>',
    );
  });

  it('refuses a script, a pending boundary, an event handler or a style left in an SVG', () => {
    expect(() => cleanMarkup('<div></div><script>$RC("B:0","S:0")</script>', 'fs')).toThrow(/script/);
    expect(() => cleanMarkup('<!--$?--><template id="B:0"></template>', 'fs')).toThrow(/pending boundary/);
    expect(() => cleanMarkup('<button onclick="x()">b</button>', 'fs')).toThrow(/event handler/);
    expect(() => cleanMarkup('<svg><text style="font-size:12px">t</text></svg>', 'fs')).toThrow(/style attribute inside an SVG/);
  });
});

describe('trimSelects', () => {
  it('keeps a closed select’s face (the selected option) and its width (the widest option), nothing else', () => {
    const opts = [
      '<option value="410000" selected="">河南省</option>',
      '<option value="410100">　郑州市</option>',
      '<option value="410102">　　管城回族区</option>',
      '<option value="x">　　abcdefghi</option>',
    ];
    expect(trimSelects(`<label><select class="s">${opts.join('')}</select></label>`)).toBe(
      `<label><select class="s">${opts[0] ?? ''}${opts[2] ?? ''}</select></label>`,
    );
  });

  it('keeps the option groups, labels and all: they count in the select’s width', () => {
    const html =
      '<select><option value="a" selected="">综合得分</option><option value="b">名次</option>' +
      '<optgroup label="指标"><option value="c">双随机抽查任务数</option><option value="d">执法人员</option></optgroup>' +
      '<optgroup label="达标情况（目标）"><option value="e">持证执法率 · 达标情况</option></optgroup></select>';
    expect(trimSelects(html)).toBe(
      '<select><option value="a" selected="">综合得分</option><optgroup label="指标"></optgroup>' +
        '<optgroup label="达标情况（目标）"><option value="e">持证执法率 · 达标情况</option></optgroup></select>',
    );
  });

  it('leaves a short select alone, and keeps one option when the selected one is the widest', () => {
    const two = '<select><option value="a" selected="">甲</option><option value="b">乙乙</option></select>';
    expect(trimSelects(two)).toBe(two);
    const three =
      '<select><option value="a">甲</option><option value="b" selected="">乙乙乙</option><option value="c">丙</option></select>';
    expect(trimSelects(three)).toBe('<select><option value="b" selected="">乙乙乙</option></select>');
  });
});
