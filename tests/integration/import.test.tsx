/**
 * The import screen in jsdom (no Worker: the extractor runs in the page): a report is dropped,
 * reviewed and added; the merged dataset is the one on screen. A bad file in the same batch is
 * refused by name. The dataset-JSON upload beside it still works as before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearReview } from '../../src/features/import/reviewStore.ts';
import { BASE, renderApp } from '../render.tsx';

const seed = readFileSync(resolve(process.cwd(), '../shared/seeds/000_8c6242150dbbe95b.txt'), 'utf8');

function drop(testId: string, files: File[]): void {
  const input = screen.getByTestId(testId);
  fireEvent.change(input, { target: { files } });
}

// jsdom's Blob has no text(): the provider's upload path reads the merged dataset with it.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob): Promise<string> {
    return new Promise((done, fail) => {
      const r = new FileReader();
      r.onload = () => done(String(r.result));
      r.onerror = () => fail(r.error);
      r.readAsText(this);
    });
  };
}

beforeEach(async () => {
  await clearReview();
});

describe('import screen', () => {
  it('reviews a dropped report and adds its accepted figures to the dataset on screen', async () => {
    renderApp(`${BASE}#/import`);
    await screen.findByTestId('dataset-picker');
    await screen.findByTestId('report-files', {}, { timeout: 10000 });
    drop('report-files', [
      new File([seed], '卫滨区报告.txt', { type: 'text/plain' }),
      new File([''], '空的.txt', { type: 'text/plain' }),
      new File(['hello'], '图片.gif', { type: 'image/gif' }),
    ]);
    await screen.findByTestId('import-summary', {}, { timeout: 10000 });
    expect(screen.getByTestId('import-summary')).toHaveTextContent(
      '已读取 3 个文件：1 份待审核，0 个被拒收（内容不合要求），2 个未能读取。',
    );
    const failures = screen.getAllByTestId('import-failure');
    expect(failures.map((f) => f.textContent)).toEqual([
      expect.stringContaining('空的.txt：文件是空的'),
      expect.stringContaining('图片.gif：不支持 .gif 格式'),
    ]);

    const panel = screen.getByTestId('review-panel');
    expect(within(panel).getByTestId('unit-code')).toHaveValue('410703');
    expect(within(panel).getByTestId('report-year')).toHaveValue('2025');
    const add = screen.getByTestId('add-to-dataset');
    expect(add).toBeDisabled();

    // A highlight selects its row; a row's quote selects its highlight.
    const row = within(panel)
      .getAllByTestId('figure-row')
      .find((r) => r.getAttribute('data-indicator') === 'penalty_cases');
    expect(row).toBeDefined();
    await userEvent.click(within(row!).getByTestId('figure-quote'));
    expect(panel.querySelector('mark.hl-selected')?.textContent).toMatch(/14\s*件|14件/);
    const otherMark = panel.querySelector<HTMLElement>(`mark[data-fig]:not(.hl-selected)`);
    await userEvent.click(otherMark!);
    expect(panel.querySelector(`tr.selected`)?.getAttribute('data-fig')).toBe(otherMark?.getAttribute('data-fig'));

    await userEvent.click(within(panel).getByTestId('accept-all'));
    // The tiny dataset already holds 卫滨区 2025: what the report confirms, adds or contradicts is said before adding.
    const summary = screen.getByTestId('merge-summary').textContent ?? '';
    expect(summary).toMatch(/将加入：新增 \d+ 项，确认 [1-9]\d* 项（与已有数字一致，补充来源），不一致 \d+ 项/);
    // Each conflict must be decided before the add: keep the report's value in each.
    for (const c of screen.queryAllByTestId('conflict')) {
      const fromReport = within(c)
        .getAllByTestId('conflict-keep')
        .find((r) => !within(r.closest('label')!).queryByText(/数据集已有/));
      expect(add).toBeDisabled();
      await userEvent.click(fromReport!);
    }
    expect(add).toBeEnabled();
    await userEvent.click(add);
    // The first write loads the dataset writer (a lazy chunk).
    expect(await screen.findByTestId('merge-ok', {}, { timeout: 10000 })).toHaveTextContent(
      /已加入 1 份文件：新增 \d+ 项数字，确认 [1-9]\d* 项/,
    );
    // One of the user's own datasets in this browser is now on screen (its value names its storage id).
    await waitFor(() => expect((screen.getByTestId('dataset-picker') as HTMLSelectElement).value).toMatch(/^upload:d/));
    expect(screen.queryByTestId('upload-ok')).toBeNull();
    expect(screen.getByTestId('remove-upload')).toHaveTextContent('tiny+import.json');
    expect(screen.getByTestId('review-item')).toHaveAttribute('data-status', 'added');
    // A whole report through the real extractor, the GB/T 2260 table and the dataset writer (lazy chunks).
  }, 40000);

  it('keeps the dataset-JSON upload working beside it', async () => {
    renderApp(`${BASE}#/import`);
    await screen.findByTestId('dataset-picker');
    await screen.findByTestId('report-files', {}, { timeout: 10000 });
    drop('dataset-file', [new File(['not json'], 'x.json', { type: 'application/json' })]);
    expect(await screen.findByTestId('upload-error')).toHaveTextContent('x.json');
  });
});
