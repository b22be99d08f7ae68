import { useDatasetContext } from '../data/DatasetProvider.tsx';
import { useI18n } from '../i18n/index.ts';
import { LoadErrorDetails } from '../ui/LoadError.tsx';
import { StorageNotice } from '../features/datasets/StorageNotice.tsx';

/** Explains a refused dataset beside the one still on screen. */
export function DataBanner() {
  const { t, l } = useI18n();
  const ds = useDatasetContext();
  const error = ds.failure;
  if (!error && !ds.storageWarning) return null;
  const name = ds.dataset ? l(ds.dataset.meta.name) : '';
  const keptDefault = ds.failure !== null && ds.fellBackToDefault;
  return (
    <div className="banner banner-error" role="alert" data-testid="load-error">
      <div className="banner-body">
        {error && (
          <>
            <strong>{t('error.title')}</strong>
            <LoadErrorDetails error={error} />
            {ds.dataset && <p>{keptDefault ? t('error.keptDefault', { name }) : t('error.keptLast', { name })}</p>}
          </>
        )}
        <StorageNotice />
      </div>
      <div className="banner-actions">
        {ds.failure?.retryable && (
          <button type="button" className="btn" onClick={ds.retry}>
            {t('error.retry')}
          </button>
        )}
        <button type="button" className="btn ghost" onClick={ds.dismiss}>
          {t('error.dismiss')}
        </button>
      </div>
    </div>
  );
}
