import { describe, expect, it } from 'vitest';
import { defaultIndicators } from '../../../../src/domain/catalogue.ts';
import { toXlsx } from '../../../../src/export/formats/xlsx.ts';
import type { ExportCell } from '../../../../src/export/formats/table.ts';
import { readTargetJson, readTargetXlsx } from '../../../../src/shared/targets/targetFile.ts';

const source = '测试考核细则';

function sheet(rows: ExportCell[][], headers = ['indicator', 'level', 'comparison', 'value', 'source', 'year']): Uint8Array {
  return toXlsx({
    title: '目标',
    meta: [['说明', '测试']],
    columns: headers.map((h) => ({ id: h, header: h, kind: h === 'value' || h === 'year' ? 'decimal' : 'text' })),
    rows,
  });
}

describe('target files', () => {
  it('reads a JSON target set, with ≥ written as a symbol and a plain-string source', () => {
    const r = readTargetJson(
      JSON.stringify({ targets: [{ indicator: 'random_completion_rate', comparison: '≥', value: 100, level: '县', source }] }),
      defaultIndicators,
    );
    expect(r).toEqual({
      ok: true,
      targets: [{ indicator: 'random_completion_rate', comparison: '>=', value: 100, level: 'county', source: { zh: source, en: source } }],
    });
  });

  it('refuses an unknown indicator, a bad comparison, a rate over 100, with the JSON path', () => {
    const bad = readTargetJson(
      JSON.stringify([
        { indicator: 'no_such', comparison: '>=', value: 1, source },
        { indicator: 'legal_review_rate', comparison: '>=', value: 120, source },
      ]),
      defaultIndicators,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: 'problems',
      problems: [
        { path: '[0].indicator', code: 'unknown_indicator' },
        { path: '[1].value', code: 'rate_over_100' },
      ],
    });
    const cmp = readTargetJson(
      JSON.stringify({ targets: [{ indicator: 'legal_review_rate', comparison: '>', value: 90, source }] }),
      defaultIndicators,
    );
    expect(cmp).toMatchObject({ ok: false, problems: [{ path: 'targets[0].comparison', code: 'value' }] });
    expect(readTargetJson('{"targets": [', defaultIndicators)).toMatchObject({ ok: false, error: 'not_json' });
    expect(readTargetJson('{"targets": []}', defaultIndicators)).toMatchObject({ ok: false, error: 'empty' });
  });

  it('reads an XLSX sheet whose header row names the columns; a bad row is refused with its cell', () => {
    const ok = readTargetXlsx(
      sheet([
        ['training_sessions', 'city', '>=', 6, source, 2025],
        ['coverage_rate', null, '>=', 95, source, null],
      ]),
      defaultIndicators,
    );
    expect(ok).toEqual({
      ok: true,
      targets: [
        { indicator: 'training_sessions', comparison: '>=', value: 6, level: 'city', year: 2025, source: { zh: source, en: source } },
        { indicator: 'coverage_rate', comparison: '>=', value: 95, source: { zh: source, en: source } },
      ],
    });
    const bad = readTargetXlsx(
      sheet([
        ['coverage_rate', 'county', '>=', 101, source, null],
        ['nope', null, '>=', 1, source, null],
      ]),
      defaultIndicators,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok || bad.error !== 'problems') throw new Error('expected problems');
    expect(bad.problems.map((p) => p.code)).toEqual(['rate_over_100', 'unknown_indicator']);
    for (const p of bad.problems) expect(p.path).toMatch(/^.+![A-Z]+\d+$/);
    const missing = readTargetXlsx(sheet([['coverage_rate', 'county', '>=', 90, null, null]]), defaultIndicators);
    expect(missing).toMatchObject({ ok: false, problems: [{ code: 'missing' }] });
    if (!missing.ok && missing.error === 'problems') expect(missing.problems[0]?.path).toMatch(/!E\d+$/);
    expect(readTargetXlsx(new Uint8Array([1, 2, 3]), defaultIndicators)).toMatchObject({ ok: false, error: 'not_xlsx' });
  });
});
