import { useDatasetContext } from '../data/DatasetProvider.tsx';
import { useI18n } from '../i18n/index.ts';
import { LoadErrorDetails } from '../ui/LoadError.tsx';
import { RetryCountdown, shortReason } from '../ui/Faults.tsx';
import { StorageNotice } from '../features/datasets/StorageNotice.tsx';

/** The data on screen is a kept copy: since when, why it is not newer, when the page tries again. */
function StaleBanner() {
  const { t, lang } = useI18n();
  const ds = useDatasetContext();
  const f = ds.freshness;
  if (!ds.dataset || !f || (f.state !== 'stale' && f.state !== 'newer')) return null;
  if (f.state === 'newer') {
    return (
      <div className="banner banner-stale" role="status" data-testid="data-newer">
        <div className="banner-body">{t('fault.newer')}</div>
      </div>
    );
  }
  const time = new Date(f.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    hour12: false,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <div className="banner banner-stale" role="status" data-testid="data-stale" data-failure={f.failure.failure.kind}>
      <div className="banner-body">
        <span>{t('fault.stale', { reason: shortReason(f.failure, t), time, asOf: ds.dataset.meta.asOf })}</span>
        <span className="muted">
          <RetryCountdown at={ds.nextTryAt} busy={false} />
        </span>
      </div>
      <div className="banner-actions">
        <button type="button" className="btn ghost" onClick={ds.retry} data-testid="stale-retry">
          {t('fault.tryNow')}
        </button>
      </div>
    </div>
  );
}

/** Explains a refused dataset beside the one still on screen, or a stale copy of it. */
export function DataBanner() {
  const { t, l } = useI18n();
  const ds = useDatasetContext();
  // With no dataset at all the page itself says what failed (ui/Faults.tsx NoData).
  const error = ds.dataset ? ds.failure : null;
  if (!error && !ds.storageWarning) return <StaleBanner />;
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
            <RetryCountdown at={ds.nextTryAt} busy={ds.fetching} />
          </>
        )}
        <StorageNotice />
      </div>
      <div className="banner-actions">
        {error?.retryable && (
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
