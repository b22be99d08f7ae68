/**
 * The parts of the staffing and aging signals that the weaknesses screen's table and the unit
 * page's history both show: a signal's status tag and the plain-words method note.
 */
import { isMismatch, type SignalStatus } from '../../domain/signals.ts';
import { useI18n } from '../../i18n/index.ts';
import './signals.css';

export function StatusTag({ status }: { status: SignalStatus }) {
  const { t } = useI18n();
  const mark = isMismatch(status) ? '⚠ ' : status === 'both' ? '● ' : '';
  return (
    <span className={`tag sig-status sig-${status}`} data-status={status}>
      {mark}
      {t(`sig.status.${status}`)}
    </span>
  );
}

export function SignalsMethod() {
  const { t } = useI18n();
  return (
    <div className="sig-method">
      <p>{t('sig.method.staffing')}</p>
      <p>{t('sig.method.aging')}</p>
      <p>{t('sig.method.compare')}</p>
    </div>
  );
}
