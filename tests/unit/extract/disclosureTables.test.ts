// @vitest-environment node
/**
 * The national 政府信息公开年报 template read by its row and column headers, in every shape a copy
 * arrives in. The texts are SYNTHETIC (src/node/extract-cli/syntheticNianbao.ts): the public form's
 * headers with invented figures.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../../src/extract/docx.ts';
import { extractReport } from '../../../src/extract/extract.ts';
import { htmlToText } from '../../../src/extract/html.ts';
import {
  SYNTHETIC_CASES,
  SYNTHETIC_NOTE,
  syntheticExpected,
  syntheticNianbaoDocumentXml,
  syntheticNianbaoHtml,
  syntheticNianbaoText,
  type CopyShape,
  type TemplateForm,
} from '../../../src/node/extract-cli/syntheticNianbao.ts';
import { cellsOf } from '../../../src/extract/tables/cells.ts';
import { disclosureTableFigures } from '../../../src/extract/tables/disclosure.ts';

const byIndicator = (text: string): Record<string, number> =>
  Object.fromEntries(disclosureTableFigures(text).map((f) => [f.indicator, f.value]));

const forms: TemplateForm[] = ['revised', 'older'];

describe('the 年报 template in every copy shape', () => {
  for (const f of SYNTHETIC_CASES)
    for (const form of forms) {
      const expected = syntheticExpected(f, form);
      for (const shape of ['pipe', 'tabs', 'cells'] as CopyShape[])
        it(`${f.unit} ${form} form, ${shape}: every table figure`, () => {
          const text = syntheticNianbaoText(f, form, shape);
          expect(text).toContain(SYNTHETIC_NOTE);
          expect(byIndicator(text)).toEqual(expected);
        });
      it(`${f.unit} ${form} form, html page: every table figure, no script, the page's title`, () => {
        const page = htmlToText(syntheticNianbaoHtml(f, form));
        expect(page.title).toBe(`${f.unit}${f.year}年政府信息公开工作年度报告`);
        expect(page.date).toBe(`${f.year + 1}-01-20`);
        expect(page.text).not.toMatch(/script ran|首页|版权所有/);
        expect(byIndicator(page.text)).toEqual(expected);
      });
      it(`${f.unit} ${form} form, .docx with w:tbl: every table figure`, () => {
        const bytes = zipSync({ 'word/document.xml': strToU8(syntheticNianbaoDocumentXml(f, form)) });
        expect(byIndicator(docxToText(bytes))).toEqual(expected);
      });
    }

  it('cells run together: the one-number rows (行政许可707), and the rows of seven or fifteen only where their totals leave one reading', () => {
    const [small, large] = SYNTHETIC_CASES;
    if (!small || !large) throw new Error('two cases');
    // 黎城县: one digit a cell ("5100006", "100010001100000"): one reading each.
    expect(byIndicator(syntheticNianbaoText(small, 'revised', 'run_together'))).toEqual(syntheticExpected(small, 'revised'));
    // 许昌市: "214012028" reads 21|4|0|1|2|0|28 and 2|1|4|0|1|20|28 alike: not read. Its
    // appeals ("210031000100101") still have one reading.
    const { disclosure_requests, disclosure_granted, ...rest } = syntheticExpected(large, 'revised');
    expect([disclosure_requests, disclosure_granted]).toEqual([28, 16]);
    expect(byIndicator(syntheticNianbaoText(large, 'revised', 'run_together'))).toEqual(rest);
    // Three columns glued ("行政许可410707": 上一年项目数量, 本年增/减, 处理决定数量) have no total to
    // tell them apart: nothing is read from them rather than a wrong figure.
    const older = (f: typeof small, keep: (k: string) => boolean) =>
      Object.fromEntries(Object.entries(syntheticExpected(f, 'older')).filter(([k]) => k.startsWith('disclosure_') && keep(k)));
    expect(byIndicator(syntheticNianbaoText(small, 'older', 'run_together'))).toEqual(older(small, () => true));
    expect(byIndicator(syntheticNianbaoText(large, 'older', 'run_together'))).toEqual(
      older(large, (k) => k !== 'disclosure_requests' && k !== 'disclosure_granted'),
    );
  });

  it('a glued row quotes its label and digits, as written', () => {
    const [f] = SYNTHETIC_CASES;
    if (!f) throw new Error('no case');
    const text = syntheticNianbaoText(f, 'revised', 'run_together');
    const figs = disclosureTableFigures(text);
    const requests = figs.find((x) => x.indicator === 'disclosure_requests');
    expect(requests?.quote).toMatch(/^一、本年新收政府信息公开申请数量\d{7,}$/);
    expect(figs.find((x) => x.indicator === 'disclosure_reconsiderations')?.quote).toMatch(/^\d{15,}$/);
    for (const x of figs) expect(text.slice(x.start, x.end)).toBe(x.quote);
  });

  it('a glued row whose digits allow two readings is not read', () => {
    const head = '三、收到和处理政府信息公开申请情况\n自然人法人或其他组织总计\n';
    // 21|4|0|1|2|0|28 and 2|1|4|0|1|20|28
    expect(byIndicator(`${head}一、本年新收政府信息公开申请数量214012028\n`)).toEqual({});
    expect(byIndicator(`${head}一、本年新收政府信息公开申请数量5100006\n`)).toEqual({ disclosure_requests: 6 });
  });
});

describe('quotes are the row with its header', () => {
  const f = SYNTHETIC_CASES[1];
  if (!f) throw new Error('no case');
  it('a pipe row quotes its line; one cell a line quotes the label and its number', () => {
    const pipe = syntheticNianbaoText(f, 'revised', 'pipe');
    const figs = disclosureTableFigures(pipe);
    expect(figs.find((x) => x.indicator === 'licence_decisions')?.quote).toBe('| 行政许可 | 3679 |  |  |');
    expect(figs.find((x) => x.indicator === 'disclosure_requests')?.quote).toBe(
      '| 一、本年新收政府信息公开申请数量 |  |  | 21 | 4 | 0 | 1 | 2 | 0 | 28 |',
    );
    for (const x of figs) expect(pipe.slice(x.start, x.end)).toBe(x.quote);
    const cells = syntheticNianbaoText(f, 'revised', 'cells');
    expect(disclosureTableFigures(cells).find((x) => x.indicator === 'penalty_cases')?.quote).toBe('行政处罚\n128');
  });
  it('万元 in the fee column header is read as 元', () => {
    expect(byIndicator(syntheticNianbaoText(f, 'revised', 'pipe')).fees_collected_yuan).toBe(12500);
  });
});

describe('what the tables count', () => {
  it('the 复议/诉讼 table is disclosure disputes, never the reconsideration or litigation indicator', () => {
    const [f] = SYNTHETIC_CASES;
    if (!f) throw new Error('no case');
    const x = extractReport(syntheticNianbaoText(f, 'revised', 'pipe'));
    expect(x.figures.filter((g) => g.indicator === 'reconsideration_cases' || g.indicator === 'litigation_cases')).toEqual([]);
    expect(x.figures.find((g) => g.indicator === 'disclosure_reconsiderations')?.value).toBe(1);
    expect(x.figures.find((g) => g.indicator === 'disclosure_lawsuits')?.value).toBe(1);
  });
  it('a 总计 that is not the sum of the row it ends (a copy that lost cells) is not read', () => {
    const text = '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n5\n1\n9\n四、政府信息公开行政复议、行政诉讼情况';
    expect(byIndicator(text)).toEqual({});
    expect(byIndicator(text.replace('\n9\n', '\n6\n'))).toEqual({ disclosure_requests: 6 });
  });
  it('headers printed in radical code points (a PDF font: ⾏政许可) are the same headers', () => {
    const text = '第⼆⼗条第（五）项\n| 信息内容 | 本年处理决定数量 |\n| \u2f8f政许可 | 707 |';
    expect(byIndicator(text)).toEqual({ licence_decisions: 707 });
  });
  it('prose that names 行政许可 or 行政处罚 is no table', () => {
    const text = '本年处理决定数量方面，行政许可办理规范。\n全年实施行政处罚，依法公开。\n行政处罚决定书公开12件。';
    expect(byIndicator(text)).toEqual({});
  });
});

describe('cells of a text', () => {
  it('pipe rows keep empty cells; tabs, wide spaces and run-together labels split; prose stays one cell', () => {
    const cells = cellsOf('| 行政许可 | 3679 | ||\n信息内容\t本年处理决定数量\n行政强制    2\n行政处罚69\n全年共办理行政处罚案件14件。');
    expect(cells.map((c) => [c.text, c.numeric, c.row !== null])).toEqual([
      ['行政许可', false, true],
      ['3679', true, true],
      ['', false, true],
      ['', false, true],
      ['信息内容', false, true],
      ['本年处理决定数量', false, true],
      ['行政强制', false, true],
      ['2', true, true],
      ['行政处罚', false, false],
      ['69', true, false],
      ['全年共办理行政处罚案件14件。', false, false],
    ]);
  });
});
