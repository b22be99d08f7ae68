/**
 * The list of the user's datasets as the app boots. Apart from datasetStore.ts because it may load
 * the writer (datasetStoreWrites.ts, which imports the store) to move a legacy upload into the
 * list: the store itself never imports its writer.
 */
import { get } from 'idb-keyval';
import { LEGACY, readIndex, session, storeHandle, withUnsaved, type StoredDataset } from './datasetStore.ts';

/**
 * The user's datasets, oldest first. With `migrate`, a legacy upload (the one-slot store of
 * earlier versions) is moved into the list rather than forgotten.
 */
export async function listUserDatasets(migrate = false): Promise<StoredDataset[]> {
  try {
    let index = await readIndex();
    // Only an old browser profile has it: the migration (and the writer) load just then.
    if (migrate && (await get(LEGACY, storeHandle())) !== undefined) {
      index = await (await import('./datasetStoreWrites.ts')).migrateLegacyUpload(index);
    }
    session.index = withUnsaved(index);
    return session.index;
  } catch {
    return session.index ?? [];
  }
}
