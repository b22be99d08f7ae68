import { describe, expect, it } from 'vitest';
import { batchesOf } from '../../../../src/features/import/process.ts';

const file = (name: string): File => new File(['x'], name);
const names = (b: ReturnType<typeof batchesOf>): unknown => b.map((x) => (Array.isArray(x) ? x.map((f) => f.name) : x.name));

describe('batchesOf: the files of one drop as they are read', () => {
  it('reads page images dropped together as one report, in file-name order (page 2 before page 10)', () => {
    const b = batchesOf([file('报告.docx'), file('扫描_10.jpg'), file('扫描_2.JPG'), file('模板.xlsx'), file('扫描_1.png')]);
    expect(names(b)).toEqual(['报告.docx', ['扫描_1.png', '扫描_2.JPG', '扫描_10.jpg'], '模板.xlsx']);
  });

  it('leaves every other file on its own', () => {
    expect(names(batchesOf([file('a.pdf'), file('b.txt')]))).toEqual(['a.pdf', 'b.txt']);
    expect(batchesOf([])).toEqual([]);
  });
});
