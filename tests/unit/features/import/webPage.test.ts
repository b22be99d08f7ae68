/**
 * The import screen takes a saved web page and a web archive as it takes a Word file: read in the
 * extractor (no script run, nothing fetched), its title, kind and table figures under review.
 * The page is a SYNTHETIC 年报 (template headers, invented figures).
 */
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_CASES, syntheticExpected, syntheticNianbaoHtml } from '../../../../src/node/extract-cli/syntheticNianbao.ts';
import { ACCEPT, processFile, type ProcessContext } from '../../../../src/features/import/process.ts';

const ctx = (): ProcessContext => ({ dataset: null, takenDocs: new Set(), label: (id) => id, regions: null });

describe('web pages on the import screen', () => {
  it('are accepted by the file picker', () => {
    for (const ext of ['.html', '.htm', '.mht', '.mhtml']) expect(ACCEPT.split(',')).toContain(ext);
  });
  it('a saved 年报 page: its title, its kind, its table figures, each quoting its row', async () => {
    const f = SYNTHETIC_CASES[0];
    if (!f) throw new Error('no case');
    const file = new File([syntheticNianbaoHtml(f, 'revised')], '年报（合成）.htm', { type: 'text/html' });
    const out = await processFile(file, ctx());
    const item = out.items?.[0];
    expect(out.failure).toBeUndefined();
    expect(item?.source).toBe('html');
    expect(item?.title).toBe(`${f.unit}${f.year}年政府信息公开工作年度报告`);
    expect(item?.kind).toBe('disclosure_report');
    expect(item?.issuer).toBe('commission');
    expect(item?.text).not.toMatch(/script ran|tracker/);
    const table = (item?.figures ?? []).filter((x) => x.quote.includes('|'));
    expect(Object.fromEntries(table.map((x) => [x.indicator, x.value]))).toEqual(syntheticExpected(f, 'revised'));
    for (const x of item?.figures ?? []) expect(item?.text.slice(x.start, x.end)).toBe(x.quote);
  });
  it('a web archive (.mht) is read through its text/html part', async () => {
    const html =
      '<html><body><div class="TRS_Editor"><p>某某县卫生健康局关于2024年法治政府建设情况的报告</p><p>全年共办理行政处罚案件14件。</p></div></body></html>';
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(html)));
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n--b1--\r\n`;
    const out = await processFile(new File([mht], '报告.mht'), ctx());
    expect(out.items?.[0]?.figures.map((x) => [x.indicator, x.value])).toEqual([['penalty_cases', 14]]);
  });
});
