/**
 * The header's page-export slot. Always there (small, in the initial bundle): it publishes the
 * view's document info to the export registry and keeps the printed pages' running header and
 * footer current, also for a print started from the browser's own menu (Ctrl+P). The menu itself
 * (ScreenExportMenu.tsx) loads just after the page.
 */
import { lazy, Suspense, useEffect } from 'react';
import { watchPrint } from '../../ui/printWatch.ts';
import { setDocSource } from '../registry/registry.ts';
import { useI18n } from '../../i18n/index.ts';
import { hashNow, loadHash } from './loadHash.ts';
import { setPrintFrame } from '../print/printFrame.ts';
import { useDocInfo } from '../registry/useDocInfo.ts';
import { useLatest } from '../../ui/useLatest.ts';

const ScreenExportMenu = lazy(() => import('./ScreenExportMenu.tsx').then((m) => ({ default: m.ScreenExportMenu })));

export function ScreenExport() {
  const { t } = useI18n();
  const docInfo = useDocInfo();
  const infoRef = useLatest(docInfo);

  useEffect(() => setDocSource(() => infoRef.current()), [infoRef]);

  useEffect(() => {
    // The hashing code (not the hash) loads just after the page, so a print can state the hash.
    const idle = window.setTimeout(() => void loadHash().catch(() => undefined), 300);
    const stop = watchPrint(
      () => {
        const info = infoRef.current();
        setPrintFrame(info, hashNow(info));
        document.documentElement.dataset.printing = 'true';
      },
      () => {
        delete document.documentElement.dataset.printing;
      },
    );
    return () => {
      window.clearTimeout(idle);
      stop();
    };
  }, [infoRef]);

  return (
    <Suspense
      fallback={
        <div className="screen-export">
          <button type="button" className="btn ghost" disabled>
            {t('export.screen')}
          </button>
        </div>
      }
    >
      <ScreenExportMenu docInfo={docInfo} />
    </Suspense>
  );
}
