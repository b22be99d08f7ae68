import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/view/url.ts';
import { BASE, renderApp } from '../render.tsx';

const hashParams = () => parseHash(window.location.hash).params;

describe('league table', () => {
  it('lists ranked units with their scores and opens a unit on Enter', async () => {
    renderApp(`${BASE}#/league?year=2025`);
    const table = await screen.findByRole('table', { name: '单位排行榜' });
    const rows = within(table)
      .getAllByRole('row')
      .filter((r) => r.hasAttribute('data-row-id'));
    expect(rows.map((r) => r.getAttribute('data-row-id'))).toEqual(['410721', '410703']);
    expect(screen.getByTestId('league-count')).toHaveTextContent('共 2 个单位');
    rows[0]?.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(parseHash(window.location.hash).path).toEqual(['units', '410703']);
  });

  it('keeps filters, weights and sorting in the URL', async () => {
    renderApp(`${BASE}#/league?year=2025`);
    await screen.findByRole('table', { name: '单位排行榜' });
    await userEvent.type(screen.getByTestId('league-search'), '卫滨');
    expect(hashParams().get('q')).toBe('卫滨');
    expect(screen.getByTestId('league-count')).toHaveTextContent('共 1 个单位');
    // Numbers sort highest first on the first click, as a league reads.
    await userEvent.click(screen.getByRole('button', { name: /综合得分/ }));
    expect(hashParams().get('sort')).toBe('composite:desc');
    await userEvent.click(screen.getByRole('button', { name: /综合得分/ }));
    expect(hashParams().get('sort')).toBe('composite:asc');
    const user = userEvent.setup();
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: /所属市/ }));
    await user.keyboard('{/Shift}');
    expect(hashParams().get('sort')).toBe('composite:asc,city:asc');
    await userEvent.selectOptions(screen.getByTestId('league-norm'), 'per_officer');
    expect(hashParams().get('norm')).toBe('per_officer');
    expect(screen.getAllByText(/件 \/ 名执法人员/).length).toBeGreaterThan(0);
  });

  it('shows a missing figure as — and says how missing data is treated', async () => {
    renderApp(`${BASE}#/league?year=2025&cols=site_visits`);
    const table = await screen.findByRole('table', { name: '单位排行榜' });
    expect(within(table).getAllByText('—').length).toBeGreaterThan(0);
    expect(screen.getByText(/未填报的指标不计入，也不按 0 分处理/)).toBeInTheDocument();
  });
});
