/**
 * The export button in a chart's corner and its menu: PNG (16:9 or the chart's own aspect, at
 * 1×/2×/3×), SVG, and copy as image. The rendering code loads on first use (or on hover/focus).
 */
import { useState } from 'react';
import type { DocInfo } from '../registry/docInfo.ts';
import { translate, useI18n, type Lang } from '../../i18n/index.ts';
import { errorText, MenuButton, type MenuItem, type Status } from '../MenuButton.tsx';
import { currentDocInfo } from '../registry/registry.ts';
import type { ChartEntry } from '../registry/types.ts';

const loadRender = () => import('./render.ts');

/** Outside the app shell (no header publishing the view) a document says only what it knows. */
function docInfoNow(lang: Lang): DocInfo {
  return (
    currentDocInfo() ?? {
      lang,
      t: (k, p) => translate(lang, k, p),
      route: '',
      pageTitle: document.querySelector('main h1')?.textContent.trim() || translate(lang, 'app.title'),
      scope: '',
      year: null,
      filters: [],
      dataset: null,
      datasetRef: null,
      exportedAt: new Date(),
    }
  );
}

export function ExportMenu({ entry, chartId }: { entry: ChartEntry; chartId: string | undefined }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);

  const download = async (kind: 'png' | 'svg', aspect: '16:9' | 'own' = '16:9', scale = 1) => {
    const info = docInfoNow(lang);
    setStatus({ text: t('export.working'), error: false, sticky: true });
    try {
      const [m, dl] = await Promise.all([loadRender(), import('../download.ts')]);
      const doc = kind === 'svg' ? await m.chartSvg(entry, info) : await m.chartPng(entry, info, aspect, scale);
      dl.downloadBlob(doc.blob, doc.filename);
      setStatus({ text: t('export.done', { name: doc.filename }), error: false });
    } catch (err) {
      setStatus({ text: t('export.failed', { reason: errorText(err) }), error: true });
    }
  };

  const copy = async () => {
    const clip = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clip?.write || typeof ClipboardItem === 'undefined') {
      setStatus({ text: t('export.copyUnsupported'), error: true });
      return;
    }
    const info = docInfoNow(lang);
    try {
      // The promise form keeps the user's gesture valid while the image renders.
      const blob = loadRender()
        .then((m) => m.chartPng(entry, info, '16:9', 1))
        .then((d) => d.blob);
      await clip.write([new ClipboardItem({ 'image/png': blob })]);
      setStatus({ text: t('export.copied'), error: false });
    } catch (err) {
      setStatus({ text: t('export.copyRefused', { reason: errorText(err) }), error: true });
    }
  };

  const items: MenuItem[] = [];
  for (const aspect of ['16:9', 'own'] as const) {
    for (const scale of [1, 2, 3]) {
      items.push({
        id: `png-${aspect === '16:9' ? '16x9' : 'own'}-${scale}`,
        label: t(aspect === '16:9' ? 'export.png169' : 'export.pngOwn', { scale, w: 1600 * scale, h: 900 * scale }),
        separator: aspect === 'own' && scale === 1,
        onSelect: () => void download('png', aspect, scale),
      });
    }
  }
  items.push({ id: 'svg', label: t('export.svg'), separator: true, onSelect: () => void download('svg') });
  items.push({ id: 'copy', label: t('export.copy'), onSelect: () => void copy() });

  return (
    <MenuButton
      cls="chart-export"
      label={t('export.menu.label', { title: entry.title })}
      testId={chartId ? `export-${chartId}` : undefined}
      // A text glyph, not an inline SVG: pages hold no element that data could have made.
      content={
        <span className="export-glyph" aria-hidden="true">
          ⤓
        </span>
      }
      items={items}
      status={status}
      onStatusExpire={() => setStatus(null)}
      onPreload={() => void loadRender()}
    />
  );
}
