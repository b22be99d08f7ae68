// @vitest-environment node
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../../src/extract/docx.ts';
import { extractReport } from '../../../src/extract/extract.ts';

const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>某某县卫生健康局</w:t></w:r></w:p>
<w:p><w:r><w:t>关于2024年法治政府建设情况的报告</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t xml:space="preserve">全年共办理行政处罚案件</w:t></w:r><w:r><w:t>14件，&lt;罚款&gt;人民币</w:t></w:r><w:r><w:t>5364元。</w:t></w:r></w:p>
</w:body></w:document>`;

describe('docxToText', () => {
  it('reads paragraphs as lines, runs joined, entities decoded', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(xml), '[Content_Types].xml': strToU8('<Types/>') });
    const text = docxToText(bytes);
    expect(text.split('\n')).toEqual([
      '某某县卫生健康局',
      '关于2024年法治政府建设情况的报告',
      '',
      '全年共办理行政处罚案件14件，<罚款>人民币5364元。',
    ]);
    const x = extractReport(text);
    expect(x.unit?.region).toBe('某某县');
    expect(x.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['penalty_cases', 14],
      ['fines_yuan', 5364],
    ]);
  });

  it('refuses a zip that is not a Word document', () => {
    expect(() => docxToText(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/not a \.docx/);
  });
});
