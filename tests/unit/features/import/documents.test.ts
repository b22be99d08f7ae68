/**
 * Documents, not only figures: the same report in two formats is one document (by content, not
 * name); a report with nothing to add is still kept as a document of its unit and year.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../../../mocks/fixtures/tiny.ts';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { handleRequest } from '../../../../src/extract/worker.ts';
import { documentOnly, mergeIntoDataset, notReady } from '../../../../src/features/import/merge.ts';
import { templateHash, textHash } from '../../../../src/features/import/process.ts';
import { itemFromExtraction, reviewReducer } from '../../../../src/features/import/review.ts';
import { emptyReview } from '../../../../src/features/import/types.ts';

const seed = readFileSync(resolve(process.cwd(), '../shared/seeds/000_8c6242150dbbe95b.txt'), 'utf8');
const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function docxOf(text: string): ArrayBuffer {
  const body = text
    .split(/\r?\n/)
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`)
    .join('');
  return zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`) }).slice().buffer;
}

describe('the same document in any format', () => {
  it('a report as .txt and as .docx has one content hash; another report has another', async () => {
    const txt = handleRequest({ id: 1, kind: 'bytes', format: 'txt', bytes: strToU8(seed).slice().buffer });
    // The Word file breaks the lines elsewhere (every 30 characters, as a copy from a PDF would) and indents them.
    const rewrapped = seed
      .replace(/\r?\n/g, '')
      .replace(/(.{30})/gu, '$1\n')
      .split('\n')
      .map((l) => `\u3000${l} `)
      .join('\n');
    const docx = handleRequest({ id: 2, kind: 'bytes', format: 'docx', bytes: docxOf(rewrapped) });
    if (!txt.ok || !docx.ok) throw new Error('both read');
    expect(txt.text).not.toBe(docx.text);
    expect(await textHash(txt.text)).toBe(await textHash(docx.text));
    // Full-width digits and spaces do not make another document; another figure does.
    expect(await textHash('全年办理行政处罚案件１４件。')).toBe(await textHash('全年办理行政处罚案件 14 件。\n'));
    expect(await textHash('全年办理行政处罚案件15件。')).not.toBe(await textHash('全年办理行政处罚案件14件。'));
  });

  it('a template is the same by its year and cells, whatever its file', async () => {
    const rows = [
      { code: '330102', name: '上城区', row: 8, figures: [{ indicator: 'penalty_cases', value: 270, unit: '件', cell: 'L8', quote: 'q' }] },
    ];
    expect(await templateHash(2024, rows)).toBe(await templateHash(2024, [{ ...rows[0]!, row: 9 }]));
    expect(await templateHash(2024, rows)).not.toBe(await templateHash(2025, rows));
  });
});

describe('a report with nothing to add', () => {
  it('is kept as a document of its unit and year, with its weakness, and passes the contract', () => {
    const text = '卫滨区卫生健康委员会2025年法治政府建设情况报告\n我委认真学习贯彻习近平法治思想。\n存在的不足：执法力量不足。\n';
    const res = handleRequest({ id: 3, kind: 'text', text });
    if (!res.ok) throw new Error(res.code);
    let item = itemFromExtraction({
      id: 'r1',
      file: '报告.txt',
      doc: '报告.txt',
      source: 'txt',
      text: res.text,
      extraction: res.extraction,
      dataset: tinyDataset(),
    });
    expect(item.figures).toEqual([]);
    expect(notReady(item)).toBe('nothing_accepted');
    const s = reviewReducer({ ...emptyReview(), items: [item] }, { type: 'decideAll', item: 'r1', decision: 'accepted' });
    item = s.items[0] ?? item;
    expect(notReady(item)).toBeNull();
    expect(documentOnly(item)).toBe(true);
    const out = mergeIntoDataset(tinyDataset(), [{ ...item, contentHash: 'a'.repeat(64) }], { asOf: '2026-02-01' });
    if (!out.ok) throw new Error('no conflict');
    const checked = parseDataset(JSON.parse(JSON.stringify(out.dataset)));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(out.dataset.documents?.find((d) => d.id === '报告.txt')).toMatchObject({
      unit: '410703',
      year: 2025,
      contentHash: 'a'.repeat(64),
    });
    const rec = out.dataset.records.find((r) => r.unit === '410703' && r.year === 2025);
    expect(rec?.evidence).toContainEqual({ weakness: 'understaffed', doc: '报告.txt', quote: expect.stringContaining('执法力量不足') });
    // Its figures are untouched.
    expect(rec?.values).toEqual(tinyDataset().records.find((r) => r.unit === '410703' && r.year === 2025)?.values);
  });

  it('a duplicate cannot be added', () => {
    const res = handleRequest({ id: 4, kind: 'text', text: seed });
    if (!res.ok) throw new Error(res.code);
    const item = itemFromExtraction({
      id: 'r2',
      file: '卫滨.docx',
      doc: '卫滨.docx',
      source: 'docx',
      text: res.text,
      extraction: res.extraction,
      dataset: tinyDataset(),
    });
    expect(notReady({ ...item, duplicateOf: '卫滨.txt' })).toBe('duplicate');
  });
});
