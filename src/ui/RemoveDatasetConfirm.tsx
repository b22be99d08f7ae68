/**
 * Removing one of the user's datasets is never one click: this asks, names it, and offers a last
 * download of its JSON first. Shared by the dataset manager and the import screen.
 */
import { useDatasetContext } from '../data/DatasetProvider.tsx';
import type { StoredDataset } from '../data/datasetStore.ts';
import { downloadBlob, safeFilename } from '../export/download.ts';
import { useI18n } from '../i18n/index.ts';
import { useDatasetsManagerText } from '../i18n/datasetsManagerText.ts';
import './removeDatasetConfirm.css';

/** A user dataset's stored text as a JSON file named after it (checked again when loaded back). */
export async function downloadUserDataset(entry: StoredDataset, textOf: (id: string) => Promise<string | null>): Promise<boolean> {
  const text = await textOf(entry.id);
  if (text === null) return false;
  downloadBlob(new Blob([text], { type: 'application/json' }), safeFilename([entry.name.zh], 'json'));
  return true;
}

export function RemoveDatasetConfirm({ entry, onDone }: { entry: StoredDataset; onDone: () => void }) {
  const { t, l } = useI18n();
  const tm = useDatasetsManagerText();
  const ds = useDatasetContext();
  return (
    <div className="ds-confirm" role="alertdialog" aria-label={tm('ds.remove')} data-testid="remove-confirm">
      <p>{tm('ds.remove.confirm', { name: l(entry.name) })}</p>
      <div className="row">
        <button
          type="button"
          className="btn ghost"
          onClick={() => void downloadUserDataset(entry, ds.datasetText)}
          data-testid="remove-download"
        >
          {t('ds.download')}
        </button>
        <button type="button" className="btn danger" onClick={() => void ds.removeDataset(entry.id).then(onDone)} data-testid="remove-yes">
          {tm('ds.remove.yes')}
        </button>
        <button type="button" className="btn ghost" onClick={onDone} data-testid="remove-cancel">
          {tm('ds.cancel')}
        </button>
      </div>
    </div>
  );
}
