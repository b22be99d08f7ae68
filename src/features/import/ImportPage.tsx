import { useState } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { useI18n } from '../../i18n/index.ts';
import { FileDrop } from '../../ui/FileDrop.tsx';
import { LoadErrorDetails } from '../../ui/LoadError.tsx';
import { ReportsSection } from './ReportsSection.tsx';
import './import.css';

export default function ImportPage() {
  const { t } = useI18n();
  const ds = useDatasetContext();
  const [loaded, setLoaded] = useState<string | null>(null);

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
          <div className="row">
            {ds.uploadName && (
              <button type="button" className="btn" onClick={() => void ds.removeUpload()} data-testid="remove-upload">
                {t('source.removeUpload')}（{ds.uploadName}）
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
