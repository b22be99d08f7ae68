/**
 * Once per page load, when the first screen is drawn and the page is idle, keeps a picture of it
 * for the next visit (record.ts) — only when what is on screen is what the next visit from the
 * same link and this browser's stored choice will show: the dataset requested (not a fallback
 * after a failure), the active user dataset or the default, the custom targets in use.
 */
import { useEffect, useRef } from 'react';
import { useDatasetContext, type DatasetContextValue } from '../../data/DatasetProvider.tsx';
import { useTargetsContext } from '../../data/TargetsProvider.tsx';
import { defaultSource, sourceKey } from '../../data/sources.ts';
import { readStoredChoice } from '../../data/storedChoice.ts';
import { useI18n } from '../../i18n/index.ts';
import { useLatest } from '../../ui/useLatest.ts';
import { whenScreenDrawn } from './takeover.ts';

function showsStoredChoice(ds: DatasetContextValue, customSavedAt: string | null): boolean {
  if (!ds.shown || !ds.requested || ds.failure || sourceKey(ds.shown) !== sourceKey(ds.requested)) return false;
  const choice = readStoredChoice();
  if (choice.targets === undefined || choice.targets !== customSavedAt) return false;
  if (new URLSearchParams(window.location.search).has('data')) return true;
  if (choice.active === undefined || !ds.config) return false;
  const active = choice.active !== null && ds.userDatasets.some((d) => d.id === choice.active) ? choice.active : null;
  const expected = active !== null ? `upload:${active}` : sourceKey(defaultSource(ds.config, ds.embedded));
  return sourceKey(ds.shown) === expected;
}

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 4000 });
    return () => cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 1500);
  return () => window.clearTimeout(id);
};

export function FirstScreenKeeper() {
  const ds = useDatasetContext();
  const { custom } = useTargetsContext();
  const { t } = useI18n();
  const latest = useLatest({ ds, custom, t });
  const kept = useRef(false);
  const hasData = ds.dataset !== null;

  useEffect(() => {
    const root = document.getElementById('root');
    if (kept.current || !hasData || !root) return undefined;
    let cancelIdle: () => void = () => undefined;
    const cancelDrawn = whenScreenDrawn(root, () => {
      cancelIdle = whenIdle(() => {
        const now = latest.current;
        const dataset = now.ds.dataset;
        if (kept.current) return;
        kept.current = true;
        // For the bench and the tests: whether a picture was kept.
        const done = (detail: { saved: boolean; chars: number }) => performance.mark('fazhi:first-screen-kept', { detail });
        if (!dataset || !showsStoredChoice(now.ds, now.custom?.savedAt ?? null)) {
          done({ saved: false, chars: 0 });
          return;
        }
        const asOf = dataset.meta.asOf;
        void import('./record.ts')
          .then((m) => m.recordFirstScreen({ root, dataset, asOf, mark: now.t('firstScreen.mark', { asOf }) }))
          .catch(() => ({ saved: false, chars: 0 }))
          .then(done);
      });
    });
    return () => {
      cancelDrawn();
      cancelIdle();
    };
  }, [hasData, latest]);
  return null;
}
