/**
 * SYNTHETIC 政府信息公开工作年度报告 for testing the reader: the layout of the national template
 * (国办公开办函〔2019〕60号 as revised, and its older three-column form), its row and column
 * headers as the public form prints them, with INVENTED figures — no unit's real 年报 — written in
 * the shapes copies arrive in: pipe rows, tab-separated rows, one cell a line, label and number run
 * together, an HTML page, a Word table (and, in the e2e test, a PDF printed from the HTML). Every
 * text says it is synthetic in its first lines.
 */

export type TemplateForm = 'revised' | 'older';
export type CopyShape = 'pipe' | 'tabs' | 'cells' | 'run_together';

interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
}
type Row = Cell[];

/** The invented figures a synthetic 年报 states. */
export interface SyntheticFigures {
  unit: string;
  year: number;
  permit: number;
  penalty: number;
  coercive: number;
  /** 本年收费金额, 万元, as written. */
  feeWan: string;
  /** 本年新收: 自然人 and the five kinds of 法人或其他组织; the 总计 is their sum. */
  requests: readonly [number, number, number, number, number, number];
  granted: readonly [number, number, number, number, number, number];
  /** 复议 and 诉讼 (直接起诉, 复议后起诉): 维持 纠正 其他 尚未审结 each; the 总计 is their sum. */
  appeals: readonly [
    readonly [number, number, number, number],
    readonly [number, number, number, number],
    readonly [number, number, number, number],
  ];
}

export const SYNTHETIC_NOTE = '（合成测试样例：版式按国家政府信息公开工作年度报告模板，数字均为虚构，不是任何单位的真实数据）';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const c = (text: string | number, colspan?: number, rowspan?: number): Cell => ({
  text: String(text),
  ...(colspan ? { colspan } : {}),
  ...(rowspan ? { rowspan } : {}),
});
const seven = (xs: readonly number[]): Cell[] => [...xs, sum(xs)].map((x) => c(x));
const zeros = (): Cell[] => seven([0, 0, 0, 0, 0, 0]);

function activeTable(f: SyntheticFigures, form: TemplateForm): Row[] {
  if (form === 'older')
    return [
      [c('第二十条第（一）项', 4)],
      [c('信息内容'), c('本年新制作数量'), c('本年新公开数量'), c('对外公开总数量')],
      [c('规章'), c(0), c(0), c(0)],
      [c('规范性文件'), c(2), c(2), c(11)],
      [c('第二十条第（五）项', 4)],
      [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('处理决定数量')],
      [c('行政许可'), c(41), c(0), c(f.permit)],
      [c('其他对外管理服务事项'), c(3), c(0), c(12)],
      [c('第二十条第（六）项', 4)],
      [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('处理决定数量')],
      [c('行政处罚'), c(1203), c(-4), c(f.penalty)],
      [c('行政强制'), c(9), c(0), c(f.coercive)],
      [c('第二十条第（八）项', 4)],
      [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('')],
      [c('行政事业性收费'), c(0), c(0), c('')],
    ];
  return [
    [c('第二十条第（一）项', 4)],
    [c('信息内容'), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')],
    [c('规章'), c(0), c(0), c(0)],
    [c('行政规范性文件'), c(2), c(1), c(15)],
    [c('第二十条第（五）项', 4)],
    [c('信息内容'), c('本年处理决定数量', 3)],
    [c('行政许可'), c(f.permit, 3)],
    [c('第二十条第（六）项', 4)],
    [c('信息内容'), c('本年处理决定数量', 3)],
    [c('行政处罚'), c(f.penalty, 3)],
    [c('行政强制'), c(f.coercive, 3)],
    [c('第二十条第（八）项', 4)],
    [c('信息内容'), c('本年收费金额（单位：万元）', 3)],
    [c('行政事业性收费'), c(f.feeWan, 3)],
  ];
}

const SUBROWS: readonly (readonly [string, readonly string[]])[] = [
  [
    '（三）不予公开',
    [
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ],
  ],
  ['（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']],
  [
    '（五）不予处理',
    ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'],
  ],
  [
    '（六）其他处理',
    [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
    ],
  ],
];

