import { describe, expect, it } from 'vitest';
import { extractScan } from '../../../../src/extract/ocr/extractScan.ts';
import { pageText } from '../../../../src/extract/ocr/layout.ts';
import { fromOcr, joinPages, ocrPages, regionOf, type ScanPage } from '../../../../src/extract/ocr/scan.ts';
import { blocksOf, SIZE } from './ocrBlocks.ts';

const ocrPage = (page: number, lines: string[]): ScanPage => ({
  page,
  source: 'ocr',
  read: pageText(blocksOf(lines.map((text) => ({ text })))),
  width: 1654,
  height: 2339,
});

describe('a scanned report as one text', () => {
  it('joins text-layer and OCR pages in order, boxes only on the OCR pages', () => {
    const scan = joinPages([{ page: 1, source: 'text', text: '某某区卫生健康委员会' }, ocrPage(2, ['全年立案处罚l5件'])]);
    expect(scan.text).toBe('某某区卫生健康委员会\n\n全年立案处罚l5件\n');
    expect(scan.read).toBe('某某区卫生健康委员会\n\n全年立案处罚15件\n');
    expect(scan.boxes).toHaveLength(scan.text.length);
    expect(scan.boxes.slice(0, 12).every((b) => b === null)).toBe(true);
    expect(ocrPages(scan)).toEqual([2]);
    expect(fromOcr(scan, 0, 10)).toBe(false);
    expect(fromOcr(scan, scan.text.indexOf('立案'), scan.text.indexOf('件') + 1)).toBe(true);
  });

  it('finds where a quote was read: its page, and its part of each line it runs over, with a margin', () => {
    const scan = joinPages([ocrPage(1, ['第一行']), ocrPage(2, ['甲乙', '全年立案处罚15件', '罚没款2万元'])]);
    const start = scan.text.indexOf('立案');
    const end = scan.text.indexOf('万元') + 2;
    const region = regionOf(scan, start, end);
    expect(region?.page).toBe(2);
    // Line 2 (y = 170) from its 3rd character (x = 100 + 2·48) to its end (9 characters); line 3
    // (y = 240) whole (6 characters). Margins: half a character across, a third up and down.
    const [mx, my] = [SIZE / 2, Math.round(SIZE / 3)];
    expect(region?.lines).toEqual([
      { x0: 196 - mx, y0: 170 - my, x1: 100 + 8 * 48 + SIZE + mx, y1: 170 + SIZE + my },
      { x0: 100 - mx, y0: 240 - my, x1: 100 + 5 * 48 + SIZE + mx, y1: 240 + SIZE + my },
    ]);
    expect(regionOf(joinPages([{ page: 1, source: 'text', text: '全年立案处罚15件' }]), 2, 9)).toBeNull();
  });

  it('cuts a long line of a quote into rows, so the crop wraps like the quote beside it', () => {
    const scan = joinPages([ocrPage(1, ['全年共办理各类行政许可事项5650件'])]);
    const rows = regionOf(scan, 0, 18, 10)?.lines ?? [];
    // Width of n characters with half a character of margin each side: (n − 1)·48 + 40 + 40.
    expect(rows.map((b) => Math.round((b.x1 - b.x0 - 2 * SIZE) / 48) + 1)).toEqual([10, 8]);
    expect(rows[1]?.x0).toBe(100 + 10 * 48 - SIZE / 2);
  });

  it('reads figures from what the digits stand for, quoting the characters as OCR read them', () => {
    const { extraction } = extractScan([ocrPage(1, ['2025年，全区共立案查处违法案件l5件，罚没款2.5方元。'])]);
    const cases = extraction.figures.find((f) => f.indicator === 'penalty_cases');
    expect(cases).toMatchObject({ value: 15, quote: expect.stringContaining('l5件') as string });
    const fines = extraction.figures.find((f) => f.indicator === 'fines_yuan');
    expect(fines).toMatchObject({ value: 25000, quote: expect.stringContaining('2.5方元') as string });
  });
});
