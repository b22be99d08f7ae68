// @vitest-environment node
/** Saved web pages and web archives read as inert markup: title, date, text, tables; nothing run or fetched. */
import { describe, expect, it } from 'vitest';
import { htmlToText, decodeHtml } from '../../../src/extract/html.ts';
import { mhtToHtml } from '../../../src/extract/mht.ts';
import { readSource, textFormatOf } from '../../../src/extract/read.ts';
import { extractReport } from '../../../src/extract/extract.ts';

const page = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某某县卫生健康局2024年度法治政府建设情况报告_某某县人民政府</title>
<script>window.ran = true; fetch('https://example.invalid/')</script><style>.x{background:url(https://example.invalid/a.png)}</style></head>
<body onload="alert(1)"><div id="nav" class="nav">首页 > 政务公开 > 法治政府建设</div>
<div class="article"><h1>某某县卫生健康局2024年度法治政府建设情况报告</h1><div class="info">发布时间：2025-02-18\u3000来源：县卫生健康局</div>
<div class="TRS_Editor"><p>2024年，县卫生健康局共办理行政处罚案件<span>14</span>件，罚款人民币5364元。</p>
<table><tr><td>项目</td><td>数量</td></tr><tr><td>监督检查</td><td>376</td></tr></table>
<table><tr><td><p>一段很长的排版用表格里的文字。</p><p>第二段。</p></td></tr></table>
<p>开展普法宣传活动<!-- 注释 -->22场。</p><img src="https://example.invalid/x.png" onerror="alert(2)"></div></div>
<div class="footer">主办：某某县人民政府</div></body></html>`;

describe('htmlToText', () => {
  it('reads the article, its title and date; drops script, style, menus, footers, comments', () => {
    const r = htmlToText(page);
    expect(r.title).toBe('某某县卫生健康局2024年度法治政府建设情况报告');
    expect(r.date).toBe('2025-02-18');
    expect(r.text).toContain('共办理行政处罚案件14件');
    expect(r.text).toContain('| 监督检查 | 376 |');
    expect(r.text).toMatch(/一段很长的排版用表格里的文字。\n+第二段。/);
    expect(r.text).not.toMatch(/window\.ran|example\.invalid|首页|主办|注释|alert/);
    const x = extractReport(r.text, { title: r.title, date: r.date });
    expect(x.title).toBe('某某县卫生健康局2024年度法治政府建设情况报告');
    expect(x.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['penalty_cases', 14],
      ['fines_yuan', 5364],
      ['publicity_events', 22],
    ]);
  });
  it('decodes a GB2312 page by its meta charset, and .mht by its part headers', () => {
    const gbk = new Uint8Array([0xce, 0xc0, 0xc9, 0xfa]); // 卫生
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="gb2312"><p>'), ...gbk, ...new TextEncoder().encode('</p>')]);
    expect(decodeHtml(bytes)).toContain('卫生');
    const mht = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_000"',
      '',
      '------=_NextPart_000',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>=E5=8D=AB=E7=94=9F=E5=81=A5=E5=BA=B7=E5=A7=94</p>',
      '------=_NextPart_000',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '------=_NextPart_000--',
    ].join('\r\n');
    expect(mhtToHtml(new TextEncoder().encode(mht))).toBe('<p>卫生健康委</p>');
    expect(textFormatOf('报告.MHT')).toBe('mht');
    expect(textFormatOf('年报.htm')).toBe('html');
    expect(readSource('mht', new TextEncoder().encode(mht)).text).toBe('卫生健康委');
  });
});
