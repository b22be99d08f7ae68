/**
 * Why a dataset was not kept in this browser, and its download: shown only after a failed save,
 * so its body (and its strings) load only then.
 */
import { lazy, Suspense } from 'react';
import { useDatasetContext } from '../../data/DatasetProvider.tsx';

const Body = lazy(() => import('./StorageNoticeBody.tsx'));

export function StorageNotice() {
  const ds = useDatasetContext();
  if (!ds.storageWarning) return null;
  return (
    <Suspense fallback={null}>
      <Body />
    </Suspense>
  );
}
