/**
 * A user dataset's versions, newest first: when, from which files, what each changed (values,
 * quotes, weaknesses, documents; the conflicts it decided), and for each a restore (itself a new
 * version) and a download. The budget is stated.
 */
import { useEffect, useState } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import type { StoredDataset } from '../../data/datasetStore.ts';
import { listVersions, VERSION_BYTES, VERSION_LIMIT, versionText, type DatasetVersion } from '../../data/datasetVersions.ts';
import { defaultIndicators } from '../../domain/catalogue.ts';
import { downloadBlob, safeFilename } from '../../export/download.ts';
import { useDatasetsManagerText } from '../../i18n/datasetsManagerText.ts';
import { formatNumber, useI18n } from '../../i18n/index.ts';
import { domainLabel, scopeLabel } from '../../i18n/labels.ts';

function useWhen(): (iso: string) => string {
  const { lang } = useI18n();
  return (iso) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium' });
}

function Changes({ v }: { v: DatasetVersion }) {
  const { t, l, lang } = useI18n();
  const tm = useDatasetsManagerText();
  const ds = useDatasetContext();
  const indicators = ds.dataset?.indicators ?? defaultIndicators;
  const label = (c: { indicator: string; domain?: string; scope?: string }) => {
    const ind = indicators.find((i) => i.id === c.indicator);
    const name = ind ? l(ind.label) : c.indicator;
    return c.domain ? `${name}（${domainLabel(t, c.domain)}）` : c.scope ? `${name}（${scopeLabel(t, c.scope)}）` : name;
  };
  const num = (x: number | null) => (x === null ? '—' : formatNumber(x, lang, 4));
  const diff = v.diff;
  return (
    <div className="ds-version-changes" data-testid="version-changes">
      {v.conflicts && v.conflicts.length > 0 && (
        <ul>
          {v.conflicts.map((c, i) => (
            <li key={`c${i}`} data-testid="version-conflict">
              {tm('ds.versions.conflict', {
                unit: c.name ?? c.unit,
                year: c.year,
                indicator: label(c),
                kept: num(c.kept),
                dropped: c.dropped.map((d) => `${num(d.value)}（${d.sources.join('；')}）`).join('、'),
              })}
            </li>
          ))}
        </ul>
      )}
      {diff && (
        <ul>
          {diff.figures.map((f, i) => (
            <li key={i} data-testid="version-change">
              {tm('ds.versions.change', { unit: f.name, year: f.year, indicator: label(f), before: num(f.before), after: num(f.after) })}
            </li>
          ))}
          {diff.figuresTotal > diff.figures.length && <li>{tm('ds.versions.more', { n: diff.figuresTotal - diff.figures.length })}</li>}
          {diff.documentsAdded.length > 0 && <li>{tm('ds.versions.docs', { titles: diff.documentsAdded.join('；') })}</li>}
        </ul>
      )}
    </div>
  );
}

export function VersionList({ entry }: { entry: StoredDataset }) {
  const tm = useDatasetsManagerText();
  const { l, lang } = useI18n();
  const ds = useDatasetContext();
  const when = useWhen();
  const sep = lang === 'zh' ? '、' : ', ';
  const [list, setList] = useState<DatasetVersion[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    void listVersions(entry.id).then((v) => live && setList(v));
    return () => {
      live = false;
    };
    // A new save (another add, a restore, another tab) lists again.
  }, [entry.id, entry.savedAt]);

  const restore = async (v: DatasetVersion) => {
    setStatus(null);
    const ok = await ds.restoreVersion(entry.id, v);
    setStatus(ok ? { ok, text: tm('ds.versions.restored', { at: when(v.at) }) } : { ok, text: tm('ds.versions.restoreFailed') });
  };
  const download = async (v: DatasetVersion) => {
    const text = await versionText(entry.id, v.id);
    if (text === null) return;
    const stamp = v.at.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    downloadBlob(new Blob([text], { type: 'application/json' }), safeFilename([entry.fileName.replace(/\.json$/i, ''), stamp], 'json'));
  };

  const newest = [...(list ?? [])].reverse();
  return (
    <section className="ds-versions" aria-label={tm('ds.versions.title', { name: l(entry.name) })} data-testid="versions">
      <h4>{tm('ds.versions.title', { name: l(entry.name) })}</h4>
      <p className="muted">{tm('ds.versions.budget', { limit: VERSION_LIMIT, mb: VERSION_BYTES / 1048576 })}</p>
      {status && (
        <p className={status.ok ? 'success' : 'note-warn'} role="status" data-testid="version-status">
          {status.text}
        </p>
      )}
      {list !== null && list.length === 0 && <p className="muted">{tm('ds.versions.none')}</p>}
      {newest.length > 0 && (
        <table className="ds-table ds-version-table">
          <thead>
            <tr>
              <th scope="col">{tm('ds.versions.col.at')}</th>
              <th scope="col">{tm('ds.versions.col.what')}</th>
              <th scope="col">{tm('ds.versions.col.changes')}</th>
              <th scope="col">{tm('ds.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {newest.map((v, i) => {
              const d = v.diff;
              return (
                <tr key={v.id} data-testid="version" data-kind={v.kind}>
                  <td className="ds-version-at">{when(v.at)}</td>
                  <td>
                    {v.kind === 'import'
                      ? tm('ds.versions.kind.import', { files: v.files.join(sep) })
                      : v.kind === 'restore'
                        ? tm('ds.versions.kind.restore', { at: v.restoredFrom ? when(v.restoredFrom) : '—' })
                        : tm('ds.versions.kind.created')}
                    {i === 0 && <span className="tag">{tm('ds.versions.current')}</span>}
                  </td>
                  <td>
                    {v.counts && <div>{tm('ds.versions.counts', v.counts)}</div>}
                    {d && (
                      <div className="muted">
                        {tm('ds.versions.diff', {
                          figures: d.figuresTotal,
                          qa: d.quotesAdded,
                          qr: d.quotesRemoved,
                          wa: d.weaknessesAdded,
                          wr: d.weaknessesRemoved,
                          da: d.documentsAdded.length,
                          dr: d.documentsRemoved.length,
                          ua: d.unitsAdded.length,
                        })}
                      </div>
                    )}
                    {open === v.id && <Changes v={v} />}
                  </td>
                  <td>
                    <div className="row">
                      {(d || v.conflicts) && (
                        <button
                          type="button"
                          className="btn ghost"
                          aria-expanded={open === v.id}
                          onClick={() => setOpen(open === v.id ? null : v.id)}
                          data-testid="version-show"
                        >
                          {open === v.id ? tm('ds.versions.hide') : tm('ds.versions.show')}
                        </button>
                      )}
                      {i > 0 && (
                        <button type="button" className="btn" onClick={() => void restore(v)} data-testid="version-restore">
                          {tm('ds.versions.restore')}
                        </button>
                      )}
                      <button type="button" className="btn ghost" onClick={() => void download(v)} data-testid="version-download">
                        {tm('ds.versions.download')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
