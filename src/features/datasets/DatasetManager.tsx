/**
 * The datasets side by side: the embedded ones and the user's own, each with its name, region,
 * years, real or synthetic and 'as of'; switch, rename, remove (confirmed, with a last download
 * offered), and a new dataset for a region. Loaded only when opened.
 */
import { useEffect, useRef, useState } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import type { StoredDataset } from '../../data/datasetStore.ts';
import { preloadDatasetWrites } from '../../data/useUserDatasets.ts';
import { datasetRegion } from '../../data/datasetSummary.ts';
import { useI18n } from '../../i18n/index.ts';
import { useDatasetsManagerText } from '../../i18n/datasetsManagerText.ts';
import { downloadUserDataset, RemoveDatasetConfirm } from '../../ui/RemoveDatasetConfirm.tsx';
import { NewDatasetForm } from './NewDatasetForm.tsx';
import { VersionList } from './VersionList.tsx';
import { yearsText } from './yearsText.ts';
import './datasets.css';

function KindTag({ synthetic }: { synthetic: boolean }) {
  const { t } = useI18n();
  return <span className={synthetic ? 'tag tag-synthetic' : 'tag tag-real'}>{synthetic ? t('header.synthetic') : t('header.real')}</span>;
}

function UserRow({ entry, current }: { entry: StoredDataset; current: boolean }) {
  const { t, l } = useI18n();
  const tm = useDatasetsManagerText();
  const ds = useDatasetContext();
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [versions, setVersions] = useState(false);
  const [name, setName] = useState(l(entry.name));
  const download = () => void downloadUserDataset(entry, ds.datasetText);
  return (
    <>
      <tr
        data-testid="user-dataset"
        data-id={entry.id}
        aria-current={current || undefined}
        data-unsaved={entry.unsaved ? 'true' : undefined}
      >
        <td>
          {mode === 'rename' ? (
            <form
              className="ds-inline"
              onSubmit={(e) => {
                e.preventDefault();
                void ds.renameDataset(entry.id, name).then((ok) => ok && setMode('view'));
              }}
            >
              <label className="sr-only" htmlFor={`rename-${entry.id}`}>
                {tm('ds.rename.label')}
              </label>
              <input
                id={`rename-${entry.id}`}
                type="text"
                value={name}
                maxLength={60}
                onChange={(e) => setName(e.target.value)}
                data-testid="rename-input"
              />
              <button type="submit" className="btn" disabled={name.trim() === ''} data-testid="rename-save">
                {tm('ds.rename.save')}
              </button>
              <button type="button" className="btn ghost" onClick={() => setMode('view')}>
                {tm('ds.cancel')}
              </button>
            </form>
          ) : (
            <span className="ds-name" data-testid="user-dataset-name">
              {l(entry.name)}
            </span>
          )}
          {entry.unsaved && (
            <span className="tag tag-unsaved" data-testid="user-dataset-unsaved">
              {tm('ds.unsaved')}
            </span>
          )}
        </td>
        <td>{entry.region}</td>
        <td>{yearsText(entry.years, t)}</td>
        <td>
          <KindTag synthetic={entry.synthetic} />
        </td>
        <td>{entry.asOf}</td>
        <td>
          {mode === 'remove' ? (
            <RemoveDatasetConfirm entry={entry} onDone={() => setMode('view')} />
          ) : (
            <div className="row">
              {current ? (
                <span className="tag">{tm('ds.current')}</span>
              ) : (
                <button type="button" className="btn" onClick={() => ds.chooseUser(entry.id)} data-testid="user-switch">
                  {tm('ds.switch')}
                </button>
              )}
              <button
                type="button"
                className="btn ghost"
                aria-expanded={versions}
                onClick={() => setVersions((v) => !v)}
                data-testid="user-versions"
              >
                {tm('ds.versions')}
              </button>
              <button type="button" className="btn ghost" onClick={() => setMode('rename')} data-testid="user-rename">
                {tm('ds.rename')}
              </button>
              <button type="button" className="btn ghost" onClick={download} data-testid="user-download">
                {t('ds.download')}
              </button>
              <button type="button" className="btn ghost" onClick={() => setMode('remove')} data-testid="user-remove">
                {tm('ds.remove')}
              </button>
            </div>
          )}
        </td>
      </tr>
      {versions && (
        <tr className="ds-versions-row">
          <td colSpan={6}>
            <VersionList entry={entry} />
          </td>
        </tr>
      )}
    </>
  );
}

