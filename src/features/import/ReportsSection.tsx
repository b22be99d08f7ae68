/**
 * Reports and fill-in templates into the dataset: drop files, review what was extracted, add the
 * accepted figures to the dataset on screen (through the provider's upload path, so the merged
 * dataset is kept in IndexedDB and shown everywhere).
 */
import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { loadRegionTable } from '../../data/regionTable.ts';
import { preloadDatasetWrites } from '../../data/useUserDatasets.ts';
import type { Dataset } from '../../contract/schema.ts';
import { defaultIndicators } from '../../domain/catalogue.ts';
import { downloadBlob, safeFilename } from '../../export/download.ts';
import { useI18n } from '../../i18n/index.ts';
import { useScanText } from '../../i18n/scanText.ts';
import { FileDrop } from '../../ui/FileDrop.tsx';
import { FailureList, REFUSED } from './FailureList.tsx';
import { documentOnly, notReady } from './merge.ts';
import { MergeBar, useMergePlan } from './MergeBar.tsx';
import { ACCEPT, batchesOf, processFile, processImages, type ProcessContext } from './process.ts';
import { countsOf, newId } from './review.ts';
import { takeInterrupted } from './readGuard.ts';
import { ReadingProgress } from './ReadingProgress.tsx';
import type { ScanProgress } from './scanRead.ts';
import { ScanStatus } from './ScanStatus.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import type { FileFailure, ReviewItem } from './types.ts';
import { useReview } from './useReview.ts';
import { useLatest } from '../../ui/useLatest.ts';
import { requestNewDataset } from '../../ui/datasetManagerRequest.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The document an item repeats (by content, whatever its name or format): one in the dataset, or
 * another file under review. A template's rows share their file's hash and never repeat each other.
 */
function duplicateOf(item: ReviewItem, others: readonly ReviewItem[], dataset: Dataset | null): { duplicateOf?: string } {
  const hash = item.contentHash;
  if (!hash) return {};
  const inDataset = (dataset?.documents ?? []).find((d) => d.contentHash === hash);
  if (inDataset) return { duplicateOf: inDataset.title };
  const underReview = others.find((o) => o.contentHash === hash && o.doc !== item.doc);
  return underReview ? { duplicateOf: underReview.file } : {};
}

