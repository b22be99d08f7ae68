import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import { malformedDataset, networkFailure, serverError } from '../../mocks/handlers.ts';
import { BASE, renderApp } from '../render.tsx';

async function card(key: string) {
  const cards = await screen.findAllByRole('article');
  const found = cards.find((c) => c.getAttribute('data-kpi') === key);
  if (!found) throw new Error(`no card ${key}`);
  return found;
}

describe('overview against the handler registry', () => {
  it('shows the default dataset on the region it is about, labelled synthetic, with its as-of date', async () => {
    renderApp();
    // The fixture's 河南省 holds only 新乡市: the dataset opens on 新乡市.
    expect(await screen.findByRole('heading', { level: 1, name: /新乡市 · 2025年/ })).toBeInTheDocument();
    expect(screen.getAllByText('演示数据（合成）').length).toBeGreaterThan(0);
    expect(screen.getByText('数据截至 2026-01-31')).toBeInTheDocument();
    expect(within(await card('penalties')).getByText('18 件')).toBeInTheDocument();
  });

  it('shows a single unit with its quote, and a missing figure as missing', async () => {
    renderApp(`${BASE}#/overview?scope=410703&year=2025`);
    const penalties = await card('penalties');
    expect(penalties.querySelector('.kpi-value')).toHaveTextContent('14 件');
    expect(within(penalties).getByText('罚款 5.34 万元')).toBeInTheDocument();
    expect(within(penalties).getByText('2025年共办理行政处罚案件 14件')).toBeInTheDocument();
    const training = await card('training');
    expect(within(training).getByText('—')).toBeInTheDocument();
    expect(within(training).queryByText(/^0/)).toBeNull();
  });

  it('speaks English when asked', async () => {
    renderApp(`${BASE}#/overview?lang=en`);
    expect(await screen.findByRole('heading', { level: 1, name: /新乡市 · 2025 overview/ })).toBeInTheDocument();
    expect(screen.getAllByText('Synthetic demo data').length).toBeGreaterThan(0);
  });

  it('refuses a malformed ?data= dataset and keeps the default on screen', async () => {
    renderApp(`${BASE}?data=fixtures/negative-count.json#/overview`);
    const alert = await screen.findByTestId('load-error');
    expect(alert).toHaveTextContent('fixtures/negative-count.json');
    expect(alert).toHaveTextContent(/records\[2\]\.values\[\d+\]/);
    expect(alert).toHaveTextContent('数值不能为负');
    expect(await within(alert).findByText(/已改为显示默认数据集/)).toBeInTheDocument();
    expect((await card('penalties')).querySelector('.kpi-value')).toHaveTextContent('18 件');
  });

  it('explains a server error, where, and when it tries again by itself', async () => {
    server.use(...serverError(503));
    renderApp(`${BASE}?data=data/tiny2.json#/overview`);
    const alert = await screen.findByTestId('no-data');
    expect(alert).toHaveTextContent('服务器返回 503');
    expect(alert).toHaveTextContent('data/tiny2.json');
    expect(await within(alert).findByText(/\d+ 秒后自动重试/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: '立即重试' })).toBeInTheDocument();
  });

  it('explains a network failure when no dataset at all can load, without going blank', async () => {
    server.use(...networkFailure());
    renderApp();
    const alert = await screen.findByTestId('no-data');
    expect(alert).toHaveTextContent('网络请求失败');
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('recovers on 立即重试 once the server is back, without a reload', async () => {
    server.use(...networkFailure());
    renderApp();
    const alert = await screen.findByTestId('no-data');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: '立即重试' }));
    expect(within(await card('penalties')).getByText('18 件')).toBeInTheDocument();
    expect(screen.queryByTestId('no-data')).not.toBeInTheDocument();
  });

  it('switches dataset from the picker, and a malformed one never replaces the last good', async () => {
    renderApp();
    await card('penalties');
    server.use(...malformedDataset());
    await userEvent.selectOptions(screen.getByTestId('dataset-picker'), 'embedded:tiny2');
    const alert = await screen.findByTestId('load-error');
    expect(await within(alert).findByText(/仍在显示上一次成功载入的数据集/)).toBeInTheDocument();
    expect(within(await card('penalties')).getByText('18 件')).toBeInTheDocument();
  });
});