export default function DatasetManager({ onClose, startNew = false }: { onClose: () => void; startNew?: boolean }) {
  const { t, lang } = useI18n();
  const tm = useDatasetsManagerText();
  const ds = useDatasetContext();
  const [creating, setCreating] = useState(startNew);
  const [created, setCreated] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const shown = ds.shown;

  useEffect(preloadDatasetWrites, []);
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const head = (
    <tr>
      <th scope="col">{tm('ds.col.name')}</th>
      <th scope="col">{tm('ds.col.region')}</th>
      <th scope="col">{tm('ds.col.years')}</th>
      <th scope="col">{tm('ds.col.kind')}</th>
      <th scope="col">{tm('ds.col.asOf')}</th>
      <th scope="col">{tm('ds.col.actions')}</th>
    </tr>
  );
  // The embedded dataset on screen is described by what loaded; the others by their index entry.
  const shownMeta = shown?.kind === 'embedded' ? ds.dataset?.meta : undefined;

  return (
    <div className="ds-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="ds-dialog panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="ds-title"
        tabIndex={-1}
        ref={ref}
        data-testid="datasets-dialog"
      >
        <div className="panel-head">
          <h2 id="ds-title">{tm('ds.manage.title')}</h2>
          <button type="button" className="btn ghost" onClick={onClose} data-testid="datasets-close">
            {t('common.close')}
          </button>
        </div>
        <p className="muted">{tm('ds.manage.help')}</p>

        <h3>{tm('ds.group.embedded')}</h3>
        <table className="ds-table">
          <thead>{head}</thead>
          <tbody>
            {ds.embedded.map((e) => {
              const current = shown?.kind === 'embedded' && shown.id === e.id;
              return (
                <tr key={e.id} data-testid="embedded-dataset" aria-current={current || undefined}>
                  <td>{e.name[lang]}</td>
                  <td>{current && ds.dataset ? datasetRegion(ds.dataset) : '—'}</td>
                  <td>{current && ds.model ? yearsText(ds.model.years, t) : '—'}</td>
                  <td>
                    <KindTag synthetic={e.synthetic} />
                  </td>
                  <td>{current && shownMeta ? shownMeta.asOf : '—'}</td>
                  <td>
                    {current ? (
                      <span className="tag">{tm('ds.current')}</span>
                    ) : (
                      <button type="button" className="btn" onClick={() => ds.chooseEmbedded(e)} data-testid="embedded-switch">
                        {tm('ds.switch')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>

        <div className="ds-user-head">
          <h3>{tm('ds.group.user')}</h3>
          <button
            type="button"
            className="btn"
            onClick={() => setCreating((c) => !c)}
            aria-expanded={creating}
            data-testid="new-dataset-open"
          >
            {tm('ds.new')}
          </button>
        </div>
        {creating && (
          <section className="ds-new-box" aria-label={tm('ds.new.title')}>
            <NewDatasetForm
              onCreated={(name) => {
                setCreating(false);
                setCreated(name);
              }}
            />
          </section>
        )}
        {created && (
          <p className="success" role="status" data-testid="new-created">
            {tm('ds.new.created', { name: created })}
          </p>
        )}
        {ds.userDatasets.length === 0 ? (
          <p className="muted">{tm('ds.none')}</p>
        ) : (
          <table className="ds-table">
            <thead>{head}</thead>
            <tbody>
              {ds.userDatasets.map((d) => (
                <UserRow key={d.id} entry={d} current={shown?.kind === 'upload' && shown.id === d.id} />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