/** `children`: the dataset-JSON panel, shown beside the reports panel. */
export function ReportsSection({ children }: { children?: ReactNode }) {
  const { t, l } = useI18n();
  const scanT = useScanText();
  const ds = useDatasetContext();
  const { state, dispatch, loaded, otherTab } = useReview();
  const stateRef = useLatest(state);
  const [progress, setProgress] = useState<{ n: number; total: number; file: string } | null>(null);
  const [summary, setSummary] = useState<{ files: number; items: number; refused: number; failed: number; repeated: number } | null>(null);
  const reading = useRef<AbortController | null>(null);
  const [scanning, setScanning] = useState<ScanProgress | null>(null);
  const cancelScan = useRef<AbortController | null>(null);
  const [templateYear, setTemplateYear] = useState<string>('');
  useEffect(() => {
    // Both are needed once files are dropped: start loading them while the user picks files.
    preloadDatasetWrites();
    void loadRegionTable().catch(() => null);
  }, []);
  useEffect(() => {
    // A reading the page never finished (a crash, a close): said once (after the stored review is
    // back, which would replace it), and that file is not read again.
    if (!loaded) return;
    const interrupted = takeInterrupted().map((m): FileFailure => ({
      id: newId('x'),
      file: m.name,
      code: 'interrupted',
      params: { size: Math.round((m.size / 1048576) * 10) / 10 },
    }));
    if (interrupted.length) dispatch({ type: 'add', items: [], failures: interrupted });
  }, [loaded, dispatch]);
  // Leaving the screen stops a reading in progress.
  useEffect(() => () => reading.current?.abort(), []);

  const dataset = ds.dataset;
  const indicators = dataset?.indicators ?? defaultIndicators;
  const latestYear = ds.model?.years[ds.model.years.length - 1] ?? new Date().getFullYear() - 1;
  const label = (id: string) => indicators.find((i) => i.id === id)?.label.zh ?? id;

  const onFiles = async (files: File[]) => {
    setSummary(null);
    const ctx: ProcessContext = {
      dataset,
      // A new file's document id must differ from those under review and those in the dataset.
      takenDocs: new Set([
        ...stateRef.current.items.filter((i) => !i.addedAt).map((i) => i.doc),
        ...(dataset?.documents ?? []).map((d) => d.id),
      ]),
      label,
      // Without the table a report is still matched among the dataset's units.
      regions: await loadRegionTable().catch(() => null),
    };
    let items = 0;
    let failed = 0;
    let refused = 0;
    let repeated = 0;
    reading.current?.abort();
    const all = new AbortController();
    reading.current = all;
    const ocr = { used: false };
    const batches = batchesOf(files);
    for (let k = 0; k < batches.length; k++) {
      const batch = batches[k];
      if (!batch) continue;
      const name = Array.isArray(batch) ? (batch[0]?.name ?? '') : batch.name;
      setProgress({ n: k + 1, total: batches.length, file: name });
      // Each file can be stopped on its own while OCR reads it; the rest of the batch goes on.
      const stop = new AbortController();
      cancelScan.current = stop;
      ctx.scan = {
        signal: stop.signal,
        onProgress: (p) => {
          ocr.used = true;
          setScanning(p);
        },
      };
      const out = all.signal.aborted
        ? { failure: { id: newId('x'), file: name, code: 'cancelled' as const } }
        : Array.isArray(batch)
          ? await processImages(batch, ctx)
          : await processFile(batch, ctx, all.signal);
      cancelScan.current = null;
      setScanning(null);
      if (out.failure) {
        if (REFUSED.has(out.failure.code)) refused += 1;
        else failed += 1;
        dispatch({ type: 'add', items: [], failures: [out.failure] });
        continue;
      }
      repeated += out.repeated ?? 0;
      const fresh: ReviewItem[] = [];
      for (const it of out.items) {
        const same = stateRef.current.items.find((x) => !x.addedAt && x.file === it.file && x.text === it.text);
        if (same) dispatch({ type: 'select', id: same.id });
        else fresh.push({ ...it, createdAt: Date.now(), ...duplicateOf(it, [...stateRef.current.items, ...fresh], dataset) });
      }
      items += out.items.length;
      if (fresh.length) dispatch({ type: 'add', items: fresh, failures: [] as FileFailure[] });
    }
    if (reading.current === all) reading.current = null;
    // The OCR engine holds ~100 MB of WebAssembly memory: let it go once the batch is read.
    if (ocr.used) void import('./scanRead.ts').then((m) => m.releaseOcr());
    setProgress(null);
    setSummary({ files: files.length, items, refused, failed, repeated });
    // A clean batch: bring the review into view (a batch with failures keeps them in view).
    if (failed === 0 && refused === 0 && items > 0) {
      requestAnimationFrame(() => {
        const el = document.getElementById('review-title');
        if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start', behavior: 'smooth' });
      });
    }
  };

  const selected = state.items.find((i) => i.id === state.selected) ?? state.items[0] ?? null;
  const merge = useMergePlan(state);

  const onTemplate = async () => {
    if (!dataset) return;
    const y = Number(templateYear || latestYear);
    const year = Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : latestYear;
    const { buildTemplate } = await import('../../extract/template.ts');
    const bytes = buildTemplate(dataset, { year });
    downloadBlob(new Blob([bytes], { type: XLSX_MIME }), safeFilename(['填报模板', dataset.meta.name.zh, String(year)], 'xlsx'));
  };

  const templateRows = useMemo(
    () => (dataset ? dataset.units.filter((u) => u.level !== 'province' && u.code.charAt(4) !== '7').length : 0),
    [dataset],
  );

  return (
    <>
      <div className="import-top">
        <section className="panel" aria-labelledby="reports-title">
          <h2 id="reports-title">{t('import.rep.title')}</h2>
          {dataset && (
            <div className="import-target" data-testid="import-target" data-kind={ds.shown?.kind ?? ''}>
              <p>
                <strong>{t('import.target', { name: l(dataset.meta.name) })}</strong>
              </p>
              {ds.shown?.kind !== 'upload' && (
                <p className={dataset.meta.synthetic ? 'note-warn' : 'muted'} data-testid="import-target-note">
                  {dataset.meta.synthetic ? t('import.target.demo') : t('import.target.copy')}{' '}
                  <button type="button" className="btn" onClick={requestNewDataset} data-testid="import-new-dataset">
                    {t('import.target.new')}
                  </button>
                </p>
              )}
            </div>
          )}
          <p>{scanT('scan.help')}</p>
          <FileDrop accept={ACCEPT} label={t('import.rep.drop')} multiple onFiles={(f) => void onFiles(f)} testId="report-files" />
          {!loaded && <p className="muted">{t('common.loading')}</p>}
          {progress && <ReadingProgress progress={progress} onCancel={() => reading.current?.abort()} />}
          {scanning && <ScanStatus progress={scanning} onCancel={() => cancelScan.current?.abort()} />}
          {summary && !progress && (
            <p className="muted" role="status" data-testid="import-summary">
              {t('import.rep.done', summary)}
              {summary.repeated > 0 && <> {t('import.rep.repeated', { n: summary.repeated })}</>}
            </p>
          )}
          <FailureList failures={state.failures} dispatch={dispatch} label={(id) => l(indicators.find((i) => i.id === id)?.label) || id} />
          <div className="template-box">
            <div>
              <h3>{t('import.tpl.title')}</h3>
              <p className="muted">
                {dataset && `${t('import.tpl.for', { name: l(dataset.meta.name) })} `}
                {t('import.tpl.help', { units: templateRows, indicators: indicators.length })}
              </p>
            </div>
            <div className="template-actions">
              <label className="field">
                {t('import.tpl.year')}
                <input
                  type="text"
                  inputMode="numeric"
                  maxLength={4}
                  className="year-input"
                  value={templateYear || String(latestYear)}
                  onChange={(e) => setTemplateYear(e.target.value.replace(/\D/g, '').slice(0, 4))}
                  data-testid="template-year"
                />
              </label>
              <button type="button" className="btn" disabled={!dataset} onClick={() => void onTemplate()} data-testid="template-download">
                {t('import.tpl.download')}
              </button>
            </div>
          </div>
        </section>
        {children}
      </div>

      {state.items.length > 0 && (
        <section className="panel review" aria-labelledby="review-title" data-testid="review">
          <div className="panel-head">
            <h2 id="review-title">{t('import.review.title')}</h2>
          </div>
          <div className="review-layout">
            <nav className="review-list" aria-label={t('import.review.list')}>
              <ul>
                {state.items.map((item) => {
                  const c = countsOf(item);
                  const why = notReady(item);
                  const status = why ?? (documentOnly(item) ? 'document' : 'ready');
                  return (
                    <li key={item.id}>
                      <button
                        type="button"
                        className={item.id === selected?.id ? 'review-item active' : 'review-item'}
                        aria-current={item.id === selected?.id}
                        onClick={() => dispatch({ type: 'select', id: item.id })}
                        data-testid="review-item"
                        data-file={item.file}
                        data-status={status}
                      >
                        <span className="review-item-file">{item.file}</span>
                        <span className="review-item-unit">
                          {item.unitName || item.detected?.region || '—'} · {item.year ?? '—'}
                        </span>
                        <span className="review-item-meta">
                          <span className={`tag status-${status}`}>{t(`import.review.status.${status}`)}</span>
                          <span className="muted">
                            {t('import.review.counts', { accepted: c.accepted, pending: c.pending, rejected: c.rejected })}
                          </span>
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </nav>
            {selected && (
              <ReviewPanel
                key={selected.id}
                item={selected}
                dataset={dataset}
                indicators={indicators}
                dispatch={dispatch}
                plan={merge.plan}
                changedElsewhere={otherTab === selected.id}
                siblings={state.items.filter((i) => i.doc === selected.doc && i.id !== selected.id && !i.addedAt).length}
              />
            )}
          </div>
          <MergeBar state={state} dispatch={dispatch} merge={merge} />
        </section>
      )}
    </>
  );
}
