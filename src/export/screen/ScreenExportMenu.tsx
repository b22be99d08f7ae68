/**
 * The header's "export this page" menu: every chart on screen as a ZIP of PNG documents, a
 * PowerPoint deck, and Print (A4 landscape, see print.css). Loaded just after the page; the
 * export code itself loads on first use.
 */
import { useContext, useMemo, useState, useSyncExternalStore } from 'react';
import { ViewContext } from '../../view/ViewContext.ts';
import { routes } from '../../view/routes.ts';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { effectiveTargets, useTargetsContext } from '../../data/TargetsProvider.tsx';
import { errorText, MenuButton, type Status } from '../MenuButton.tsx';
import { registryVersion, subscribe } from '../registry/registry.ts';
import { chartsOnScreen, tablesOnScreen, whenChartsSettled } from '../registry/onScreen.ts';
import { useI18n, type I18n, type Lang } from '../../i18n/index.ts';
import type { DocInfo } from '../registry/docInfo.ts';
import { latestYear, type Model } from '../../domain/model.ts';
import { targetLines, type TargetsInUse } from '../../shared/targets/briefingTargets.ts';
import type { View } from '../../view/view.ts';
import { setPrintFrame } from '../print/printFrame.ts';
import type { TextSlide } from './screenDeck.ts';
import { loadHash } from './loadHash.ts';
import { rankingSlides } from './rankingSlides.ts';

const loadScreen = () =>
  Promise.all([import('./screenZip.ts'), import('./screenDeck.ts')]).then(([zip, deck]) => ({
    screenZip: zip.screenZip,
    screenDeck: deck.screenDeck,
  }));
const loadBriefing = () => import('../briefing/briefingExport.ts');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Indicators per targets slide: a slide stays legible at 14 pt. */
const TARGET_LINES_PER_SLIDE = 4;

/** The deck's text slides: every peer group ranked among its own (as the briefing says it), then the targets. */
function slidesOf(m: Model, v: View, inUse: TargetsInUse, lang: Lang, t: I18n['t']): TextSlide[] {
  return [...rankingSlides(m, v, lang), ...targetSlides(m, v, inUse, lang, t)];
}

function targetSlides(model: Model, view: View, inUse: TargetsInUse, lang: Lang, t: I18n['t']): TextSlide[] {
  // The pages whose deck ends with the targets below (they speak for a scope, as the briefing's).
  if (!routes[view.route].ranked) return [];
  const year = view.year ?? latestYear(model);
  const read = year === null ? null : targetLines(model, inUse, view.scope, view.level, year, lang);
  if (!read) return [];
  const n = Math.ceil(read.lines.length / TARGET_LINES_PER_SLIDE);
  const out: TextSlide[] = [];
  for (let i = 0; i < read.lines.length; i += TARGET_LINES_PER_SLIDE) {
    const title = `${t('briefing.h.targets')}${n > 1 ? `（${out.length + 1}/${n}）` : ''}`;
    out.push({ title, paragraphs: [...(i === 0 ? [read.intro] : []), ...read.lines.slice(i, i + TARGET_LINES_PER_SLIDE)] });
  }
  return out;
}

export function ScreenExportMenu({ docInfo }: { docInfo: () => DocInfo }) {
  const { t, lang } = useI18n();
  useSyncExternalStore(subscribe, registryVersion, registryVersion);
  const charts = chartsOnScreen().length;
  const tables = tablesOnScreen().length;
  const [status, setStatus] = useState<Status | null>(null);
  const view = useContext(ViewContext)?.view ?? null;
  const { model } = useDatasetContext();
  const { custom } = useTargetsContext();
  // The targets in use, as the screens check them.
  const targetsInUse = useMemo(() => (model ? effectiveTargets(custom, model.dataset.targets ?? []) : null), [model, custom]);
  // The deck's last slides (how many units miss each target and who, as the Word briefing says
  // it), counted once the menu is about to open: not on the first screen's path.
  const [wanted, setWanted] = useState(false);
  const textSlides = useMemo(
    () => (wanted && model && view && targetsInUse ? slidesOf(model, view, targetsInUse, lang, t) : []),
    [wanted, model, view, targetsInUse, lang, t],
  );

  const download = async (kind: 'zip' | 'pptx') => {
    const info = docInfo();
    setStatus({ text: t('export.working'), error: false, sticky: true });
    try {
      const started = performance.now();
      const [m, dl] = await Promise.all([loadScreen(), import('../download.ts'), whenChartsSettled()]);
      const slides = wanted || !model || !view || !targetsInUse ? textSlides : slidesOf(model, view, targetsInUse, lang, t);
      const file = kind === 'zip' ? await m.screenZip(info) : await m.screenDeck(info, slides);
      const type = kind === 'zip' ? 'application/zip' : 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
      dl.downloadBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type }), file.filename);
      setStatus({ text: t('export.screen.done', { name: file.filename, ms: Math.round(performance.now() - started) }), error: false });
    } catch (err) {
      setStatus({ text: t('export.failed', { reason: errorText(err) }), error: true });
    }
  };

  const briefing = async (whole: boolean) => {
    if (!view || !model) return;
    const info = docInfo();
    setStatus({ text: t('export.working'), error: false, sticky: true });
    try {
      const started = performance.now();
      const [m, dl] = await Promise.all([loadBriefing(), import('../download.ts')]);
      const file = await m.briefingDocx(info, view, model, whole, targetsInUse);
      dl.downloadBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: DOCX }), file.filename);
      setStatus({ text: t('export.screen.done', { name: file.filename, ms: Math.round(performance.now() - started) }), error: false });
    } catch (err) {
      setStatus({ text: t('export.failed', { reason: errorText(err) }), error: true });
    }
  };
  const canBrief = model !== null && view !== null && routes[view.route].briefing !== null;

  const print = async () => {
    await whenChartsSettled();
    const info = docInfo();
    let hash: string | null = null;
    try {
      if (info.datasetRef) hash = await (await loadHash()).datasetHash(info.datasetRef);
    } catch {
      hash = null;
    }
    setPrintFrame(info, hash);
    window.print();
  };

  return (
    <MenuButton
      cls="screen-export"
      buttonClass="btn ghost"
      label={t('export.screen.label')}
      testId="export-screen"
      content={t('export.screen')}
      status={status}
      onStatusExpire={() => setStatus(null)}
      onPreload={() => {
        setWanted(true);
        void loadScreen();
      }}
      items={[
        {
          id: 'zip',
          testId: 'export-screen-zip',
          disabled: charts === 0,
          label: charts === 0 ? t('export.screen.none') : t('export.screen.zip', { n: charts }),
          onSelect: () => void download('zip'),
        },
        {
          id: 'pptx',
          testId: 'export-screen-pptx',
          disabled: charts + tables === 0,
          label: t('export.screen.pptx', { n: charts + tables + textSlides.length + 1 }),
          onSelect: () => void download('pptx'),
        },
        ...(canBrief
          ? [
              { id: 'docx', testId: 'export-screen-docx', label: t('export.screen.docx'), onSelect: () => void briefing(false) },
              { id: 'docx-all', testId: 'export-screen-docx-all', label: t('export.screen.docxAll'), onSelect: () => void briefing(true) },
            ]
          : []),
        { id: 'print', testId: 'export-screen-print', label: t('export.screen.print'), onSelect: () => void print() },
      ]}
    />
  );
}
