/** The file being read, how long it has taken, and a way out: cancel ends the reading at once. */
import '../../i18n/importText.ts'; // this screen's Chinese strings (not in the first screen's JS)
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';

export function ReadingProgress({ progress, onCancel }: { progress: { n: number; total: number; file: string }; onCancel: () => void }) {
  const { t } = useI18n();
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const at = Date.now();
    setStart(at);
    setNow(at);
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [progress.n, progress.file]);
  const s = Math.floor((now - start) / 1000);
  return (
    <p className="muted reading-progress" role="status" data-testid="import-progress">
      <span>{t('import.rep.progress', progress)}</span>
      {s >= 2 && <span data-testid="import-elapsed"> · {t('import.rep.elapsed', { s })}</span>}{' '}
      <button type="button" className="btn ghost small" onClick={onCancel} data-testid="import-cancel">
        {t('import.rep.cancel')}
      </button>
    </p>
  );
}
