/**
 * The wall's word on its data when it is not fresh: why the last update failed (the stale marker
 * above says since when), that its own dataset could not be loaded (another is shown), or that
 * newer data is on its way; and when it tries again by itself.
 */
import { useDatasetContext } from '../../data/DatasetProvider.tsx';
import { useI18n } from '../../i18n/index.ts';
import { RetryCountdown, shortReason } from '../../ui/Faults.tsx';

export function ScreenFault() {
  const { t } = useI18n();
  const ds = useDatasetContext();
  const f = ds.freshness;
  if (f?.state === 'newer') {
    return (
      <span className="scr-data-line" role="status" data-testid="screen-newer">
        {t('fault.newer')}
      </span>
    );
  }
  const error = ds.failure ?? (f?.state === 'stale' ? f.failure : null);
  if (!error) return null;
  return (
    <span className="scr-data-line scr-fault" data-testid="screen-fault" data-failure={error.failure.kind}>
      <span className="scr-stale">{ds.failure ? t('fault.screenFailed', { reason: shortReason(error, t) }) : shortReason(error, t)}</span>
      <RetryCountdown at={ds.nextTryAt} busy={ds.fetching} />
    </span>
  );
}
