/**
 * Exports in the app shell (jsdom): the chart menus and the header's page menu are keyboard
 * menus, the registry follows the charts on screen, and a deck of the overview has a title slide
 * plus one slide per chart, with the data source, the headline figures and escaped names.
 * (Pixels are checked in Chromium: tests/e2e/exports.e2e.ts.)
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { chartsPending, currentDocInfo } from '../../src/export/registry/registry.ts';
import { chartsOnScreen } from '../../src/export/registry/onScreen.ts';
import { BASE, renderApp } from '../render.tsx';

// jsdom has no canvas: slides get a stand-in picture; everything else is the real deck builder.
vi.mock('../../src/export/chart/render.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/export/chart/render.ts')>();
  return { ...real, chartOnlyPng: vi.fn(async () => new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])) };
});

const OVERVIEW_CHARTS = [
  'overview-map',
  'trend-inspections',
  'trend-penalties',
  'trend-complaints',
  'trend-training',
  'trend-publicity',
  'trend-services',
  'penalties-by-domain',
  'top-weaknesses',
];

async function overview(url = `${BASE}#/overview?year=2025`) {
  renderApp(url);
  await screen.findByRole('heading', { level: 1, name: /2025年/ });
  await waitFor(() => expect(chartsOnScreen().length).toBeGreaterThan(0));
  // The tile map registers once its layout has loaded: until then it is pending, not absent.
  await waitFor(() => expect(chartsPending()).toBe(0));
}

describe('chart export menus', () => {
  it('puts a keyboard menu on every overview chart', async () => {
    await overview();
    const ids = chartsOnScreen().map((c) => c.chartId);
    expect(ids).toEqual(OVERVIEW_CHARTS.filter((id) => ids.includes(id)));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids).toContain('trend-inspections');
    const button = await screen.findByTestId('export-trend-inspections');
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAccessibleName(/^导出图表：监督检查 · /);
    button.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'PNG 16:9 · 1×（1600×900）',
      'PNG 16:9 · 2×（3200×1800）',
      'PNG 16:9 · 3×（4800×2700）',
      'PNG 原比例 · 1×',
      'PNG 原比例 · 2×',
      'PNG 原比例 · 3×',
      'SVG 矢量图',
      '复制为图片',
    ]);
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(items[2]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(items[7]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('says plainly when the browser cannot copy an image', async () => {
    await overview();
    await userEvent.click(await screen.findByTestId('export-penalties-by-domain'));
    await userEvent.click(screen.getByRole('menuitem', { name: '复制为图片' }));
    expect(await screen.findByText('此浏览器不支持把图片复制到剪贴板。请改用下载 PNG。')).toBeInTheDocument();
  });

  it('follows the charts on screen: a page change empties the registry', async () => {
    await overview();
    expect(chartsOnScreen().length).toBeGreaterThan(0);
    // The import screen draws no chart (the league now carries its tile map).
    window.location.hash = '#/import?year=2025';
    await screen.findByTestId('report-files', {}, { timeout: 10000 });
    await waitFor(() => expect(chartsOnScreen()).toHaveLength(0));
    await userEvent.click(await screen.findByTestId('export-screen'));
    expect(screen.getByTestId('export-screen-zip')).toBeDisabled();
    expect(screen.getByTestId('export-screen-print')).toBeEnabled();
  });
});

describe('whole-screen exports', () => {
  it('offers ZIP, deck and print with the chart count, and publishes the view for documents', async () => {
    await overview(`${BASE}#/overview?year=2025&level=county`);
    const n = chartsOnScreen().length;
    await userEvent.click(await screen.findByTestId('export-screen'));
    expect(screen.getByTestId('export-screen-zip')).toHaveTextContent(`全部图表 PNG（ZIP，${n} 张）`);
    // A title slide, a slide per chart, and the ranking slide (every peer group among its own).
    expect(screen.getByTestId('export-screen-pptx')).toHaveTextContent(`演示文稿 PPTX（${n + 2} 页）`);
    expect(screen.getByTestId('export-screen-print')).toHaveTextContent('打印 / 存为 PDF');
    const info = currentDocInfo();
    expect(info?.year).toBe(2025);
    expect(info?.filters).toEqual(['层级：县']);
    expect(info?.dataset?.synthetic).toBe(true);
    expect(info?.pageTitle).toMatch(/2025年 法治建设总览/);
  });

  it('builds a deck: title slide + one slide per chart, source and escaped names in the XML', async () => {
    await overview(`${BASE}?data=fixtures/hostile.json#/overview?year=2025`);
    const info = currentDocInfo();
    if (!info) throw new Error('no doc info');
    const { screenDeck } = await import('../../src/export/screen/screenDeck.ts');
    const deck = await screenDeck(info);
    const files = unzipSync(deck.bytes);
    const slides = Object.keys(files).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
    const charts = chartsOnScreen();
    expect(slides).toHaveLength(charts.length + 1);
    expect(deck.count).toBe(charts.length + 1);
    const xml = (k: string) => strFromU8(files[k] ?? new Uint8Array());
    const all =
      slides.map(xml).join('\n') +
      Object.keys(files)
        .filter((k) => k.startsWith('ppt/notesSlides/') && k.endsWith('.xml'))
        .map(xml)
        .join('\n');
    for (const c of charts)
      expect(all).toContain(c.title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;'));
    expect(all).toContain('数据来源');
    expect(all).toContain('敌意数据（合成）&lt;img src=x onerror=&quot;window.__xss=1;alert(1)&quot;&gt;');
    expect(all).not.toMatch(/<img|<script|<svg onload/);
    expect(xml('ppt/slides/slide1.xml')).toContain('核心指标');
    expect(xml('docProps/core.xml')).toMatch(/<dc:identifier>sha256:[0-9a-f]{64}<\/dc:identifier>/);
    for (const k of Object.keys(files)) {
      if (!k.endsWith('.xml')) continue;
      const doc = new DOMParser().parseFromString(xml(k), 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), k).toHaveLength(0);
    }
  });
});
