/**
 * Reports and fill-in templates into the dataset: drop files, review what was extracted, add the
 * accepted figures to the dataset on screen (through the provider's upload path, so the merged
 * dataset is kept in IndexedDB and shown everywhere).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { loadRegionTable } from '../../data/regionTable.ts';
import { preloadDatasetWrites } from '../../data/useUserDatasets.ts';
import { SCHEMA_VERSION, type Dataset } from '../../data/schema.ts';
import { parseDataset, type DatasetProblem } from '../../data/validate.ts';
import { defaultIndicators, defaultWeaknessCategories } from '../../domain/catalogue.ts';
import { downloadBlob, safeFilename } from '../../export/download.ts';
import { useI18n } from '../../i18n/index.ts';
import { useScanText } from '../../i18n/scanText.ts';
import { FileDrop } from '../../ui/FileDrop.tsx';
import { problemText } from '../../ui/LoadError.tsx';
import { FailureList } from './FailureList.tsx';
import { mergeIntoDataset, notReady } from './merge.ts';
import { ACCEPT, batchesOf, processFile, processImages, type ProcessContext } from './process.ts';
import type { ScanProgress } from './scanRead.ts';
import { ScanStatus } from './ScanStatus.tsx';
import { countsOf } from './review.ts';
import { ReviewPanel } from './ReviewPanel.tsx';
import type { FileFailure, ReviewItem } from './types.ts';
import { useReview } from './useReview.ts';
import { useLatest } from '../../ui/useLatest.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function emptyDataset(asOf: string): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { id: 'imported', name: { zh: '导入的报告数据', en: 'Imported report data' }, synthetic: false, asOf },
    indicators: defaultIndicators,
    weaknessCategories: defaultWeaknessCategories,
    documents: [],
    units: [],
    records: [],
  };
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface MergeOutcome {
  ok: boolean;
  items: number;
  figures: number;
  created: number;
  replaced: number;
  name: string;
  first?: { unit: string; name: string; year: number };
  problems?: DatasetProblem[];
}

/** `children`: the dataset-JSON panel, shown beside the reports panel. */
export function ReportsSection({ children }: { children?: ReactNode }) {
  const { t, l, lang } = useI18n();
  const scanT = useScanText();
  const ds = useDatasetContext();
  const { state, dispatch, loaded } = useReview();
  const stateRef = useLatest(state);
  const [progress, setProgress] = useState<{ n: number; total: number; file: string } | null>(null);
  const [scanning, setScanning] = useState<ScanProgress | null>(null);
  const cancelScan = useRef<AbortController | null>(null);
  const [summary, setSummary] = useState<{ files: number; items: number; failed: number } | null>(null);
  const [merged, setMerged] = useState<MergeOutcome | null>(null);
  const [templateYear, setTemplateYear] = useState<string>('');
  useEffect(() => {
    // Both are needed once files are dropped: start loading them while the user picks files.
    preloadDatasetWrites();
    void loadRegionTable().catch(() => null);
  }, []);

  const dataset = ds.dataset;
  const indicators = dataset?.indicators ?? defaultIndicators;
  const latestYear = ds.model?.years[ds.model.years.length - 1] ?? new Date().getFullYear() - 1;
  const label = (id: string) => indicators.find((i) => i.id === id)?.label.zh ?? id;

  const onFiles = async (files: File[]) => {
    setSummary(null);
    setMerged(null);
    const ctx: ProcessContext = {
      dataset,
      takenDocs: new Set(stateRef.current.items.filter((i) => !i.addedAt).map((i) => i.doc)),
      label,
      // Without the table a report is still matched among the dataset's units.
      regions: await loadRegionTable().catch(() => null),
    };
    let items = 0;
    let failed = 0;
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
      const out = Array.isArray(batch) ? await processImages(batch, ctx) : await processFile(batch, ctx);
      cancelScan.current = null;
      setScanning(null);
      if (out.failure) {
        failed += 1;
        dispatch({ type: 'add', items: [], failures: [out.failure] });
        continue;
      }
      const fresh: ReviewItem[] = [];
      for (const it of out.items) {
        const same = stateRef.current.items.find((x) => !x.addedAt && x.file === it.file && x.text === it.text);
        if (same) dispatch({ type: 'select', id: same.id });
        else fresh.push(it);
      }
      items += out.items.length;
      if (fresh.length) dispatch({ type: 'add', items: fresh, failures: [] as FileFailure[] });
    }
    // The OCR engine holds ~100 MB of WebAssembly memory: let it go once the batch is read.
    if (ocr.used) void import('./scanRead.ts').then((m) => m.releaseOcr());
    setProgress(null);
    setSummary({ files: files.length, items, failed });
    // A clean batch: bring the review into view (a batch with failures keeps them in view).
    if (failed === 0 && items > 0) {
      requestAnimationFrame(() => {
        const el = document.getElementById('review-title');
        if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start', behavior: 'smooth' });
      });
    }
  };

  const ready = state.items.filter((i) => notReady(i) === null);
  const acceptedCount = ready.reduce(
    (n, i) => n + i.figures.filter((f) => f.decision === 'accepted').length + i.weaknesses.filter((w) => w.decision === 'accepted').length,
    0,
  );
  const pendingLeft = ready.reduce((n, i) => n + countsOf(i).pending, 0);
  const selected = state.items.find((i) => i.id === state.selected) ?? state.items[0] ?? null;

  const onAdd = async () => {
    const base = dataset ?? emptyDataset(today());
    // The user's own dataset is filled in place; an embedded or linked one gets a copy with the figures.
    const own = ds.shown?.kind === 'upload' ? ds.shown.id : undefined;
    const res = mergeIntoDataset(base, ready, { asOf: today(), fillInPlace: own !== undefined });
    const checked = parseDataset(JSON.parse(JSON.stringify(res.dataset)) as unknown);
    const first = ready[0];
    const firstUnit = first ? res.dataset.units.find((u) => u.code === first.unitCode) : undefined;
    const outcome: MergeOutcome = {
      ok: checked.ok,
      items: ready.length,
      figures: acceptedCount,
      created: new Set(ready.map((i) => `${i.unitCode}/${i.year ?? ''}`)).size - res.replaced.length,
      replaced: res.replaced.length,
      name: l(res.dataset.meta.name),
      ...(first && firstUnit && first.year !== null ? { first: { unit: first.unitCode, name: firstUnit.name, year: first.year } } : {}),
      ...(!checked.ok ? { problems: checked.problems } : {}),
    };
    if (!checked.ok) {
      setMerged(outcome);
      return;
    }
    const fileName = own
      ? (ds.userDatasets.find((d) => d.id === own)?.fileName ?? `${res.dataset.meta.id}.json`)
      : `${res.dataset.meta.id}.json`;
    if (await ds.saveDataset(res.dataset, { fileName, ...(own ? { replace: own } : {}) })) {
      dispatch({ type: 'added', items: res.added, at: new Date().toISOString() });
      setMerged(outcome);
    }
  };

  const onDownloadDataset = () => {
    if (!dataset) return;
    downloadBlob(
      new Blob([`${JSON.stringify(dataset, null, 1)}\n`], { type: 'application/json' }),
      safeFilename([dataset.meta.id], 'json'),
    );
  };

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
          <p>{scanT('scan.help')}</p>
          <FileDrop accept={ACCEPT} label={t('import.rep.drop')} multiple onFiles={(f) => void onFiles(f)} testId="report-files" />
          {!loaded && <p className="muted">{t('common.loading')}</p>}
          {progress && (
            <p className="muted" role="status" data-testid="import-progress">
              {t('import.rep.progress', progress)}
            </p>
          )}
          {scanning && <ScanStatus progress={scanning} onCancel={() => cancelScan.current?.abort()} />}
          {summary && !progress && (
            <p className="muted" role="status" data-testid="import-summary">
              {t('import.rep.done', summary)}
            </p>
          )}
          <FailureList failures={state.failures} dispatch={dispatch} />
          <div className="template-box">
            <div>
              <h3>{t('import.tpl.title')}</h3>
              <p className="muted">{t('import.tpl.help', { units: templateRows, indicators: indicators.length })}</p>
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
                  const status = why ?? 'ready';
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
                siblings={state.items.filter((i) => i.doc === selected.doc && i.id !== selected.id && !i.addedAt).length}
              />
            )}
          </div>
          <div className="merge-bar">
            <div className="merge-text">
              <p className="muted">{ready.length > 0 ? t('import.add.note') : t('import.add.none')}</p>
              {pendingLeft > 0 && <p className="note-warn">{t('import.add.pendingLeft', { n: pendingLeft })}</p>}
            </div>
            <div className="merge-actions">
              <button type="button" className="btn" disabled={ready.length === 0} onClick={() => void onAdd()} data-testid="add-to-dataset">
                {t('import.add.button', { items: ready.length, figures: acceptedCount })}
              </button>
              <button type="button" className="btn ghost" disabled={!dataset} onClick={onDownloadDataset} data-testid="download-dataset">
                {t('import.add.download')}
              </button>
              {state.items.some((i) => i.addedAt) && (
                <button type="button" className="btn ghost" onClick={() => dispatch({ type: 'clearAdded' })} data-testid="clear-added">
                  {t('import.add.clear')}
                </button>
              )}
            </div>
          </div>
          {merged && merged.ok && (
            <p className="success" role="status" data-testid="merge-ok">
              {t('import.add.ok', {
                items: merged.items,
                figures: merged.figures,
                created: merged.created,
                replaced: merged.replaced,
                name: merged.name,
              })}{' '}
              {merged.first && (
                <a href={`#/units/${merged.first.unit}?year=${merged.first.year}${lang === 'en' ? '&lang=en' : ''}`}>
                  {t('import.add.view', { unit: merged.first.name, year: merged.first.year })}
                </a>
              )}
            </p>
          )}
          {merged && !merged.ok && (
            <div className="banner banner-error inline" role="alert" data-testid="merge-error">
              <strong>{t('import.add.failed')}</strong>
              <ul className="load-error-problems">
                {(merged.problems ?? []).map((p, i) => (
                  <li key={i}>
                    <code>{p.path}</code> {problemText(p, t)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </>
  );
}
