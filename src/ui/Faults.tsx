/**
 * What the page says when its data is not what it should be: a stale copy (when it was fetched,
 * why it is not newer, when the next try is), no data at all (what failed, where, the next try),
 * and a server that is slow to answer (how long it has been). Never an empty page.
 */
import { useEffect, useState } from 'react';
import type { DatasetLoadError } from '../data/errors.ts';
import { useI18n, type I18n } from '../i18n/index.ts';
import { LoadErrorDetails } from './LoadError.tsx';
import './faults.css';

/** Why, in a few words (the wall's header line). */
export function shortReason(error: DatasetLoadError, t: I18n['t']): string {
  const f = error.failure;
  return t(`fault.reason.${f.kind}`, f.kind === 'http' ? { status: f.status } : {});
}

/** Whole seconds until `at` (ms since epoch), counting down once a second; null without `at`. */
export function useCountdown(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** "25 秒后自动重试" / "正在重试…", or nothing when no try is scheduled. */
export function RetryCountdown({ at, busy }: { at: number | null; busy: boolean }) {
  const { t } = useI18n();
  const s = useCountdown(at);
  if (busy) return <span data-testid="retry-countdown">{t('fault.retrying')}</span>;
  if (s === null) return null;
  return (
    <span data-testid="retry-countdown" data-seconds={s}>
      {s > 0 ? t('fault.retryIn', { s }) : t('fault.retrying')}
    </span>
  );
}

/** Seconds since the component appeared, once a second (from 0). */
function useElapsed(): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.floor((now - start) / 1000);
}

/** "正在载入数据…", and after a few seconds how long the server has kept the page waiting. */
export function Waiting({ className = 'loading' }: { className?: string }) {
  const { t } = useI18n();
  const s = useElapsed();
  return (
    <p className={className} role="status" data-testid="loading">
      {t('common.loading')}
      {s >= 3 && <span className="fault-waited"> {t('fault.waited', { s })}</span>}
    </p>
  );
}

/** The page has no data to show: what failed and where, and when it tries again by itself. */
export function NoData(props: { error: DatasetLoadError | null; nextTryAt: number | null; busy: boolean; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <section className="fault-nodata" role="alert" data-testid="no-data">
      <h2>{t('fault.noData')}</h2>
      {props.error && <LoadErrorDetails error={props.error} />}
      <p className="muted">{t('fault.nothingKept')}</p>
      <p className="fault-next">
        <RetryCountdown at={props.nextTryAt} busy={props.busy} />
        <button type="button" className="btn" onClick={props.onRetry} disabled={props.busy} data-testid="retry-now">
          {t('fault.tryNow')}
        </button>
      </p>
    </section>
  );
}