function requestsTable(f: SyntheticFigures): Row[] {
  const rest = sum(f.requests) - sum(f.granted);
  const rows: Row[] = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), c('申请人情况', 7)],
    [c('自然人', undefined, 2), c('法人或其他组织', 5), c('总计', undefined, 2)],
    [c('商业企业'), c('科研机构'), c('社会公益组织'), c('法律服务机构'), c('其他')],
    [c('一、本年新收政府信息公开申请数量', 3), ...seven(f.requests)],
    [c('二、上年结转政府信息公开申请数量', 3), ...zeros()],
    [c('三、本年度办理结果', undefined, 22), c('（一）予以公开', 2), ...seven(f.granted)],
    [c('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), ...zeros()],
  ];
  for (const [head, subs] of SUBROWS) {
    subs.forEach((s, i) => {
      // The applications not granted are put under 本机关不掌握相关政府信息.
      const cells = s === '1.本机关不掌握相关政府信息' ? seven([rest, 0, 0, 0, 0, 0]) : zeros();
      rows.push(i === 0 ? [c(head, undefined, subs.length), c(s), ...cells] : [c(s), ...cells]);
    });
  }
  rows.push([c('（七）总计', 2), ...seven(f.requests)]);
  rows.push([c('四、结转下年度继续办理', 3), ...zeros()]);
  return rows;
}

