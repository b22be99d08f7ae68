/**
 * What adding, filling, renaming and removing one of the user's datasets does: write it to
 * IndexedDB, put it straight into the query cache (no re-read), and tell the app's other tabs.
 * Each returns what it wrote; the mutation in useUserDatasets.ts shows it (selection, storage
 * word). Loaded with the first such action, not with the first screen.
 */
import type { QueryClient } from '@tanstack/react-query';
import { bootQueryOptions, type Boot } from './boot.ts';
import { summarizeDataset } from './datasetSummary.ts';
import { session, storedTextOf, type StoredDataset } from './datasetStore.ts';
import { removeUserDataset, writeUserDataset, type WriteOutcome } from './datasetStoreWrites.ts';
import { versionText, type DatasetVersion } from './datasetVersions.ts';
import { diffDatasets } from '../domain/datasetDiff.ts';
import { decodeDataset, MAX_DATASET_MB } from './decode.ts';
import { decodeAnySize } from './decodeAnySize.ts';
import { DatasetLoadError } from './errors.ts';
import { datasetQueryOptions } from './fetchDataset.ts';
import type { Dataset } from '../contract/schema.ts';
import type { DataSource } from './sources.ts';
import type { AddBuild, AddOutcome, SaveOptions, StorageWarning, Written, Wrote } from './userDatasetTypes.ts';

export const CHANNEL = 'fazhi-user-datasets';

/** The query cache a write updates (the boot list, the dataset itself). */
export interface OpsContext {
  queryClient: QueryClient;
  baseUrl: string;
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

/** After a write: the caches, the other tabs; and the storage word (naming every dataset kept for this session only). */
function afterWrite(ctx: OpsContext, out: WriteOutcome<unknown> & { written: true }, dataset: Dataset, activate: boolean): Written {
  const { entry, result } = out;
  const unsaved = [...session.unsaved.values()].map((d) => d.name.zh);
  const storage: StorageWarning | null = result.persisted
    ? unsaved.length
      ? { problem: 'quota', detail: '', name: unsaved.join('、'), names: unsaved }
      : null
    : { problem: result.problem, detail: result.detail, name: unsaved.join('、'), names: unsaved };
  const source: DataSource = { kind: 'upload', id: entry.id, name: entry.fileName };
  storedTextOf.set(dataset, out.text);
  ctx.queryClient.setQueryData(datasetQueryOptions(source, ctx.baseUrl).queryKey, dataset);
  patchBoot(ctx, (b) => {
    const at = b.userDatasets.findIndex((d) => d.id === entry.id);
    const list = at >= 0 ? b.userDatasets.map((d, i) => (i === at ? entry : d)) : [...b.userDatasets, entry];
    return { ...b, userDatasets: list, activeUser: activate ? entry.id : b.activeUser };
  });
  announce();
  return { entry, activate, storage, pruned: out.pruned };
}

async function keep(
  ctx: OpsContext,
  text: string,
  dataset: Dataset,
  fileName: string,
  opts: { replace?: string; activate?: boolean } = {},
): Promise<Written> {
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

/**
 * Adds to a user dataset (`target`), or to a copy of `base` (an embedded dataset): `build` runs on
 * the dataset as stored when the write happens (another tab's add included), inside the write's
 * transaction, so two adds at once are applied one after the other, never one over the other.
 */
export async function addToDataset<A>(
  ctx: OpsContext,
  args: { target?: string; base: Dataset; fileName: string; build: AddBuild<A> },
): Promise<Wrote & { outcome: AddOutcome<A> }> {
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
    if (!out.written) return { outcome: { ok: false, abort: out.abort }, written: null };
    const dataset = made.dataset ?? decodeDataset(out.text, args.fileName);
    const written = afterWrite(ctx, out, dataset, true);
    return { outcome: { ok: true, entry: written.entry, dataset, pruned: out.pruned }, written };
  } catch (err) {
    const error = failureOf(err, args.fileName);
    return { outcome: { ok: false, error }, written: null };
  }
}

/** The dataset as one of its versions held it (its current name kept), as a new version. */
export async function restoreVersion(ctx: OpsContext, id: string, version: DatasetVersion): Promise<Wrote> {
  const entry = entryOf(ctx, id);
  const old = await versionText(id, version.id);
  if (!entry || old === null) return {};
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
  if (!out.written || !made.dataset) return {};
  return { written: afterWrite(ctx, out, made.dataset, false) };
}

const failureOf = (err: unknown, name: string): DatasetLoadError =>
  err instanceof DatasetLoadError ? err : new DatasetLoadError({ kind: 'not_json', detail: String(err) }, name);

/** A dropped file, checked and kept; a refused one is said with why. */
export async function uploadFile(ctx: OpsContext, file: File): Promise<Wrote> {
  try {
    if (file.size > MAX_DATASET_MB * 1024 * 1024) {
      throw new DatasetLoadError({ kind: 'too_large', sizeMb: Math.round(file.size / 1048576), maxMb: MAX_DATASET_MB }, file.name);
    }
    const text = await file.text();
    return { written: await keep(ctx, text, await decodeAnySize(text, file.name), file.name) };
  } catch (err) {
    return { failure: failureOf(err, file.name) };
  }
}

/** A dataset built here, checked as a dropped file is (what is kept must load again). */
export async function saveDataset(ctx: OpsContext, dataset: Dataset, opts: SaveOptions = {}): Promise<Wrote> {
  const text = JSON.stringify(dataset);
  const name = opts.fileName ?? `${dataset.meta.id}.json`;
  try {
    return { written: await keep(ctx, text, decodeDataset(text, name), name, opts.replace ? { replace: opts.replace } : {}) };
  } catch (err) {
    return { failure: failureOf(err, name) };
  }
}

export async function renameDataset(ctx: OpsContext, id: string, name: string): Promise<Wrote> {
  const entry = entryOf(ctx, id);
  const trimmed = name.trim();
  if (!entry || trimmed === '') return {};
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
  if (!out.written || !made.dataset) return {};
  return { written: afterWrite(ctx, out, made.dataset, false) };
}

/** Removes it from storage and the list; the screen then stops showing it. */
export async function removeDataset(ctx: OpsContext, id: string): Promise<Wrote> {
  const entry = entryOf(ctx, id);
  await removeUserDataset(id);
  const source: Extract<DataSource, { kind: 'upload' }> = { kind: 'upload', id, name: entry?.fileName ?? id };
  patchBoot(ctx, (b) => ({
    ...b,
    userDatasets: b.userDatasets.filter((d) => d.id !== id),
    activeUser: b.activeUser === id ? null : b.activeUser,
  }));
  announce();
  return { removed: source };
}
