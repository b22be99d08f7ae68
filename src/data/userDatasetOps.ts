/**
 * What adding, filling, renaming and removing one of the user's datasets does: write it to
 * IndexedDB, put it straight into the query cache (no re-read), select it, and tell the app's
 * other tabs. Loaded with the first such action (useUserDatasets.ts), not with the first screen.
 */
import type { QueryClient } from '@tanstack/react-query';
import { bootQueryOptions, setPageDataParam, type Boot, type Selection } from './boot.ts';
import { summarizeDataset } from './datasetSummary.ts';
import { loadUserDatasetText, type StoredDataset } from './datasetStore.ts';
import { removeUserDataset, saveUserDataset } from './datasetStoreWrites.ts';
import { decodeDataset, MAX_DATASET_MB } from './decode.ts';
import { DatasetLoadError } from './errors.ts';
import { datasetQueryOptions } from './fetchDataset.ts';
import type { Dataset } from './schema.ts';
import type { DataSource } from './sources.ts';
import type { SaveOptions, StorageWarning } from './useUserDatasets.ts';

export const CHANNEL = 'fazhi-user-datasets';

export interface OpsContext {
  queryClient: QueryClient;
  baseUrl: string;
  shown: DataSource | null;
  select: (s: Selection) => void;
  forget: (s: DataSource) => void;
  setUploadFailure: (e: DatasetLoadError | null) => void;
  setStorageWarning: (w: StorageWarning | null) => void;
}

function announce(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage('changed');
  ch.close();
}

const patchBoot = (ctx: OpsContext, fn: (b: Boot) => Boot): void => {
  ctx.queryClient.setQueryData(bootQueryOptions(ctx.baseUrl).queryKey, (b) => (b ? fn(b) : b));
};

const entryOf = (ctx: OpsContext, id: string): StoredDataset | undefined =>
  ctx.queryClient.getQueryData(bootQueryOptions(ctx.baseUrl).queryKey)?.userDatasets.find((d) => d.id === id);

async function keep(
  ctx: OpsContext,
  text: string,
  dataset: Dataset,
  fileName: string,
  opts: { replace?: string; activate?: boolean } = {},
): Promise<StoredDataset> {
  const activate = opts.activate ?? true;
  const { entry, result } = await saveUserDataset(
    { ...summarizeDataset(dataset), fileName, ...(opts.replace ? { id: opts.replace } : {}) },
    text,
    activate,
  );
  ctx.setStorageWarning(result.persisted ? null : { problem: result.problem, detail: result.detail, name: fileName });
  const source: DataSource = { kind: 'upload', id: entry.id, name: entry.fileName };
  ctx.queryClient.setQueryData(datasetQueryOptions(source, ctx.baseUrl).queryKey, dataset);
  patchBoot(ctx, (b) => {
    const at = b.userDatasets.findIndex((d) => d.id === entry.id);
    const list = at >= 0 ? b.userDatasets.map((d, i) => (i === at ? entry : d)) : [...b.userDatasets, entry];
    return { ...b, userDatasets: list, activeUser: activate ? entry.id : b.activeUser };
  });
  if (activate) {
    setPageDataParam(null);
    ctx.select({ kind: 'user', id: entry.id });
  }
  announce();
  return entry;
}

const failureOf = (err: unknown, name: string): DatasetLoadError =>
  err instanceof DatasetLoadError ? err : new DatasetLoadError({ kind: 'not_json', detail: String(err) }, name);

export async function uploadFile(ctx: OpsContext, file: File): Promise<boolean> {
  ctx.setUploadFailure(null);
  try {
    if (file.size > MAX_DATASET_MB * 1024 * 1024) {
      throw new DatasetLoadError({ kind: 'too_large', sizeMb: Math.round(file.size / 1048576), maxMb: MAX_DATASET_MB }, file.name);
    }
    const text = await file.text();
    await keep(ctx, text, decodeDataset(text, file.name), file.name);
    return true;
  } catch (err) {
    ctx.setUploadFailure(failureOf(err, file.name));
    return false;
  }
}

export async function saveDataset(ctx: OpsContext, dataset: Dataset, opts: SaveOptions = {}): Promise<StoredDataset | null> {
  const text = JSON.stringify(dataset);
  const name = opts.fileName ?? `${dataset.meta.id}.json`;
  try {
    // Checked as a dropped file is: what is kept must load again.
    return await keep(ctx, text, decodeDataset(text, name), name, opts.replace ? { replace: opts.replace } : {});
  } catch (err) {
    ctx.setUploadFailure(failureOf(err, name));
    return null;
  }
}

export async function renameDataset(ctx: OpsContext, id: string, name: string): Promise<boolean> {
  const entry = entryOf(ctx, id);
  const text = await loadUserDatasetText(id);
  const trimmed = name.trim();
  if (!entry || text === null || trimmed === '') return false;
  const ds = decodeDataset(text, entry.fileName);
  // The name is in the dataset itself, so a download carries it.
  const renamed: Dataset = { ...ds, meta: { ...ds.meta, name: { zh: trimmed, en: trimmed } } };
  await keep(ctx, JSON.stringify(renamed), renamed, entry.fileName, { replace: id, activate: false });
  return true;
}

export async function removeDataset(ctx: OpsContext, id: string): Promise<void> {
  const entry = entryOf(ctx, id);
  await removeUserDataset(id);
  const source: DataSource = { kind: 'upload', id, name: entry?.fileName ?? id };
  patchBoot(ctx, (b) => ({
    ...b,
    userDatasets: b.userDatasets.filter((d) => d.id !== id),
    activeUser: b.activeUser === id ? null : b.activeUser,
  }));
  ctx.forget(source);
  if (ctx.shown?.kind === 'upload' && ctx.shown.id === id) ctx.select({ kind: 'default' });
  ctx.queryClient.removeQueries({ queryKey: datasetQueryOptions(source, ctx.baseUrl).queryKey });
  announce();
}
