import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/contract/validate.ts';
import { handleRequest } from '../../../../src/extract/worker.ts';
import { mergeIntoDataset, notReady } from '../../../../src/features/import/merge.ts';
import { choiceKey } from '../../../../src/features/import/mergePlan.ts';
import { itemFromExtraction, itemsFromTemplate, reviewReducer } from '../../../../src/features/import/review.ts';
import type { ReviewItem } from '../../../../src/features/import/types.ts';
import { emptyReview } from '../../../../src/features/import/types.ts';
import { suggestUnit, unitsToAdd } from '../../../../src/features/import/units.ts';
import { tinyDataset } from '../../../../mocks/fixtures/tiny.ts';

const seedText = (name: string): string => readFileSync(resolve(process.cwd(), '../shared/seeds', name), 'utf8');

function itemOf(file: string, text: string, ds = tinyDataset()): ReviewItem {
  const res = handleRequest({ id: 1, kind: 'text', text });
  if (!res.ok) throw new Error(res.code);
  return itemFromExtraction({ id: file, file, doc: file, source: 'txt', text: res.text, extraction: res.extraction, dataset: ds });
}

const acceptAll = (item: ReviewItem): ReviewItem => {
  const s = reviewReducer({ ...emptyReview(), items: [item] }, { type: 'decideAll', item: item.id, decision: 'accepted' });
  return s.items[0] ?? item;
};

describe('review items', () => {
  it('come from an extraction with the unit suggested from the dataset and every quote at its offsets', () => {
    const item = itemOf('000.txt', seedText('000_8c6242150dbbe95b.txt'));
    expect(item.unitCode).toBe('410703');
    expect(item.year).toBe(2025);
    expect(item.figures.length).toBeGreaterThan(10);
    for (const f of item.figures) expect(item.text.slice(f.start, f.end)).toBe(f.quote);
    expect(item.figures.every((f) => f.decision === 'pending')).toBe(true);
    expect(notReady(item)).toBe('nothing_accepted');
  });

  it('reducer: accept all keeps rejections, edits remember the original, an added item is frozen', () => {
    let s = { ...emptyReview(), items: [itemOf('000.txt', seedText('000_8c6242150dbbe95b.txt'))] };
    const id = '000.txt';
    s = reviewReducer(s, { type: 'decide', item: id, figure: 'f0', decision: 'rejected' });
    s = reviewReducer(s, { type: 'decideAll', item: id, decision: 'accepted' });
    expect(s.items[0]?.figures[0]?.decision).toBe('rejected');
    expect(s.items[0]?.figures.slice(1).every((f) => f.decision === 'accepted')).toBe(true);
    const before = s.items[0]?.figures[1];
    s = reviewReducer(s, { type: 'edit', item: id, figure: 'f1', patch: { value: 999 } });
    expect(s.items[0]?.figures[1]).toMatchObject({ value: 999, original: { value: before?.value, indicator: before?.indicator } });
    s = reviewReducer(s, { type: 'edit', item: id, figure: 'f1', patch: { value: before?.value ?? 0 } });
    expect(s.items[0]?.figures[1]?.original).toBeUndefined();
    s = reviewReducer(s, { type: 'added', items: [id], at: '2026-01-01T00:00:00Z' });
    const frozen = reviewReducer(s, { type: 'decide', item: id, figure: 'f2', decision: 'rejected' });
    expect(frozen.items[0]?.figures[2]?.decision).toBe('accepted');
  });

  it('suggests units by name narrowed by the parent; adds a unit the dataset lacks with its province and city', () => {
    const ds = tinyDataset();
    expect(suggestUnit(ds, { name: '卫滨区卫生健康委员会', region: '卫滨区', parentRegion: '新乡市', level: 'district' })).toBe('410703');
    expect(suggestUnit(ds, { name: '黎城县卫健局', region: '黎城县', level: 'county' })).toBeNull();
    expect(unitsToAdd(ds, '140426', '黎城县', 'county', '长治市')).toEqual([
      { code: '140000', name: '山西省', level: 'province', parent: null },
      { code: '140400', name: '长治市', level: 'city', parent: '140000' },
      { code: '140426', name: '黎城县', level: 'county', parent: '140400' },
    ]);
    expect(unitsToAdd(ds, '410721', '新乡县', 'county')).toEqual([]);
  });
});

