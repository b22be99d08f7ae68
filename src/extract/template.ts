/**
 * The fill-in template: an .xlsx generated from a dataset's indicator catalogue, one row per
 * county-level unit and city, one column per indicator. Hand-written Office Open XML zipped with
 * fflate (as src/export/formats/xlsx.ts does), with number validation on the data cells and the sheet
 * protected (no password) so the code and name columns and the header rows keep their meaning.
 *
 * Layout (sheet “填报”):
 *   row 1  title
 *   row 2  A2 “填报年度”, B2 the year (the one cell above the data that is filled in)
 *   row 3  labels (区划代码, 单位名称, then each indicator's zh label)
 *   row 4  units (件, %, 元 …)
 *   row 5  definitions (统计口径)
 *   row 6  indicator ids (what the reader keys on, so a moved column still reads right)
 *   row 7… one row per unit: A code, B name, then the data cells
 */
import type { Dataset, Indicator, Unit } from '../contract/schema.ts';
import { measureOf, type Measure } from '../contract/checks/quantityRange.ts';
import { columnName, escapeCellText, escapeXml } from '../export/formats/xml.ts';
import { NS_MAIN, NS_REL, XML_HEAD, xlsxPackage } from '../export/formats/xlsxPackage.ts';

export const TEMPLATE_SHEET = '填报';
export const NOTES_SHEET = '说明';
export const TEMPLATE_LAYOUT = {
  titleRow: 1,
  yearRow: 2,
  yearCell: 'B2',
  labelRow: 3,
  unitRow: 4,
  definitionRow: 5,
  idRow: 6,
  firstDataRow: 7,
  /** A6 and B6 hold these markers: a sheet with them is a template. */
  codeMarker: 'code',
  nameMarker: 'name',
} as const;

/** cellXfs indices of styles.xml below. */
const S = { general: 0, title: 1, header: 2, muted: 3, input: 4, inputPercent: 5, locked: 6, year: 7, note: 8 } as const;

const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"/></numFmts>' +
  '<fonts count="4">' +
  '<font><sz val="11"/><name val="宋体"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="宋体"/><family val="2"/></font>' +
  '<font><b/><sz val="14"/><name val="宋体"/><family val="2"/></font>' +
  '<font><sz val="9"/><color rgb="FF5A6472"/><name val="宋体"/><family val="2"/></font>' +
  '</fonts>' +
  '<fills count="4">' +
  '<fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF5"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF8DC"/><bgColor indexed="64"/></patternFill></fill>' +
  '</fills>' +
  '<borders count="2">' +
  '<border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color rgb="FFD9DEE6"/></left><right style="thin"><color rgb="FFD9DEE6"/></right><top style="thin"><color rgb="FFD9DEE6"/></top><bottom style="thin"><color rgb="FFD9DEE6"/></bottom><diagonal/></border>' +
  '</borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="9">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="3" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyProtection="1"><protection locked="0"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyProtection="1"><protection locked="0"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1"/>' +
  '<xf numFmtId="1" fontId="1" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyProtection="1"><protection locked="0"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/>' +
  '</styleSheet>';

/** The label of a parent unit's row: its own figures (本级), not its area's total. */
export const OWN_SUFFIX = '（本级）';

/** Development zones (7x in the 5th–6th digits) are not ranked, so they get no row. */
export const isDevelopmentZone = (code: string): boolean => code.charAt(4) === '7';

/** The template's units: each city followed by its county-level units, by code. */
export function templateUnits(dataset: Dataset): Unit[] {
  const wanted = dataset.units.filter((u) => u.level !== 'province' && !isDevelopmentZone(u.code));
  return [...wanted].sort((a, b) => a.code.localeCompare(b.code));
}

function text(ref: string, value: string, style: number): string {
  const s = style === S.general ? '' : ` s="${style}"`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
}

function num(ref: string, value: number, style: number): string {
  return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
}

function empty(ref: string, style: number): string {
  return `<c r="${ref}" s="${style}"/>`;
}

