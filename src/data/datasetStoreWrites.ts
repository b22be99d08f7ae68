/**
 * Writing the user's datasets (datasetStore.ts reads them): loaded with the first write, so the
 * first screen carries only what it needs to read.
 */
import { del, get, setMany } from 'idb-keyval';
import { summarizeDataset, type DatasetSummary } from './datasetSummary.ts';
import { snapshotKey, versionList, versionsKey, withinBudget, type DatasetVersion, type VersionDraft } from './datasetVersions.ts';
import { transact, type TxPlan } from './storeTx.ts';
import { decodeDataset } from './decode.ts';
import { noteActiveDataset } from './storedChoice.ts';
import {
  ACTIVE,
  INDEX,
  LEGACY,
  session as memory,
  storeHandle,
  textKey,
  withUnsaved,
  type SaveResult,
  type StorageProblem,
  type StoredDataset,
} from './datasetStore.ts';

/** A failed write as the user should hear of it. */
export function storageProblemOf(err: unknown): { problem: StorageProblem; detail: string } {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  const detail = err instanceof DOMException || err instanceof Error ? err.message : String(err);
  // Chromium and Firefox name it QuotaExceededError; old Firefox NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(detail)) {
    return { problem: 'quota', detail };
  }
  return { problem: 'unavailable', detail };
}

