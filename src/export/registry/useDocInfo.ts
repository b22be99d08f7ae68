/**
 * The document info of the view on screen, read at the moment of export. The app header (always
 * mounted beside the page) also publishes it to the export registry, so a chart's own export
 * menu gets it without reaching for the dataset context itself.
 */
import { useContext } from 'react';
import { ViewContext } from '../../view/ViewContext.ts';
import { useDatasetContext, type DatasetContextValue } from '../../data/DatasetProvider.tsx';
import { useI18n } from '../../i18n/index.ts';
import { collectDocInfo, type DocInfo } from './docInfo.ts';

function useOptionalDataset(): DatasetContextValue | null {
  try {
    return useDatasetContext();
  } catch {
    return null; // A chart rendered outside the app shell (a unit test): exports say less.
  }
}

/** A function that snapshots the document info when called (at the moment of export). */
export function useDocInfo(): () => DocInfo {
  const view = useContext(ViewContext)?.view ?? null;
  const ds = useOptionalDataset();
  const { lang } = useI18n();
  return () => collectDocInfo(view, ds, lang);
}