export interface TemplateOptions {
  year: number;
  created?: Date;
}

function dataValidations(indicators: readonly Indicator[], lastRow: number): string {
  const first = TEMPLATE_LAYOUT.firstDataRow;
  const range = (i: number) => {
    const c = columnName(i + 2);
    return `${c}${first}:${c}${lastRow}`;
  };
  const columns = (m: Measure) =>
    indicators.map((ind, i) => (measureOf(ind.unit) === m ? range(i) : null)).filter((x): x is string => x !== null);
  const rates = columns('rate');
  // Counts of things (件, 次, 人 …) are whole numbers: Excel and WPS refuse 12.5 as it is typed.
  const counts = columns('count');
  const amounts = columns('amount');
  const rules: string[] = [];
  if (counts.length) {
    rules.push(
      '<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1" ' +
        `errorTitle="${escapeXml('应为整数')}" error="${escapeXml('这一列是件数、次数或人数：请填写不小于 0 的整数；未报告的留空。')}" sqref="${counts.join(' ')}"><formula1>0</formula1></dataValidation>`,
    );
  }
  if (amounts.length) {
    rules.push(
      '<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1" ' +
        `errorTitle="${escapeXml('应为数字')}" error="${escapeXml('请填写不小于 0 的数字；未报告的留空。')}" sqref="${amounts.join(' ')}"><formula1>0</formula1></dataValidation>`,
    );
  }
  if (rates.length) {
    rules.push(
      '<dataValidation type="decimal" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" ' +
        `errorTitle="${escapeXml('应为百分比')}" error="${escapeXml('请填写 0 到 100 之间的数字（100 即 100%）；未报告的留空。')}" sqref="${rates.join(' ')}"><formula1>0</formula1><formula2>100</formula2></dataValidation>`,
    );
  }
  rules.push(
    '<dataValidation type="whole" operator="between" allowBlank="0" showErrorMessage="1" ' +
      `errorTitle="${escapeXml('年度')}" error="${escapeXml('请填写 1990 到 2100 之间的年份。')}" sqref="${TEMPLATE_LAYOUT.yearCell}"><formula1>1990</formula1><formula2>2100</formula2></dataValidation>`,
  );
  return `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
}

function sheetXml(dataset: Dataset, units: readonly Unit[], year: number): string {
  const L = TEMPLATE_LAYOUT;
  const inds = dataset.indicators;
  const lastCol = columnName(inds.length + 1);
  const lastRow = Math.max(L.firstDataRow, L.firstDataRow + units.length - 1);
  const rows: string[] = [];
  const row = (r: number, cells: string, extra = '') => rows.push(`<row r="${r}"${extra}>${cells}</row>`);
  row(L.titleRow, text('A1', `卫生健康法治建设年度数据填报模板（${dataset.meta.name.zh}）`, S.title));
  row(
    L.yearRow,
    text('A2', '填报年度', S.header) +
      num(L.yearCell, year, S.year) +
      text(
        'C2',
        '黄色单元格为填写区：数字填阿拉伯数字，比率填 0–100（100 即 100%），未报告的留空。区划代码和单位名称请勿修改。',
        S.general,
      ),
  );
  const header = (r: number, a: string, b: string, style: number, of: (ind: Indicator) => string, extra = '') =>
    row(
      r,
      text(`A${r}`, a, style) + text(`B${r}`, b, style) + inds.map((ind, i) => text(`${columnName(i + 2)}${r}`, of(ind), style)).join(''),
      extra,
    );
  header(L.labelRow, '区划代码', '单位名称', S.header, (ind) => ind.label.zh, ' ht="48" customHeight="1"');
  header(L.unitRow, '计量单位', '', S.muted, (ind) => ind.unit);
  header(L.definitionRow, '统计口径', '', S.muted, (ind) => ind.definition?.zh ?? '', ' ht="60" customHeight="1"');
  header(L.idRow, L.codeMarker, L.nameMarker, S.muted, (ind) => ind.id);
  const parents = new Set(dataset.units.map((u) => u.parent).filter((p): p is string => p !== null));
  units.forEach((u, k) => {
    const r = L.firstDataRow + k;
    const cells = inds.map((ind, i) => empty(`${columnName(i + 2)}${r}`, ind.unit === '%' ? S.inputPercent : S.input)).join('');
    // A unit with units under it has its own row for its own work (本级): its units fill theirs,
    // and the dashboard adds them; a whole-area total here would be counted twice.
    const label = parents.has(u.code) ? `${u.name}${OWN_SUFFIX}` : u.name;
    row(r, text(`A${r}`, u.code, S.locked) + text(`B${r}`, label, S.locked) + cells);
  });
  const cols = `<cols><col min="1" max="1" width="10" customWidth="1"/><col min="2" max="2" width="16" customWidth="1"/>${inds.length ? `<col min="3" max="${inds.length + 2}" width="14" customWidth="1"/>` : ''}</cols>`;
  const top = `C${L.firstDataRow}`;
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:${lastCol}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="${L.idRow}" topLeftCell="${top}" activePane="bottomRight" state="frozen"/>` +
    `<selection pane="bottomRight" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows.join('')}</sheetData>` +
    // No password: protection keeps the code and name columns from being edited by accident.
    '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' +
    dataValidations(inds, lastRow) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

/** The line of the notes sheet that heads the indicator list (after the numbered notes and a blank line). */
const HEADER_LINE = 8;

function notesXml(dataset: Dataset): string {
  const lines: string[][] = [
    ['填写说明'],
    ['1. 在“填报”工作表的黄色单元格填写本单位该年度的数字；B2 填年度。'],
    ['2. 只填阿拉伯数字，不要带单位或文字（如“12”而非“12件”“十二”）；件数、次数、人数填整数；比率填 0–100。'],
    ['3. 未报告或不适用的留空，不要填 0（0 表示确实为零）。'],
    ['4. 区划代码（GB/T 2260）和单位名称是每行的标识，请勿修改或调换。'],
    ['5. 填好后在看板“导入数据”页上传本文件，逐项审核后加入数据集。'],
    [
      '6. 标有“（本级）”的市、区、县一行只填该单位本级（本机关）的数字，不含下辖单位；下辖单位各填各的行，看板会把本级和下辖单位的数字相加。',
    ],
    [],
    ['指标代码', '指标', '计量单位', '统计口径'],
    ...dataset.indicators.map((ind) => [ind.id, ind.label.zh, ind.unit, ind.definition?.zh ?? '']),
  ];
  const rows = lines
    .map(
      (cells, i) =>
        `<row r="${i + 1}">${cells.map((c, j) => text(`${columnName(j)}${i + 1}`, c, i === HEADER_LINE ? S.header : i === 0 ? S.title : S.note)).join('')}</row>`,
    )
    .join('');
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<cols><col min="1" max="1" width="28" customWidth="1"/><col min="2" max="2" width="24" customWidth="1"/><col min="3" max="3" width="10" customWidth="1"/><col min="4" max="4" width="48" customWidth="1"/></cols>' +
    `<sheetData>${rows}</sheetData>` +
    '</worksheet>'
  );
}

function workbookXml(): string {
  return (
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets><sheet name="${TEMPLATE_SHEET}" sheetId="1" r:id="rId1"/><sheet name="${NOTES_SHEET}" sheetId="2" r:id="rId2"/></sheets>` +
    '</workbook>'
  );
}

/** The template for a dataset's units and indicators, as the bytes of an .xlsx file. */
export function buildTemplate(dataset: Dataset, opts: TemplateOptions): Uint8Array<ArrayBuffer> {
  const units = templateUnits(dataset);
  return xlsxPackage({
    title: '卫生健康法治建设年度数据填报模板',
    created: opts.created ?? new Date(),
    workbookXml: workbookXml(),
    stylesXml: STYLES,
    sheetXmls: [sheetXml(dataset, units, opts.year), notesXml(dataset)],
  });
}
