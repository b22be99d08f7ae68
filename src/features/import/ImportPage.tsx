import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import { useMemo, useState } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { useI18n } from '../../i18n/index.ts';
import { FileDrop } from '../../ui/FileDrop.tsx';
import { LoadErrorDetails } from '../../ui/LoadError.tsx';
import { RemoveDatasetConfirm } from '../../ui/RemoveDatasetConfirm.tsx';
import { ReportsSection } from './ReportsSection.tsx';
import { unknownCodes, useRegionTable } from './unknownCodes.ts';
import './import.css';

export default function ImportPage() {
  const { t } = useI18n();
  const ds = useDatasetContext();
  const [loaded, setLoaded] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const table = useRegionTable();
  const unknown = useMemo(() => (table && ds.dataset ? unknownCodes(ds.dataset.units, table) : []), [table, ds.dataset]);
  const shownUser =
    ds.shown?.kind === 'upload' ? ds.userDatasets.find((d) => ds.shown?.kind === 'upload' && d.id === ds.shown.id) : undefined;

  const onFiles = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setLoaded(null);
    if (await ds.uploadFile(file)) setLoaded(file.name);
  };

  return (
    <div className="page import">
      <div className="page-head">
        <h1>{t('import.title')}</h1>
      </div>
      <ReportsSection>
        <section className="panel" aria-labelledby="json-title">
          <h2 id="json-title">{t('import.json.title')}</h2>
          <p>{t('import.json.help')}</p>
          <FileDrop accept=".json,application/json" label={t('import.json.drop')} onFiles={(f) => void onFiles(f)} testId="dataset-file" />
          {ds.uploadFailure && (
            <div className="banner banner-error inline" role="alert" data-testid="upload-error">
              <strong>{t('error.title')}</strong>
              <LoadErrorDetails error={ds.uploadFailure} />
            </div>
          )}
          {loaded && ds.dataset && ds.shown?.kind === 'upload' && (
            <p className="success" role="status" data-testid="upload-ok">
              {t('import.json.loaded', { name: loaded, units: ds.dataset.units.length, records: ds.dataset.records.length })}
            </p>
          )}
          {table && unknown.length > 0 && (
            <p className="note-warn" role="status" data-testid="unknown-codes">
              {t('import.codes.unknown', {
                n: unknown.length,
                source: table.source,
                list: unknown
                  .slice(0, 12)
                  .map((u) => `${u.code} ${u.name}`)
                  .join('、')
                  .concat(unknown.length > 12 ? '…' : ''),
              })}
            </p>
          )}
          {shownUser && confirmRemove && <RemoveDatasetConfirm entry={shownUser} onDone={() => setConfirmRemove(false)} />}
          <div className="row">
            {shownUser && !confirmRemove && (
              <button type="button" className="btn" onClick={() => setConfirmRemove(true)} data-testid="remove-upload">
                {t('source.removeUpload')}（{shownUser.fileName}）
              </button>
            )}
            <a className="btn ghost" href="schema/dataset.v1.schema.json" download>
              {t('import.json.schema')}
            </a>
          </div>
        </section>
      </ReportsSection>
    </div>
  );
}