function appealsTable(f: SyntheticFigures): Row[] {
  const groups = f.appeals.flatMap((g) => [...g, sum(g)]).map((x) => c(x));
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [...results.map((r) => c(r, undefined, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [...results, ...results].map((r) => c(r)),
    groups,
  ];
}

interface Block {
  heading?: string;
  paragraph?: string;
  table?: Row[];
}

function blocks(f: SyntheticFigures, form: TemplateForm): Block[] {
  const total = sum(f.requests);
  return [
    { heading: `${f.unit}${f.year}年政府信息公开工作年度报告` },
    { paragraph: SYNTHETIC_NOTE },
    { heading: '一、总体情况' },
    { paragraph: `${f.year}年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全年共受理政府信息公开申请${total}件，均按时答复。` },
    { heading: '二、主动公开政府信息情况' },
    { table: activeTable(f, form) },
    { heading: '三、收到和处理政府信息公开申请情况' },
    { table: requestsTable(f) },
    { heading: '四、政府信息公开行政复议、行政诉讼情况' },
    { table: appealsTable(f) },
    { heading: '五、存在的主要问题及改进情况' },
    { paragraph: '信息公开的及时性和规范性有待提高。' },
    { heading: '六、其他需要报告的事项' },
    { paragraph: '本年度未收取信息处理费。' },
  ];
}

function tableLines(rows: Row[], shape: CopyShape): string[] {
  switch (shape) {
    case 'pipe':
      // Spanned cells as a stored page writes them: the cell, then empty ones ("| 行政许可 | 3679 | ||").
      return rows.map((r) => `| ${r.flatMap((x) => [x.text, ...Array<string>(Math.max(0, (x.colspan ?? 1) - 1)).fill('')]).join(' | ')} |`);
    case 'tabs':
      return rows.map((r) => r.map((x) => x.text).join('\t'));
    case 'cells':
      return rows.flatMap((r) => r.map((x) => x.text).filter((t) => t !== ''));
    case 'run_together':
      return rows.map((r) => r.map((x) => x.text).join(''));
  }
}

/** A synthetic 年报 as plain text in one of the copy shapes. */
export function syntheticNianbaoText(f: SyntheticFigures, form: TemplateForm, shape: CopyShape): string {
  return blocks(f, form)
    .flatMap((b) => (b.table ? tableLines(b.table, shape) : [b.heading ?? b.paragraph ?? '']))
    .join('\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A synthetic 年报 as a saved government web page: menus, the article in a TRS_Editor div, tables with spans. */
export function syntheticNianbaoHtml(f: SyntheticFigures, form: TemplateForm): string {
  const body = blocks(f, form)
    .map((b) => {
      if (b.table)
        return `<table border="1" cellspacing="0">${b.table
          .map(
            (r) =>
              `<tr>${r.map((x) => `<td${x.colspan ? ` colspan="${x.colspan}"` : ''}${x.rowspan ? ` rowspan="${x.rowspan}"` : ''}>${esc(x.text)}</td>`).join('')}</tr>`,
          )
          .join('\n')}</table>`;
      return b.heading ? `<p><strong>${esc(b.heading)}</strong></p>` : `<p>${esc(b.paragraph ?? '')}</p>`;
    })
    .join('\n');
  const title = `${f.unit}${f.year}年政府信息公开工作年度报告`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}_合成测试站点</title>
<meta name="ArticleTitle" content="${esc(title)}"><meta name="PubDate" content="${f.year + 1}-01-20 10:00">
<style>table{border-collapse:collapse}td{border:1px solid #000;padding:2px 4px;font-size:12px}</style>
<script>document.title = 'script ran';</script></head>
<body><div class="nav">首页 | 政务公开 | 信息公开年报</div>
<div class="TRS_Editor">${body}</div>
<img src="https://example.invalid/tracker.png" alt=""><div class="footer">合成测试站点 版权所有</div></body></html>`;
}

const wEsc = esc;
const wP = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${wEsc(text)}</w:t></w:r></w:p>`;

/** The table as WordprocessingML: gridSpan for colspan, vMerge for rowspan (continuing cells empty). */
function wTable(rows: Row[]): string {
  // Cells below a rowspan are Word's vMerge continuations: track them by grid column.
  const pending = new Map<number, number>();
  const out: string[] = [];
  for (const r of rows) {
    const cells: string[] = [];
    let col = 0;
    const queue = [...r];
    while (queue.length > 0 || (pending.get(col) ?? 0) > 0) {
      const left = pending.get(col) ?? 0;
      if (left > 0) {
        pending.set(col, left - 1);
        cells.push('<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>');
        col++;
        continue;
      }
      const x = queue.shift();
      if (!x) break;
      const span = x.colspan ?? 1;
      if (x.rowspan && x.rowspan > 1) for (let k = 0; k < span; k++) pending.set(col + k, x.rowspan - 1);
      const props = `${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${x.rowspan && x.rowspan > 1 ? '<w:vMerge w:val="restart"/>' : ''}`;
      cells.push(`<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${wP(x.text)}</w:tc>`);
      col += span;
    }
    out.push(`<w:tr>${cells.join('')}</w:tr>`);
  }
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${out.join('')}</w:tbl>`;
}

/** A synthetic 年报 as word/document.xml: paragraphs and real Word tables (w:tbl). */
export function syntheticNianbaoDocumentXml(f: SyntheticFigures, form: TemplateForm): string {
  const body = blocks(f, form)
    .map((b) => (b.table ? wTable(b.table) : wP(b.heading ?? b.paragraph ?? '')))
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** The figures a careful reader takes from a synthetic 年报 (indicator → value). */
export function syntheticExpected(f: SyntheticFigures, form: TemplateForm): Record<string, number> {
  const [reconsideration, direct, afterReview] = f.appeals.map((g) => sum(g));
  return {
    licence_decisions: f.permit,
    penalty_cases: f.penalty,
    coercive_measures: f.coercive,
    ...(form === 'revised' ? { fees_collected_yuan: Math.round(Number(f.feeWan) * 10000) } : {}),
    disclosure_requests: sum(f.requests),
    disclosure_granted: sum(f.granted),
    disclosure_reconsiderations: reconsideration ?? 0,
    disclosure_lawsuits: (direct ?? 0) + (afterReview ?? 0),
  };
}

/** A few synthetic units and years (real region names, invented figures). */
export const SYNTHETIC_CASES: readonly SyntheticFigures[] = [
  {
    unit: '黎城县卫生健康局',
    year: 2025,
    permit: 707,
    penalty: 69,
    coercive: 3,
    feeWan: '0',
    requests: [5, 1, 0, 0, 0, 0],
    granted: [3, 1, 0, 0, 0, 0],
    appeals: [
      [1, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 0],
    ],
  },
  {
    unit: '许昌市卫生健康委员会',
    year: 2024,
    permit: 3679,
    penalty: 128,
    coercive: 0,
    feeWan: '1.25',
    requests: [21, 4, 0, 1, 2, 0],
    granted: [12, 3, 0, 0, 1, 0],
    appeals: [
      [2, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 0],
    ],
  },
];