describe('mergeIntoDataset', () => {
  it('merges the accepted figures into the unit-year record, with quotes and a document, and passes the contract', () => {
    const ds = tinyDataset();
    const item = acceptAll(itemOf('000_8c6242150dbbe95b.txt', seedText('000_8c6242150dbbe95b.txt')));
    const rejectedOne = { ...item, figures: item.figures.map((f, i) => (i === 0 ? { ...f, decision: 'rejected' as const } : f)) };
    const planned = mergeIntoDataset(ds, [rejectedOne], { asOf: '2026-02-01' });
    // The tiny dataset's own 卫滨区 2025 figures differ from the report's: nothing goes in before a choice.
    expect(planned.ok).toBe(false);
    const choices = Object.fromEntries(
      planned.plan.facts.filter((f) => f.status === 'conflict').map((f) => [choiceKey(f.unit, f.year, f.key), f.incoming[0]?.value ?? 0]),
    );
    const res = mergeIntoDataset(ds, [rejectedOne], { asOf: '2026-02-01', choices });
    if (!res.ok) throw new Error('unresolved');
    const { dataset, merged: replaced, added } = res;
    const checked = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(added).toEqual([item.id]);
    expect(replaced).toEqual(['410703/2025']);
    const rec = dataset.records.find((r) => r.unit === '410703' && r.year === 2025);
    const at = (id: string) => rec?.values[dataset.indicators.findIndex((i) => i.id === id)];
    expect(at('penalty_cases')).toBe(14);
    expect(at('fines_yuan')).toBe(53364);
    const ev = rec?.evidence?.find((e) => e.indicator === 'penalty_cases' && !e.domain);
    expect(ev?.doc).toBe('000_8c6242150dbbe95b.txt');
    expect(seedText('000_8c6242150dbbe95b.txt')).toContain(ev?.quote ?? '∅');
    // The rejected figure is not evidence.
    expect(
      rec?.evidence?.some(
        (e) => e.quote === item.figures[0]?.quote && e.indicator === item.figures[0]?.indicator && e.value === item.figures[0]?.value,
      ),
    ).toBe(false);
    expect(dataset.documents?.find((d) => d.id === '000_8c6242150dbbe95b.txt')).toMatchObject({
      unit: '410703',
      year: 2025,
      docNumber: '卫滨卫健字〔2025〕47号',
    });
    expect(dataset.meta).toMatchObject({ id: 'tiny+import', asOf: '2026-02-01', synthetic: true });
    expect(dataset.meta.name.zh).toBe('测试用小数据集（合成）（含导入报告）');
    // The input is untouched, and a second merge does not stack the marks.
    expect(ds.meta.id).toBe('tiny');
    const again = mergeIntoDataset(dataset, [{ ...rejectedOne, id: 'x' }], { asOf: '2026-02-02' });
    if (!again.ok) throw new Error('the same figures again are confirmations, not conflicts');
    expect(again.dataset.meta.name.zh).toBe('测试用小数据集（合成）（含导入报告）');
    expect(again.dataset.records.filter((r) => r.unit === '410703' && r.year === 2025)).toHaveLength(1);
  });

  it('adds a new unit (with province and city) for a typed code, and template rows as evidence with cell quotes', () => {
    const ds = tinyDataset();
    const li = acceptAll({ ...itemOf('004.txt', seedText('004_7c599ebba73ae197.txt')), unitCode: '140426', unitName: '黎城县' });
    const tpl = itemsFromTemplate({
      file: '填报模板.xlsx',
      doc: '填报模板.xlsx',
      sheet: '填报',
      year: 2025,
      rows: [
        {
          code: '410721',
          name: '新乡县',
          row: 9,
          figures: [{ indicator: 'penalty_cases', value: 7, unit: '件', cell: 'L9', quote: '模板 填报模板.xlsx 工作表 填报 单元格 L9' }],
        },
        {
          code: '410703',
          name: '卫滨区',
          row: 8,
          figures: [{ indicator: 'penalty_cases', value: 5, unit: '件', cell: 'L8', quote: '模板 填报模板.xlsx 工作表 填报 单元格 L8' }],
        },
      ],
      dataset: ds,
      label: (id) => id,
    }).map(acceptAll);
    for (const t of tpl) for (const f of t.figures) expect(t.text.slice(f.start, f.end)).toBe(f.quote);
    // The second template row is not accepted: nothing unreviewed goes in.
    const pendingRow = { ...tpl[1]!, figures: tpl[1]!.figures.map((f) => ({ ...f, decision: 'pending' as const })) };
    // The tiny dataset has 新乡县 2025 at 4 penalty cases; the template says 7: a conflict, decided for the template.
    const first = mergeIntoDataset(ds, [li, tpl[0]!, pendingRow], { asOf: '2026-02-01' });
    expect(first.ok ? [] : first.plan.facts.filter((f) => f.status === 'conflict').map((f) => [f.unit, f.key, f.values])).toEqual([
      ['410721', 'v:penalty_cases', [4, 7]],
    ]);
    const res = mergeIntoDataset(ds, [li, tpl[0]!, pendingRow], { asOf: '2026-02-01', choices: { '410721/2025/v:penalty_cases': 7 } });
    if (!res.ok) throw new Error('decided');
    const { dataset, newUnits } = res;
    const checked = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    // Seed 004 names no city (黎城县卫健局): the county hangs under its province.
    expect(newUnits).toEqual(['140000', '140426']);
    const pc = dataset.indicators.findIndex((i) => i.id === 'penalty_cases');
    expect(dataset.records.find((r) => r.unit === '140426' && r.year === 2025)?.values[pc]).toBe(3);
    const xx = dataset.records.find((r) => r.unit === '410721' && r.year === 2025);
    expect(xx?.values[pc]).toBe(7);
    expect(xx?.evidence).toEqual([
      {
        indicator: 'penalty_cases',
        doc: '填报模板.xlsx',
        quote: '模板 填报模板.xlsx 工作表 填报 单元格 L9',
        value: 7,
        unit: '件',
        approx: false,
      },
    ]);
    const doc = dataset.documents?.find((d) => d.id === '填报模板.xlsx');
    expect(doc).toMatchObject({ title: '填报模板 填报模板.xlsx', year: 2025 });
    expect(doc?.unit).toBeUndefined();
    // 卫滨区 2025 keeps the tiny dataset's record: its template row was never accepted.
    expect(dataset.records.find((r) => r.unit === '410703' && r.year === 2025)).toEqual(
      ds.records.find((r) => r.unit === '410703' && r.year === 2025),
    );
  });
});

