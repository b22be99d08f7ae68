import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName } from '../../../src/export/formats/xml.ts';
import { buildTemplate, templateUnits, TEMPLATE_SHEET } from '../../../src/extract/template.ts';
import { readTemplate } from '../../../src/extract/templateRead.ts';
import { readXlsx } from '../../../src/extract/templateXlsx.ts';
import { tinyDataset } from '../../../mocks/fixtures/tiny.ts';
import { fillTemplate } from '../features/import/fill.ts';

const ds = tinyDataset();
const col = (id: string): string => columnName(ds.indicators.findIndex((x) => x.id === id) + 2);

describe('fill-in template', () => {
  const bytes = buildTemplate(ds, { year: 2025, created: new Date('2026-01-01T00:00:00Z') });

  it('has a row per city and county-level unit, a column per indicator, labels, units, definitions and ids', () => {
    expect(templateUnits(ds).map((u) => u.code)).toEqual(['410700', '410703', '410721']);
    const [sheet, notes] = readXlsx(bytes);
    expect(sheet?.name).toBe(TEMPLATE_SHEET);
    expect(notes?.name).toBe('说明');
    const cell = (ref: string) => sheet?.cells.get(ref)?.text;
    expect(cell('A2')).toBe('填报年度');
    expect(cell('B2')).toBe('2025');
    expect(cell('A3')).toBe('区划代码');
    expect(cell('C3')).toBe('双随机抽查任务数');
    expect(cell('C4')).toBe('件');
    expect(cell('C5')).toBe('国家、省级及跨部门联合双随机抽查下达任务合计');
    expect(cell('C6')).toBe('random_tasks_assigned');
    // The city's row is for its own figures (本级): a whole-city total there would be added to its units' again.
    expect([cell('A7'), cell('B7'), cell('A8'), cell('B8'), cell('A9')]).toEqual([
      '410700',
      '新乡市（本级）',
      '410703',
      '卫滨区',
      '410721',
    ]);
    expect([...(notes?.cells.values() ?? [])].some((c) => c.text.includes('（本级）”的市、区、县一行只填该单位本级'))).toBe(true);
    expect(cell(`${col('penalty_cases')}3`)).toBe('行政处罚案件');
  });

  it('validates count cells as whole numbers ≥ 0, amounts as decimals ≥ 0, rates ≤ 100, and protects the sheet', () => {
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    // 件 (random_tasks_assigned, column C) is a count: Excel's own validation refuses 12.5.
    expect(xml).toMatch(/<dataValidation type="whole" operator="greaterThanOrEqual"[^>]*sqref="C7:C9 [^"]*"><formula1>0<\/formula1>/);
    const fines = col('fines_yuan');
    expect(xml).toMatch(
      new RegExp(
        `<dataValidation type="decimal" operator="greaterThanOrEqual"[^>]*sqref="[^"]*${fines}7:${fines}9[^"]*"><formula1>0</formula1>`,
      ),
    );
    const whole = /<dataValidation type="whole" operator="greaterThanOrEqual"[^>]*sqref="([^"]*)"/.exec(xml)?.[1] ?? '';
    expect(whole.split(' ')).toContain(`${col('penalty_cases')}7:${col('penalty_cases')}9`);
    expect(whole.split(' ')).not.toContain(`${fines}7:${fines}9`);
    const rate = col('random_completion_rate');
    expect(xml).toMatch(
      new RegExp(
        `<dataValidation type="decimal" operator="between"[^>]*sqref="${rate}7:${rate}9[^"]*"><formula1>0</formula1><formula2>100</formula2>`,
      ),
    );
    expect(xml).toContain('<sheetProtection sheet="1"');
    // Child order Excel insists on: sheetData, sheetProtection, dataValidations, pageMargins.
    expect(xml.indexOf('</sheetData>')).toBeLessThan(xml.indexOf('<sheetProtection'));
    expect(xml.indexOf('<sheetProtection')).toBeLessThan(xml.indexOf('<dataValidations'));
    expect(xml.indexOf('</dataValidations>')).toBeLessThan(xml.indexOf('<pageMargins'));
  });

  it('round-trips: filled numbers (and numbers typed as text) come back with their cells', () => {
    const pen = col('penalty_cases');
    const rate = col('random_completion_rate');
    const filled = fillTemplate(bytes, { [`${pen}8`]: 14, [`${rate}8`]: 100, [`${pen}9`]: '3', B2: 2024 });
    const r = readTemplate(filled, '填报模板.xlsx', ds.indicators);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.year).toBe(2024);
    expect(r.rows.map((x) => x.code)).toEqual(['410703', '410721']);
    expect(r.rows[0]?.figures).toEqual([
      {
        indicator: 'random_completion_rate',
        value: 100,
        unit: '%',
        cell: `${rate}8`,
        quote: `模板 填报模板.xlsx 工作表 填报 单元格 ${rate}8`,
      },
      { indicator: 'penalty_cases', value: 14, unit: '件', cell: `${pen}8`, quote: `模板 填报模板.xlsx 工作表 填报 单元格 ${pen}8` },
    ]);
    expect(r.rows[1]?.figures.map((f) => f.value)).toEqual([3]);
  });

  it('refuses a template with text in a number cell, naming the sheet and cell', () => {
    const pen = col('penalty_cases');
    const rate = col('random_completion_rate');
    const filled = fillTemplate(bytes, { [`${pen}7`]: '十二', [`${rate}8`]: 130, [`${pen}9`]: -2 });
    const r = readTemplate(filled, '填报模板.xlsx', ds.indicators);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // Each problem names the unit and the indicator as well as the cell.
    const at = (code: string, name: string, indicator: string) => ({ unitCode: code, unitName: name, indicator });
    expect(r.problems).toEqual([
      {
        file: '填报模板.xlsx',
        sheet: '填报',
        code: 'not_number',
        cell: `${pen}7`,
        got: '十二',
        // As the row is labelled in the template: a city's own row says （本级）.
        ...at('410700', '新乡市（本级）', 'penalty_cases'),
      },
      {
        file: '填报模板.xlsx',
        sheet: '填报',
        code: 'over_100',
        cell: `${rate}8`,
        got: '130',
        ...at('410703', '卫滨区', 'random_completion_rate'),
      },
      { file: '填报模板.xlsx', sheet: '填报', code: 'negative', cell: `${pen}9`, got: '-2', ...at('410721', '新乡县', 'penalty_cases') },
    ]);
  });

  it('refuses a fraction where things are counted (12.5 cases), but not in an amount (元) or a rate', () => {
    const pen = col('penalty_cases');
    const fines = col('fines_yuan');
    const rate = col('random_completion_rate');
    const filled = fillTemplate(bytes, {
      [`${pen}8`]: 12.5,
      [`${fines}8`]: 1234.5,
      [`${rate}8`]: 99.5,
      [`${col('trained_person_times')}9`]: '7.2',
    });
    const r = readTemplate(filled, '杭州填报.xlsx', ds.indicators);
    expect(r.ok ? [] : r.problems).toEqual([
      {
        file: '杭州填报.xlsx',
        sheet: '填报',
        code: 'not_integer',
        cell: `${pen}8`,
        got: '12.5',
        unitCode: '410703',
        unitName: '卫滨区',
        indicator: 'penalty_cases',
      },
      {
        file: '杭州填报.xlsx',
        sheet: '填报',
        code: 'not_integer',
        cell: `${col('trained_person_times')}9`,
        got: '7.2',
        unitCode: '410721',
        unitName: '新乡县',
        indicator: 'trained_person_times',
      },
    ]);
  });

  it('refuses an empty template, a bad year, and a workbook that is not a template', () => {
    const none = readTemplate(bytes, 'a.xlsx', ds.indicators);
    expect(none.ok ? [] : none.problems.map((p) => p.code)).toEqual(['no_values']);
    const year = readTemplate(fillTemplate(bytes, { B2: '今年', C7: 1 }), 'a.xlsx', ds.indicators);
    expect(year.ok ? [] : year.problems).toEqual([{ file: 'a.xlsx', sheet: '填报', code: 'bad_year', cell: 'B2', got: '今年' }]);
    const other = zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
    });
    expect(readTemplate(other, 'b.xlsx', ds.indicators)).toMatchObject({ ok: false, problems: [{ code: 'not_template' }] });
    expect(readTemplate(strToU8('not a zip'), 'c.xlsx', ds.indicators)).toMatchObject({ ok: false, problems: [{ code: 'not_xlsx' }] });
  });
});

