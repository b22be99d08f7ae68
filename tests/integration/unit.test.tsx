import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { payloads } from '../../mocks/fixtures/hostile.ts';
import { BASE, renderApp } from '../render.tsx';

function indicatorRow(id: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-testid=indicator-table] tr[data-indicator=${id}]`);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('unit page against the handler registry', () => {
  it('shows who the unit is, every indicator beside its peers, and the quotes behind figures and weaknesses', async () => {
    renderApp(`${BASE}#/units/410703?year=2025`);
    expect(await screen.findByRole('heading', { level: 1, name: '卫滨区' })).toBeInTheDocument();
    const chain = screen.getByRole('navigation', { name: '隶属' });
    expect(
      within(chain)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['河南省', '新乡市']);
    expect(screen.getByText('10 人')).toBeInTheDocument();
    expect(screen.getByText('500 家')).toBeInTheDocument();
    expect(screen.getByText('200,000 人')).toBeInTheDocument();

    expect(indicatorRow('penalty_cases')).toHaveTextContent('14 件');
    // 卫滨区 is the only district of 河南 in the tiny dataset: no peer median, no percentile
    expect(within(indicatorRow('penalty_cases')).getAllByText('—')).toHaveLength(2);
    expect(indicatorRow('training_sessions')).toHaveAttribute('data-missing', 'true');

    const figures = screen.getByTestId('unit-figures');
    expect(within(figures).getByText('2025年共办理行政处罚案件 14件')).toBeInTheDocument();
    const weaknesses = screen.getByTestId('unit-weaknesses');
    const understaffed = weaknesses.querySelector<HTMLElement>('[data-weakness=understaffed]');
    expect(understaffed).not.toBeNull();
    expect(within(understaffed!).getByText('↻ 反复出现')).toBeInTheDocument();
    expect(within(understaffed!).getByText('卫生监督执法力量不足')).toBeInTheDocument();
    expect(weaknesses.querySelector('[data-weakness=aging_team]')).not.toBeNull();
    expect(screen.getByTestId('rank-history')).toHaveTextContent('2024');
    expect(screen.getByTestId('unit-signals')).toHaveTextContent('执法力量');
  });

  it('names its peers: 新乡县 is the only county of 河南 (English)', async () => {
    renderApp(`${BASE}#/units/410721?year=2025&lang=en`);
    expect(await screen.findByRole('heading', { level: 1, name: '新乡县' })).toBeInTheDocument();
    // English loads on first use (the app's entry loads it before rendering an English link).
    expect(await screen.findByText(/Peers: counties and county-level cities in 河南省; 1 of 1 have a report for 2025/)).toBeInTheDocument();
    expect(indicatorRow('penalty_cases')).toHaveTextContent('4 cases');
  });

  it('changes year from its own selector', async () => {
    renderApp(`${BASE}#/units/410703?year=2025`);
    await screen.findByRole('heading', { level: 1, name: '卫滨区' });
    await userEvent.selectOptions(screen.getByTestId('unit-year'), '2024');
    expect(await screen.findByRole('heading', { name: '2024年各项指标与同类单位比较' })).toBeInTheDocument();
    expect(indicatorRow('penalty_cases')).toHaveTextContent('10 件');
  });

  it('shows a clear message for a code not in the dataset', async () => {
    renderApp(`${BASE}#/units/999999`);
    const box = await screen.findByTestId('unit-not-found');
    expect(box).toHaveTextContent('找不到该单位');
    expect(box).toHaveTextContent('999999');
    expect(within(box).getByRole('link', { name: '返回短板热力图' })).toHaveAttribute('href', expect.stringMatching(/^#\/weaknesses/));
  });

  it('a province has no report: the page says so instead of going blank', async () => {
    renderApp(`${BASE}#/units/410000?year=2025`);
    expect(await screen.findByRole('heading', { level: 1, name: '河南省' })).toBeInTheDocument();
    expect(screen.getByText('河南省没有 2025 年的报告。')).toBeInTheDocument();
    expect(screen.getByText('该单位在数据集中没有任何年度报告。')).toBeInTheDocument();
  });

  it('renders hostile names, titles and quotes as text', async () => {
    renderApp(`${BASE}?data=fixtures/hostile.json#/units/410703?year=2025`);
    expect(await screen.findByRole('heading', { level: 1, name: `卫滨区${payloads.script}` })).toBeInTheDocument();
    const main = document.querySelector('main');
    if (!main) throw new Error('no main');
    expect(within(main).getAllByText(`${payloads.img}2025年共办理行政处罚案件 14件${payloads.script}`)).not.toHaveLength(0);
    expect(main.textContent).toContain(`${payloads.style}其他数字 3 项`);
    expect(main.textContent).toContain(payloads.formula);
    expect(main.querySelectorAll('img, script, svg, style, b')).toHaveLength(0);
    expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
  });
});
