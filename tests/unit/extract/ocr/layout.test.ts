import { describe, expect, it } from 'vitest';
import { pageText, unrotate } from '../../../../src/extract/ocr/layout.ts';
import { blocksOf, SIZE } from './ocrBlocks.ts';

describe('pageText: an OCR page as text with a box per character', () => {
  it('joins Chinese characters without the spaces tesseract puts between them, digits too', () => {
    const { text } = pageText(blocksOf([{ text: '全年办理行政处罚案件 14 件' }]));
    expect(text).toBe('全年办理行政处罚案件14件\n');
  });

  it('keeps a space between two Latin words or numbers set apart on the page', () => {
    expect(pageText(blocksOf([{ text: '通过 ISO 9001 认证' }])).text).toBe('通过ISO 9001认证\n');
  });

  it('gives every character the box it was read from, and none to what it adds', () => {
    const { text, boxes } = pageText(blocksOf([{ text: '罚款 5 万元' }, { text: '处罚', indent: 2 }]));
    expect(boxes).toHaveLength(text.length);
    const at = text.indexOf('5');
    expect(boxes[at]).toEqual({ x0: 100 + 3 * 48, y0: 100, x1: 100 + 3 * 48 + SIZE, y1: 100 + SIZE });
    // Line breaks and the indent's ideographic spaces have no box.
    for (let i = 0; i < text.length; i++) expect(boxes[i] === null).toBe(text[i] === '\n' || text[i] === '\u3000');
  });

  it('starts an indented line (a new paragraph) with two ideographic spaces', () => {
    const { text } = pageText(
      blocksOf([
        { text: '一、全年共开展监督检查三百余次，' },
        { text: '覆盖全区各类单位。' },
        { text: '全区共有执法人员十人。', indent: 2 },
      ]),
    );
    expect(text.split('\n')).toEqual(['一、全年共开展监督检查三百余次，', '覆盖全区各类单位。', '\u3000\u3000全区共有执法人员十人。', '']);
  });

  it('reads nothing from no blocks', () => {
    expect(pageText(null)).toEqual({ text: '', boxes: [] });
  });

  it('turns boxes read from a straightened page back onto the page image as it is', () => {
    // Tesseract turned a 2,000 × 3,000 page by +0.02 rad about its centre before reading; a character
    // at (300, 400)–(340, 440) on the page is where that turn puts it.
    const angle = 0.02;
    const [cx, cy] = [1000, 1500];
    const turn = (x: number, y: number) => [
      cx + (x - cx) * Math.cos(angle) - (y - cy) * Math.sin(angle),
      cy + (x - cx) * Math.sin(angle) + (y - cy) * Math.cos(angle),
    ];
    const [x0, y0] = turn(300, 400) as [number, number];
    const read = { text: '件\n', boxes: [{ x0, y0, x1: x0 + 40, y1: y0 + 40 }, null] };
    const back = unrotate(read, angle, 2000, 3000).boxes[0]!;
    for (const [got, want] of [
      [back.x0, 300],
      [back.y0, 400],
      [back.x1, 340],
      [back.y1, 440],
    ] as const)
      expect(Math.abs(got - want)).toBeLessThanOrEqual(2);
    expect(unrotate(read, 0, 2000, 3000)).toBe(read);
  });
});