describe('extractor worker handler', () => {
  it('decodes GB18030 and UTF-16, reads .docx, and refuses empty, corrupt and old Word files', () => {
    const gbk = new Uint8Array([0xce, 0xc0, 0xbd, 0xa1, 0xce, 0xaf]); // 卫健委 in GBK
    const r1 = handleRequest({ id: 1, kind: 'bytes', format: 'txt', bytes: gbk.buffer });
    expect(r1.ok && r1.text).toBe('卫健委');
    const u16 = new Uint8Array([0xff, 0xfe, 0x6b, 0x53]); // BOM + 卫
    const r2 = handleRequest({ id: 2, kind: 'bytes', format: 'txt', bytes: u16.buffer });
    expect(r2.ok && r2.text).toBe('卫');
    const docx = zipSync({
      'word/document.xml': strToU8(
        '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>某某县卫生健康局全年办理行政处罚案件14件。</w:t></w:r></w:p></w:body></w:document>',
      ),
    });
    const r3 = handleRequest({ id: 3, kind: 'bytes', format: 'docx', bytes: docx.slice().buffer });
    expect(r3.ok && r3.extraction.figures.map((f) => [f.indicator, f.value])).toEqual([['penalty_cases', 14]]);
    expect(handleRequest({ id: 4, kind: 'text', text: '  \n ' })).toMatchObject({ ok: false, code: 'empty' });
    expect(handleRequest({ id: 5, kind: 'bytes', format: 'docx', bytes: strToU8('garbage').buffer })).toMatchObject({
      ok: false,
      code: 'corrupt',
    });
    expect(
      handleRequest({ id: 6, kind: 'bytes', format: 'docx', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]).buffer }),
    ).toMatchObject({ ok: false, code: 'legacy_doc' });
  });
});
