/**
 * Why a dataset was not kept in this browser (storage full, or refused), and the way out: the
 * dataset is still on screen, so it can always be downloaded.
 */
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { downloadBlob, safeFilename } from '../../export/download.ts';
import { useDatasetsManagerText } from '../../i18n/datasetsManagerText.ts';
import { useI18n } from '../../i18n/index.ts';

export default function StorageNoticeBody() {
  const { t } = useI18n();
  const tm = useDatasetsManagerText();
  const ds = useDatasetContext();
  const w = ds.storageWarning;
  if (!w) return null;
  const dataset = ds.dataset;
  return (
    <div className="storage-notice" data-testid="storage-warning" data-problem={w.problem}>
      <p>
        {w.problem === 'quota'
          ? tm('ds.storage.quota', { name: w.names.join('”“') })
          : tm('ds.storage.unavailable', { name: w.names.join('”“'), detail: w.detail })}
      </p>
      {dataset && (
        <button
          type="button"
          className="btn"
          onClick={() =>
            downloadBlob(new Blob([JSON.stringify(dataset)], { type: 'application/json' }), safeFilename([dataset.meta.name.zh], 'json'))
          }
          data-testid="storage-download"
        >
          {t('ds.download')}
        </button>
      )}
    </div>
  );
}
