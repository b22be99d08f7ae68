import type { ExportTable } from '../../../../src/export/formats/table.ts';

/** A small league table with every column kind, a missing figure and hostile text. */
export function leagueTable(): ExportTable {
  return {
    title: '2025年 法治建设排行榜',
    meta: [
      ['范围', '河南省'],
      ['年度', '2025'],
      ['备注', '=HYPERLINK("http://evil","点击")'],
    ],
    columns: [
      { id: 'rank', header: '排名', kind: 'rank' },
      { id: 'unit', header: '单位', kind: 'text' },
      { id: 'cases', header: '处罚案件数', kind: 'integer' },
      { id: 'score', header: '综合得分', kind: 'decimal', digits: 2 },
      { id: 'rate', header: '完成率 (%)', kind: 'percent' },
    ],
    rows: [
      [1, '郑州市卫生健康委员会', 12345, 98.765, 99.5],
      [2, '<script>alert(1)</script>', -3, 80.1, null],
      [3, '=HYPERLINK("http://evil","x")', 7, null, 0],
    ],
    missingText: '—',
  };
}
