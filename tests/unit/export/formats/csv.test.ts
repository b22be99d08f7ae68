import { describe, expect, it } from 'vitest';
import { csvBlob, neutralise, toCsv } from '../../../../src/export/formats/csv.ts';
import type { ExportTable } from '../../../../src/export/formats/table.ts';
import { leagueTable } from './fixture.ts';

function oneColumn(cells: Array<string | number | null>, missingText?: string): ExportTable {
  return {
    title: 't',
    meta: [],
    columns: [{ id: 'a', header: 'A', kind: 'text' }],
    rows: cells.map((c) => [c]),
    ...(missingText === undefined ? {} : { missingText }),
  };
}

/** Body lines after the BOM, without the final empty line after the trailing CRLF. */
function lines(csv: string): string[] {
  return csv.slice(1).split('\r\n').slice(0, -1);
}

function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error('not an ArrayBuffer'));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM so Excel/WPS read Chinese', async () => {
    const csv = toCsv(leagueTable());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const blob = csvBlob(leagueTable());
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await readBlob(blob);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('郑州市卫生健康委员会');
  });

  it('writes meta lines, a blank line, header and rows with CRLF', () => {
    const csv = toCsv(leagueTable());
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines(csv)).toEqual([
      '范围,河南省',
      '年度,2025',
      `备注,"'=HYPERLINK(""http://evil"",""点击"")"`,
      '',
      '排名,单位,处罚案件数,综合得分,完成率 (%)',
      '1,郑州市卫生健康委员会,12345,98.765,99.5',
      '2,<script>alert(1)</script>,-3,80.1,—',
      `3,"'=HYPERLINK(""http://evil"",""x"")",7,—,0`,
    ]);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['-3', "'-3"],
  ])('neutralises the formula-looking text cell %j', (text, expected) => {
    expect(lines(toCsv(oneColumn([text])))[1]).toBe(expected);
  });

  it('neutralises headers, meta labels and values too', () => {
    const csv = toCsv({
      title: 't',
      meta: [['=label', '@value']],
      columns: [{ id: 'a', header: '+header', kind: 'integer' }],
      rows: [],
    });
    expect(lines(csv)).toEqual(["'=label,'@value", '', "'+header"]);
  });

  it('keeps a negative number a plain number', () => {
    const csv = toCsv({ title: 't', meta: [], columns: [{ id: 'n', header: 'N', kind: 'integer' }], rows: [[-3], [-0.5], [0.1 + 0.2]] });
    expect(lines(csv).slice(1)).toEqual(['-3', '-0.5', '0.3']);
  });

  it('leaves safe text alone', () => {
    expect(neutralise('郑州市')).toBe('郑州市');
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('')).toBe('');
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    const csv = toCsv(oneColumn(['a,b', 'say "hi"', 'line1\nline2', 'cr\rlf', 'plain', '中文，全角逗号']));
    expect(csv.slice(1)).toBe('A\r\n"a,b"\r\n"say ""hi"""\r\n"line1\nline2"\r\n"cr\rlf"\r\nplain\r\n中文，全角逗号\r\n');
  });

  it('writes missing cells as missingText (empty by default), never 0', () => {
    expect(lines(toCsv(oneColumn([null, Number.NaN]))).slice(1)).toEqual(['', '']);
    expect(lines(toCsv(oneColumn([null], '—'))).slice(1)).toEqual(['—']);
    // A caller's marker is text like any other and cannot start a formula.
    expect(lines(toCsv(oneColumn([null], '-'))).slice(1)).toEqual(["'-"]);
  });

  it('pads short rows and drops cells beyond the columns', () => {
    const table: ExportTable = {
      title: 't',
      meta: [],
      columns: [
        { id: 'a', header: 'A', kind: 'text' },
        { id: 'b', header: 'B', kind: 'integer' },
      ],
      rows: [['x'], ['y', 1, 'extra']],
    };
    expect(lines(toCsv(table)).slice(1)).toEqual(['x,', 'y,1']);
  });
});
