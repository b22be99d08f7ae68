/**
 * A scan being read by OCR: which page, how far, and a button that stops it. Shown under the drop
 * zone; the rest of the screen stays in use while it runs (the OCR is in its own worker).
 */
import { useScanText } from '../../i18n/scanText.ts';
import type { ScanProgress } from './scanRead.ts';
import './scan.css';

/** How far the whole file is, 0–1: the pages before this one, and this one's share. */
export function scanFraction(p: ScanProgress): number {
  if (p.stage === 'engine') return 0;
  const done = p.page - 1 + (p.stage === 'page' ? p.fraction : 0);
  return Math.max(0, Math.min(1, done / Math.max(1, p.pages)));
}

export function ScanStatus({ progress, onCancel }: { progress: ScanProgress; onCancel: () => void }) {
  const t = useScanText();
  const line =
    progress.stage === 'engine'
      ? t('scan.loading')
      : progress.stage === 'render'
        ? t('scan.render', { file: progress.file, page: progress.page, pages: progress.pages })
        : t('scan.page', { file: progress.file, page: progress.page, pages: progress.pages });
  return (
    <div className="scan-status" data-testid="scan-status" data-stage={progress.stage} data-page={progress.page}>
      <p className="muted" role="status">
        {line}
      </p>
      <div className="scan-status-row">
        <progress max={1} value={scanFraction(progress)} aria-label={line} />
        <button type="button" className="btn ghost" onClick={onCancel} data-testid="scan-cancel">
          {t('scan.cancel')}
        </button>
      </div>
      <p className="muted scan-local">{t('scan.local')}</p>
    </div>
  );
}
