import { describe, expect, it } from 'vitest';
import { docLines, fit, layoutDocument, paintSvg, roughMeasure, DOC_HEIGHT_16_9, DOC_WIDTH } from '../../../../src/export/chart/layout.ts';
import { checkSvg } from '../../../../src/export/chart/render.ts';
import type { DocInfo } from '../../../../src/export/registry/docInfo.ts';
import { translate } from '../../../../src/i18n/index.ts';

const HOSTILE = '卫滨区<script>window.__xss=2</script>"><svg onload="alert(3)">';

function info(over: Partial<DocInfo> = {}): DocInfo {
  return {
    lang: 'zh',
    t: (k, p) => translate('zh', k, p),
    route: 'overview',
    pageTitle: '河南省 · 2025年 法治建设总览',
    scope: HOSTILE,
    year: 2025,
    filters: ['层级：县'],
    dataset: {
      id: 'demo',
      name: { zh: '河南省演示数据（合成）', en: 'Henan demo data (synthetic)' },
      synthetic: true,
      asOf: '2026-01-15',
      source: { zh: '合成数据', en: 'Synthetic' },
    },
    datasetRef: null,
    exportedAt: new Date(2026, 0, 2, 9, 5),
    ...over,
  };
}

describe('chart documents', () => {
  it('states scope, year, filters, definition, source, synthetic label, date and hash', () => {
    const lines = docLines(info(), '监督检查', { definition: '已完成的双随机抽查任务合计' }, 'f243be435fd0e2ff898b1539');
    expect(lines.sub).toBe(`范围：${HOSTILE} · 年度：2025 · 筛选：层级：县`);
    expect(lines.definition).toBe('统计口径：已完成的双随机抽查任务合计');
    expect(lines.source).toBe('数据来源：河南省演示数据（合成） · 合成数据 · 数据截至 2026-01-15');
    expect(lines.stamp).toContain('导出于 2026-01-02 09:05');
    expect(lines.stamp).toContain('数据快照 SHA-256 f243be435fd0');
    expect(lines.stamp).not.toContain('f243be435fd0e');
    expect(lines.badge).toBe('演示数据（合成）');
    const real = docLines(
      info({ dataset: { id: 's', name: { zh: '五份真实年度报告', en: 'Five' }, synthetic: false, asOf: '2025-12-09' } }),
      'x',
      {},
      '',
    );
    expect(real.source).toBe('数据来源：五份真实年度报告 · 真实数据 · 数据截至 2025-12-09');
    expect(real.definition).toBe('');
  });

  it('lays out 16:9 at 800×450 logical px with the chart between header and footer', () => {
    const lines = docLines(info(), '监督检查', { definition: 'x' }, 'ab');
    const l = layoutDocument(lines, { totalHeight: DOC_HEIGHT_16_9 }, roughMeasure);
    expect([l.width, l.height]).toEqual([DOC_WIDTH, DOC_HEIGHT_16_9]);
    const title = l.texts.find((t) => t.role === 'title');
    expect(title && title.y < l.chart.y).toBe(true);
    const foot = l.texts.filter((t) => t.role === 'source' || t.role === 'stamp');
    expect(foot.every((t) => t.y > l.chart.y + l.chart.h)).toBe(true);
    const own = layoutDocument(lines, { chartHeight: 300 }, roughMeasure);
    expect(own.chart.h).toBe(300);
  });

  it('cuts long text to the width with an ellipsis', () => {
    const long = '统计口径'.repeat(100);
    const cut = fit(long, 200, 12, 400, roughMeasure);
    expect(cut.endsWith('…')).toBe(true);
    expect(roughMeasure(cut, 12, 400)).toBeLessThanOrEqual(200);
    expect(fit('短', 200, 12, 400, roughMeasure)).toBe('短');
  });

  it('writes SVG text escaped, metadata attached, and refuses script or handlers', () => {
    const lines = docLines(info(), `标题${HOSTILE}`, {}, 'ab');
    const l = layoutDocument(lines, { totalHeight: DOC_HEIGHT_16_9 }, roughMeasure);
    const svg = paintSvg(l, '<svg width="776" height="300" xmlns="http://www.w3.org/2000/svg"><text>ok</text></svg>', {
      title: `标题${HOSTILE}`,
      description: HOSTILE,
      json: JSON.stringify({ scope: HOSTILE }),
    });
    expect(checkSvg(svg)).toBe(svg);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.querySelector('text[data-role="title"]')?.textContent).toContain('<script>');
    expect(JSON.parse(doc.getElementsByTagName('metadata')[0]?.textContent ?? '{}')).toEqual({ scope: HOSTILE });
    expect(doc.documentElement.getElementsByTagName('svg')[0]?.getAttribute('y')).toBe(String(l.chart.y));
    expect(() => checkSvg('<svg><script>alert(1)</script></svg>')).toThrow(/script/);
    expect(() => checkSvg('<svg><g onload="x()"></g></svg>')).toThrow(/onload/);
    expect(() => checkSvg('<svg><text>a onload="x" &lt;script&gt;</text></svg>')).not.toThrow();
  });
});