describe('readXlsx', () => {
  it('reads shared strings (rich runs, phonetics left out), inline strings, numbers, booleans, errors, prefixed XML and cells without r', () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const files = {
      'xl/workbook.xml': strToU8(
        `<x:workbook xmlns:x="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="数据" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="x" Target="/xl/worksheets/data.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(
        `<sst xmlns="${NS}"><si><t>卫滨区</t></si><si><r><t>十</t></r><r><t>二</t></r><rPh><t>shi er</t></rPh></si><si><t>a_x000D_b</t></si></sst>`,
      ),
      'xl/worksheets/data.xml': strToU8(
        `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c><x:v>12.5</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c><x:c t="str"><x:f>A1</x:f><x:v>公式</x:v></x:c><x:c/></x:row><x:row><x:c t="s"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    };
    const [sheet] = readXlsx(zipSync(files));
    expect(sheet?.name).toBe('数据');
    const cells = [...(sheet?.cells.values() ?? [])].map((c) => [c.ref, c.type, c.text]);
    expect(cells).toEqual([
      ['A2', 'string', '卫滨区'],
      ['B2', 'string', '十二'],
      ['C2', 'number', '12.5'],
      ['D2', 'boolean', '1'],
      ['E2', 'error', '#DIV/0!'],
      ['F2', 'string', '内联'],
      ['G2', 'string', '公式'],
      ['A3', 'string', 'a\rb'],
    ]);
  });
});