let counter = 0;
export function newDatasetId(): string {
  counter += 1;
  return `d${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** What a write made of the stored text: the new text, or a reason to leave it as it is. */
export type Built<A> =
  | {
      text: string;
      summary: DatasetSummary;
      fileName: string;
      /** Versions to add, oldest first, each with its snapshot (the last is usually `text` itself). */
      versions: { draft: VersionDraft; text: string }[];
    }
  | { abort: A };

export type WriteOutcome<A> =
  | { written: false; abort: A }
  | {
      written: true;
      entry: StoredDataset;
      result: SaveResult;
      text: string;
      /** Oldest versions dropped to stay within the budget. */
      pruned: number;
    };

const isEntry = (d: unknown): d is StoredDataset =>
  typeof d === 'object' && d !== null && 'id' in d && typeof d.id === 'string' && 'fileName' in d && typeof d.fileName === 'string';
const isIndex = (x: unknown): StoredDataset[] => {
  const list: unknown[] = Array.isArray(x) ? x : [];
  return list.filter(isEntry);
};

/**
 * Writes a user dataset in one transaction with its index entry, the active pointer and a new
 * version: `build` gets the text stored now (after any other tab's write) and returns the new one.
 * Without `id` a new dataset is added. A write IndexedDB refuses keeps the result in this
 * session's memory, listed as unsaved.
 */
export async function writeUserDataset<A>(args: {
  id?: string;
  activate: boolean;
  build: (stored: string | null) => Built<A>;
}): Promise<WriteOutcome<A>> {
  const id = args.id ?? newDatasetId();
  const { deflateSync, strToU8 } = await import('fflate');
  const at = new Date().toISOString();
  const made: { v: { entry: StoredDataset; text: string } | null } = { v: null };
  const sessionText = args.id ? memory.texts.get(args.id) : undefined;
  const unsavedBefore = args.id !== undefined && memory.unsaved.has(args.id);
  // A dataset IndexedDB never kept is the session's copy.
  const storedOf = (rawText: unknown): string | null =>
    unsavedBefore ? (sessionText ?? null) : typeof rawText === 'string' ? rawText : (sessionText ?? null);
  const prepare = async (stored: string | null): Promise<{ stored: string | null; built: Built<A>; snapshots: Uint8Array[] } | null> => {
    try {
      const built = args.build(stored);
      const snapshots = 'abort' in built ? [] : await Promise.all(built.versions.map((v) => deflateText(v.text)));
      return { stored, built, snapshots };
    } catch {
      // Whatever failed here fails again in the transaction, where it is reported as it always was.
      return null;
    }
  };
  try {
    // Built and deflated before the transaction, off the main thread where it is large (a national
    // dataset's snapshot is ~1 s of deflate): the transaction then only checks that the stored text
    // is still the one this was built on. If another tab wrote in between, it is built again there.
    const early = await prepare(args.id ? storedOf(await readOnce(textKey(id))) : null);
    const out = await transact([INDEX, textKey(id), versionsKey(id)], ([rawIndex, rawText, rawVersions]): TxPlan<WriteOutcome<A>> => {
      const stored = args.id ? storedOf(rawText) : null;
      const same = early !== null && early.stored === stored;
      const built = same ? early.built : args.build(stored);
      if ('abort' in built) return { result: { written: false, abort: built.abort } };
      const entry: StoredDataset = { ...built.summary, fileName: built.fileName, id, savedAt: at, bytes: built.text.length };
      made.v = { entry, text: built.text };
      const index = isIndex(rawIndex);
      const i = index.findIndex((d) => d.id === id);
      const nextIndex = i >= 0 ? index.map((d, k) => (k === i ? entry : d)) : [...index, entry];
      const put: [string, unknown][] = [
        [textKey(id), built.text],
        [INDEX, nextIndex],
      ];
      if (args.activate) put.push([ACTIVE, id]);
      let list = versionList(rawVersions);
      const del: string[] = [];
      let pruned = 0;
      built.versions.forEach(({ draft, text }, k) => {
        // Level 1: a national dataset deflates in under a second (1.7 MB) instead of 1.5 s at level 6 (1.4 MB).
        const snapshot = (same ? early.snapshots[k] : undefined) ?? deflateSync(strToU8(text), { level: 1 });
        const version: DatasetVersion = {
          ...draft,
          id: `v${Date.now().toString(36)}${k}${Math.random().toString(36).slice(2, 6)}`,
          at,
          bytes: snapshot.length,
        };
        const { keep, dropped } = withinBudget(list, version);
        list = keep;
        pruned += dropped.length;
        put.push([snapshotKey(id, version.id), snapshot]);
        for (const v of dropped) {
          // A snapshot written in this same transaction and dropped at once is simply not kept.
          const at2 = put.findIndex(([k2]) => k2 === snapshotKey(id, v.id));
          if (at2 >= 0) put.splice(at2, 1);
          else del.push(snapshotKey(id, v.id));
        }
      });
      if (built.versions.length) put.push([versionsKey(id), list]);
      return { put, del, result: { written: true, entry, result: { persisted: true }, text: built.text, pruned } };
    });
    if (out.written) {
      memory.texts.set(id, out.text);
      memory.unsaved.delete(id);
      memory.index = withUnsaved(put(memory.index ?? [], out.entry));
      if (args.activate) {
        memory.active = id;
        noteActiveDataset(id);
      }
    }
    return out;
  } catch (err) {
    let m = made.v;
    if (!m) {
      // IndexedDB could not even be opened (refused, as in some private windows): build on this
      // session's copy, which then lives for the session only.
      const built = args.build(args.id ? (sessionText ?? null) : null);
      if ('abort' in built) return { written: false, abort: built.abort };
      m = { entry: { ...built.summary, fileName: built.fileName, id, savedAt: at, bytes: built.text.length }, text: built.text };
    }
    // Kept for this session and listed as unsaved, never as saved.
    memory.texts.set(id, m.text);
    memory.unsaved.set(id, { ...m.entry, unsaved: true });
    memory.index = withUnsaved(put(memory.index ?? [], m.entry));
    if (args.activate) memory.active = id;
    return {
      written: true,
      entry: { ...m.entry, unsaved: true },
      result: { persisted: false, ...storageProblemOf(err) },
      text: m.text,
      pruned: 0,
    };
  }
}

const put = (list: StoredDataset[], entry: StoredDataset): StoredDataset[] => {
  const at = list.findIndex((d) => d.id === entry.id);
  return at >= 0 ? list.map((d, i) => (i === at ? entry : d)) : [...list, entry];
};

/** Adds a dataset (no id) or replaces one (its id); it becomes the active one unless `activate` is false. */
export async function saveUserDataset(
  entry: Omit<StoredDataset, 'id' | 'savedAt' | 'bytes'> & { id?: string },
  text: string,
  activate = true,
  version: VersionDraft | null = null,
): Promise<{ entry: StoredDataset; result: SaveResult; pruned: number }> {
  const { id, fileName, ...summary } = entry;
  const out = await writeUserDataset<never>({
    ...(id ? { id } : {}),
    activate,
    build: () => ({ text, summary, fileName, versions: version ? [{ draft: version, text }] : [] }),
  });
  if (!out.written) throw new Error('unreachable: a plain save never aborts');
  return { entry: out.entry, result: out.result, pruned: out.pruned };
}

export async function removeUserDataset(id: string): Promise<void> {
  memory.texts.delete(id);
  memory.unsaved.delete(id);
  memory.index = (memory.index ?? []).filter((d) => d.id !== id);
  if (memory.active === id) memory.active = null;
  try {
    const wasActive = await transact([INDEX, ACTIVE, versionsKey(id)], ([rawIndex, active, rawVersions]) => ({
      put: [[INDEX, isIndex(rawIndex).filter((d) => d.id !== id)], ...(active === id ? [[ACTIVE, null] satisfies [string, null]] : [])],
      del: [textKey(id), versionsKey(id), ...versionList(rawVersions).map((v) => snapshotKey(id, v.id))],
      result: active === id,
    }));
    // The first screen's mirror (storedChoice.ts) stops naming a removed dataset.
    if (wasActive) noteActiveDataset(null);
  } catch {
    /* nothing stored */
  }
}

interface LegacyUpload {
  name: string;
  text: string;
  savedAt?: unknown;
}
const isLegacy = (x: unknown): x is LegacyUpload =>
  typeof x === 'object' && x !== null && 'name' in x && typeof x.name === 'string' && 'text' in x && typeof x.text === 'string';

/** The single upload of earlier versions, moved into the list (and made active) instead of being lost. */
/** The summary of a stored text, or null when it no longer passes the contract. */
export function summarizeText(text: string): DatasetSummary | null {
  try {
    return summarizeDataset(decodeDataset(text, ''));
  } catch {
    return null;
  }
}

export async function migrateLegacyUpload(
  index: StoredDataset[],
  summarize: (text: string) => DatasetSummary | null = summarizeText,
): Promise<StoredDataset[]> {
  const legacy: unknown = await get(LEGACY, storeHandle());
  if (!isLegacy(legacy)) return index;
  const summary = summarize(legacy.text);
  let out = index;
  if (summary) {
    const savedAt = typeof legacy.savedAt === 'string' ? legacy.savedAt : new Date().toISOString();
    const entry: StoredDataset = { ...summary, id: newDatasetId(), fileName: legacy.name, savedAt, bytes: legacy.text.length };
    out = [...index, entry];
    await setMany(
      [
        [textKey(entry.id), legacy.text],
        [INDEX, out],
        [ACTIVE, entry.id],
      ],
      storeHandle(),
    );
    noteActiveDataset(entry.id);
  }
  await del(LEGACY, storeHandle());
  return out;
}

/** One key's value, read in a transaction of its own (undefined when IndexedDB cannot be opened). */
async function readOnce(key: string): Promise<unknown> {
  try {
    return await transact([key], ([v]) => ({ result: v }));
  } catch {
    return undefined;
  }
}

/** Below this a snapshot deflates on the main thread in a few milliseconds; above, in a worker. */
const DEFLATE_IN_WORKER_FROM = 512 * 1024;

/**
 * A version's snapshot: raw DEFLATE at level 1 (a national dataset, 1.7 MB, in under a second),
 * in fflate's worker when large so the page keeps answering; where no worker can start, here.
 */
export async function deflateText(text: string): Promise<Uint8Array> {
  const { deflate, deflateSync, strToU8 } = await import('fflate');
  const bytes = strToU8(text);
  if (bytes.length < DEFLATE_IN_WORKER_FROM || typeof Worker === 'undefined') return deflateSync(bytes, { level: 1 });
  return new Promise((resolve) => {
    try {
      deflate(bytes, { level: 1, consume: true }, (err, out) => resolve(err ? deflateSync(strToU8(text), { level: 1 }) : out));
    } catch {
      resolve(deflateSync(strToU8(text), { level: 1 }));
    }
  });
}
