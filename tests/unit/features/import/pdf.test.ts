import { describe, expect, it } from 'vitest';
import { dataUrlBytes, pageText } from '../../../../src/extract/pdf.ts';
import { segmentsOf } from '../../../../src/features/import/ReportText.tsx';
import { valueProblem } from '../../../../src/features/import/FigureTable.tsx';
import { reviewReducer } from '../../../../src/features/import/review.ts';
import { emptyReview, type ReviewItem } from '../../../../src/features/import/types.ts';

const item = (id: string, doc: string): ReviewItem => ({
  id,
  file: doc,
  source: 'xlsx',
  doc,
  text: 'x',
  title: null,
  docNumber: null,
  reportDate: null,
  detected: null,
  unitCode: '410703',
  unitName: '',
  year: 2025,
  figures: [
    { id: 'f0', indicator: 'penalty_cases', value: 1, unit: '件', approx: false, quote: 'x', start: 0, end: 1, decision: 'pending' },
  ],
  weaknesses: [],
});

describe('pdf text items to lines', () => {
  it('breaks at hasEOL and where the baseline moves, keeps runs of one line together', () => {
    const it = (str: string, y: number, hasEOL = false) => ({
      str,
      transform: [10, 0, 0, 10, 0, y],
      width: 10,
      height: 10,
      hasEOL,
      dir: 'ltr',
      fontName: 'f',
    });
    expect(
      pageText([
        it('全年办理', 800),
        it('行政处罚案件', 800),
        it('14件。', 780),
        { type: 'beginMarkedContent' },
        it('下一段', 760, true),
        it('末行', 740),
      ]),
    ).toBe('全年办理行政处罚案件\n14件。\n下一段\n末行\n');
  });
});

describe('bundled CMaps inlined as data: URLs', () => {
  it('are decoded without a fetch', () => {
    expect([...dataUrlBytes('data:application/octet-stream;base64,AAEC/w==')]).toEqual([0, 1, 2, 255]);
  });
});

describe('highlight segments', () => {
  it('split overlapping quotes; figures cover before weaknesses, shorter quotes first', () => {
    const segs = segmentsOf(10, [
      { id: 'a', kind: 'figure', start: 2, end: 8, decision: 'pending' },
      { id: 'b', kind: 'figure', start: 4, end: 6, decision: 'accepted' },
      { id: 'w', kind: 'weakness', start: 0, end: 5, decision: 'pending' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.spans.map((x) => x.id).join('')])).toEqual([
      [0, 2, 'w'],
      [2, 4, 'aw'],
      [4, 5, 'baw'],
      [5, 6, 'ba'],
      [6, 8, 'a'],
      [8, 10, ''],
    ]);
  });
});

describe('review details', () => {
  it('checks corrected values: numbers ≥ 0, rates ≤ 100', () => {
    expect(valueProblem('14', '件')).toBeNull();
    expect(valueProblem('18.25', '元')).toBeNull();
    expect(valueProblem('十二', '件')).toBe('badValue');
    expect(valueProblem('-1', '件')).toBe('badValue');
    expect(valueProblem('101', '%')).toBe('badRate');
  });

  it('accepts every row of one template file at once, not other files', () => {
    const s = reviewReducer(
      { ...emptyReview(), items: [item('a', 't.xlsx'), item('b', 't.xlsx'), item('c', 'u.xlsx')] },
      { type: 'decideDoc', doc: 't.xlsx', decision: 'accepted' },
    );
    expect(s.items.map((i) => i.figures[0]?.decision)).toEqual(['accepted', 'accepted', 'pending']);
  });
});
