/**
 * What adding, filling, renaming and removing one of the user's datasets does: write it to
 * IndexedDB, put it straight into the query cache (no re-read), select it, and tell the app's
 * other tabs. Loaded with the first such action (useUserDatasets.ts), not with the first screen.
 */
import type { QueryClient } from '@tanstack/react-query';
import { bootQueryOptions, setPageDataParam, type Boot, type Selection } from './boot.ts';
import { summarizeDataset } from './datasetSummary.ts';
import { session, storedTextOf, type StoredDataset } from './datasetStore.ts';
import { removeUserDataset, writeUserDataset, type WriteOutcome } from './datasetStoreWrites.ts';
import { versionText, type DatasetVersion, type VersionDraft } from './datasetVersions.ts';
import { diffDatasets } from '../domain/datasetDiff.ts';
import { decodeDataset, MAX_DATASET_MB } from './decode.ts';
import { DatasetLoadError } from './errors.ts';
import { datasetQueryOptions } from './fetchDataset.ts';
import type { Dataset } from '../contract/schema.ts';
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
  /** Versions dropped to stay within the budget (the manager and the import screen say so). */
  setPruned?: (n: number) => void;
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

/** After a write: the storage word (naming every dataset kept for this session only), the caches, the selection, the other tabs. */
function afterWrite(ctx: OpsContext, out: WriteOutcome<unknown> & { written: true }, dataset: Dataset, activate: boolean): StoredDataset {
  const { entry, result } = out;
  const unsaved = [...session.unsaved.values()].map((d) => d.name.zh);
  ctx.setStorageWarning(
    result.persisted
      ? unsaved.length
        ? { problem: 'quota', detail: '', name: unsaved.join('、'), names: unsaved }
        : null
      : { problem: result.problem, detail: result.detail, name: unsaved.join('、'), names: unsaved },
  );
  if (out.pruned > 0) ctx.setPruned?.(out.pruned);
  const source: DataSource = { kind: 'upload', id: entry.id, name: entry.fileName };
  storedTextOf.set(dataset, out.text);
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

async function keep(
  ctx: OpsContext,
  text: string,
  dataset: Dataset,
  fileName: string,
  opts: { replace?: string; activate?: boolean } = {},
): Promise<StoredDataset> {
  const activate = opts.activate ?? true;
  const out = await writeUserDataset<never>({
    ...(opts.replace ? { id: opts.replace } : {}),
    activate,
    build: () => ({
      text,
      summary: summarizeDataset(dataset),
      fileName,
      // A new dataset's first version is the dataset as created or uploaded.
      versions: opts.replace ? [] : [{ draft: { kind: 'created', files: [fileName] }, text }],
    }),
  });
  if (!out.written) throw new Error('unreachable: a plain save never aborts');
  return afterWrite(ctx, out, dataset, activate);
}

/** What an add to a dataset does with the dataset as stored at the moment of writing. */
export type AddBuild<A> = (current: Dataset) => { dataset: Dataset; version: VersionDraft } | { abort: A };

export type AddOutcome<A> =
  { ok: true; entry: StoredDataset; dataset: Dataset; pruned: number } | { ok: false; abort: A } | { ok: false; error: DatasetLoadError };

/**
 * Adds to a user dataset (`target`), or to a copy of `base` (an embedded dataset): `build` runs on
 * the dataset as stored when the write happens (another tab's add included), inside the write's
 * transaction, so two adds at once are applied one after the other, never one over the other.
 */
export async function addToDataset<A>(
  ctx: OpsContext,
  args: { target?: string; base: Dataset; fileName: string; build: AddBuild<A> },
): Promise<AddOutcome<A>> {
  ctx.setUploadFailure(null);
  const made: { dataset: Dataset | null } = { dataset: null };
  try {
    const out = await writeUserDataset<A>({
      ...(args.target ? { id: args.target } : {}),
      activate: true,
      build: (stored) => {
        // Unchanged since this tab read it (no other tab's add between): the dataset in memory is it.
        const current = stored === null || stored === storedTextOf.get(args.base) ? args.base : decodeDataset(stored, args.fileName);
        const next = args.build(current);
        if ('abort' in next) return next;
        const text = JSON.stringify(next.dataset);
        // Checked as a dropped file is: what is kept must load again.
        const checked = decodeDataset(text, args.fileName);
        made.dataset = checked;
        const version = { ...next.version, diff: diffDatasets(current, checked) };
        const baseText = JSON.stringify(args.base);
        return {
          text,
          summary: summarizeDataset(checked),
          fileName: args.fileName,
          // A copy of an embedded dataset starts with the dataset it was copied from, so the first add can be undone too.
          versions:
            stored === null
              ? [
                  { draft: { kind: 'created', files: [args.fileName] }, text: baseText },
                  { draft: version, text },
                ]
              : [{ draft: version, text }],
        };
      },
    });
    if (!out.written) return { ok: false, abort: out.abort };
    const dataset = made.dataset ?? decodeDataset(out.text, args.fileName);
    const entry = afterWrite(ctx, out, dataset, true);
    return { ok: true, entry, dataset, pruned: out.pruned };
  } catch (err) {
    const error = failureOf(err, args.fileName);
    return { ok: false, error };
  }
}

/** The dataset as one of its versions held it (its current name kept), as a new version. */
export async function restoreVersion(ctx: OpsContext, id: string, version: DatasetVersion): Promise<boolean> {
  const entry = entryOf(ctx, id);
  const old = await versionText(id, version.id);
  if (!entry || old === null) return false;
  const made: { dataset: Dataset | null } = { dataset: null };
  const out = await writeUserDataset<null>({
    id,
    activate: false,
    build: (stored) => {
      if (stored === null) return { abort: null };
      const current = decodeDataset(stored, entry.fileName);
      const was = decodeDataset(old, entry.fileName);
      const restored: Dataset = { ...was, meta: { ...was.meta, name: current.meta.name } };
      const text = JSON.stringify(restored);
      made.dataset = restored;
      return {
        text,
        summary: summarizeDataset(restored),
        fileName: entry.fileName,
        versions: [{ draft: { kind: 'restore', files: [], restoredFrom: version.at, diff: diffDatasets(current, restored) }, text }],
      };
    },
  });
  if (!out.written || !made.dataset) return false;
  afterWrite(ctx, out, made.dataset, false);
  return true;
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
  const trimmed = name.trim();
  if (!entry || trimmed === '') return false;
  const made: { dataset: Dataset | null } = { dataset: null };
  // Read and written in one transaction: an add in another tab meanwhile is kept.
  const out = await writeUserDataset<null>({
    id,
    activate: false,
    build: (stored) => {
      if (stored === null) return { abort: null };
      const ds = decodeDataset(stored, entry.fileName);
      // The name is in the dataset itself, so a download carries it.
      const renamed: Dataset = { ...ds, meta: { ...ds.meta, name: { zh: trimmed, en: trimmed } } };
      made.dataset = renamed;
      return { text: JSON.stringify(renamed), summary: summarizeDataset(renamed), fileName: entry.fileName, versions: [] };
    },
  });
  if (!out.written || !made.dataset) return false;
  afterWrite(ctx, out, made.dataset, false);
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
