import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, safeFilename } from '../../../src/export/download.ts';

describe('safeFilename', () => {
  it('joins parts with _, keeps Chinese and drops characters Windows forbids', () => {
    expect(safeFilename(['河南省', '2025', '排行榜'], 'xlsx')).toBe('河南省_2025_排行榜.xlsx');
    expect(safeFilename(['a/b\\c:d*e?f"g<h>i|j', 'x\u0001y'], '.csv')).toBe('abcdefghij_xy.csv');
    expect(safeFilename(['  郑州市  卫健委. ', '', '***'], 'csv')).toBe('郑州市 卫健委.csv');
  });
  it('never returns an empty or reserved base name', () => {
    expect(safeFilename([], 'csv')).toBe('export.csv');
    expect(safeFilename(['CON'], 'csv')).toBe('CON_.csv');
  });
});

describe('downloadBlob', () => {
  const created: string[] = [];
  const revoked: string[] = [];
  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  beforeEach(() => {
    vi.useFakeTimers();
    // jsdom implements neither object URLs nor downloads; stand-ins record the calls.
    Object.assign(URL, {
      createObjectURL: (): string => {
        created.push('blob:test/1');
        return 'blob:test/1';
      },
      revokeObjectURL: (url: string): void => {
        revoked.push(url);
      },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    Object.assign(URL, original);
  });

  it('clicks a temporary download link and revokes the URL later', () => {
    const clicked: Array<{ href: string; download: string; attached: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    downloadBlob(new Blob(['x']), '排行榜.csv');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: '排行榜.csv', attached: true }]);
    expect(document.querySelector('a')).toBeNull();
    expect(revoked).toEqual([]);
    vi.runAllTimers();
    expect(revoked).toEqual(['blob:test/1']);
  });
});
