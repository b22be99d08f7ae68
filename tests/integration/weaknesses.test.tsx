import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { payloads } from '../../mocks/fixtures/hostile.ts';
import { BASE, renderApp } from '../render.tsx';

async function openTable(): Promise<void> {
  await userEvent.click(await screen.findByText('以表格查看（可用键盘逐格打开原文）'));
  await waitFor(() => expect(document.querySelector('table.wk-table')).not.toBeNull());
}

function tableRow(name: string): HTMLElement {
  const row = [...document.querySelectorAll<HTMLElement>('table.wk-table tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent === name,
  );
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

describe('weaknesses heatmap against the handler registry', () => {
  it('shows units by burden with links to their pages, totals and the category × year view', async () => {
    renderApp(`${BASE}#/weaknesses`);
    expect(await screen.findByRole('heading', { level: 1, name: '新乡市 · 短板热力图（2021–2025年）' })).toBeInTheDocument();
    const labels = screen.getByRole('list', { name: '各单位报告的短板' });
    const links = within(labels).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['卫滨区', '新乡县']);
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^#\/units\/410703/));
    expect(within(labels).getByText('合计：报告单位数')).toBeInTheDocument();
    expect(screen.getByTestId('category-year')).toHaveTextContent('各类短板逐年报告的单位数');
    expect(screen.getByTestId('signals')).toHaveTextContent('数据与自述对照');
    expect(screen.getByText('↻ = 反复出现：连续两年及以上报告同一短板。')).toBeInTheDocument();
  });

  it('has a table view whose cells open the quotes year by year; Esc closes the panel', async () => {
    renderApp(`${BASE}#/weaknesses`);
    await openTable();
    const weibin = tableRow('卫滨区');
    const cell = within(weibin).getByRole('button', { name: /卫滨区 · 执法力量不足：2↻/ });
    await userEvent.click(cell);
    const panel = await screen.findByRole('dialog', { name: '卫滨区 · 执法力量不足' });
    expect(within(panel).getByText('卫生监督执法力量不足')).toBeInTheDocument();
    expect(within(panel).getByText('2025年')).toBeInTheDocument();
    expect(within(panel).getByText('2024年')).toBeInTheDocument();
    expect(within(panel).getByText('报告了此短板，但没有附原文。')).toBeInTheDocument();
    expect(within(panel).getByText('↻ 反复出现')).toBeInTheDocument();
    expect(within(panel).getByText('合成示例，非真实引文')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '关闭（Esc）' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(cell).toHaveFocus();
  });

  it("switches to this year's presence, kept in the URL", async () => {
    renderApp(`${BASE}#/weaknesses`);
    await userEvent.click(await screen.findByRole('button', { name: '2025年是否报告' }));
    await waitFor(() => expect(window.location.hash).toContain('mode=year'));
    expect(screen.getByRole('button', { name: '2025年是否报告' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/✓ = 2025年报告了该短板/)).toBeInTheDocument();
    await openTable();
    expect(within(tableRow('新乡县')).getByRole('button', { name: /新乡县 · 执法力量不足：✓/ })).toBeInTheDocument();
  });

  it('follows the shared filters: level and scope', async () => {
    renderApp(`${BASE}#/weaknesses?level=county`);
    expect(await screen.findByRole('heading', { level: 1, name: /新乡市/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: '各单位报告的短板' }))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['新乡县']);
    await userEvent.selectOptions(screen.getByTestId('filter-scope'), '410000');
    expect(await screen.findByRole('heading', { level: 1, name: /河南省 · 短板热力图/ })).toBeInTheDocument();
  });

  it('renders hostile names and quotes as text: no element is created from data', async () => {
    renderApp(`${BASE}?data=fixtures/hostile.json#/weaknesses`);
    const main = document.querySelector('main');
    if (!main) throw new Error('no main');
    expect(await within(main).findAllByRole('link', { name: `卫滨区${payloads.script}` })).not.toHaveLength(0);
    expect(within(main).getAllByRole('link', { name: payloads.formula })).not.toHaveLength(0);
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent(`新乡市${payloads.svg} · 短板热力图`);
    await openTable();
    await userEvent.click(within(tableRow(`卫滨区${payloads.script}`)).getAllByRole('button')[0]!);
    const panel = await screen.findByRole('dialog');
    expect(panel).toHaveTextContent(payloads.img);
    expect(panel.textContent).toContain(`${payloads.svg}甲区报告${payloads.script}`);
    expect(main.querySelectorAll('img, script, svg, style, b')).toHaveLength(0);
    expect(document.querySelectorAll('img, script[src="x"], svg[onload]')).toHaveLength(0);
    expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
  });
});
