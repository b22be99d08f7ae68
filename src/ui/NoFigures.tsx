/**
 * A dataset with units but no figures yet (a new region's dataset): what is missing and the next
 * step, instead of an empty screen. The body (and its strings) load only when it is shown.
 */
import { lazy, Suspense } from 'react';
import type { Dataset } from '../contract/schema.ts';
import type { DatasetsManagerKey } from '../i18n/datasetsManagerText.ts';

const Body = lazy(() => import('./NoFiguresBody.tsx'));

/** True when the dataset has no yearly record at all (not merely none in the chosen scope or year). */
export const hasNoFigures = (dataset: Dataset): boolean => dataset.records.length === 0;

export function NoFigures({ dataset, why }: { dataset: Dataset; why?: DatasetsManagerKey }) {
  return (
    <Suspense fallback={null}>
      <Body dataset={dataset} why={why} />
    </Suspense>
  );
}
