/**
 * Writes that cannot be lost, and versions that undo: two writes at once (as from two tabs) are
 * applied one after the other on what the other wrote; each write can add a version snapshot;
 * versions stay within the budget, the oldest dropped first and counted; a dataset IndexedDB
 * refused is listed as unsaved, never as saved.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const db = new Map<string, unknown>();
const failWrites: { error: unknown } = { error: null };

vi.mock('idb-keyval', async () => ({
  createStore: (
    (fake) => () =>
      fake
  )((await import('./fakeIdb.ts')).fakeUseStore(db, failWrites)),
  get: async (k: string) => db.get(k),
  set: async (k: string, v: unknown) => {
    db.set(k, v);
  },
  setMany: async (entries: [string, unknown][]) => {
    for (const [k, v] of entries) db.set(k, v);
  },
  del: async (k: string) => {
    db.delete(k);
  },
}));

const store = {
  ...(await import('../../../src/data/datasetStore.ts')),
  ...(await import('../../../src/data/datasetStoreWrites.ts')),
  ...(await import('../../../src/data/userDatasetList.ts')),
};
const versions = await import('../../../src/data/datasetVersions.ts');

const summary = {
  name: { zh: '杭州市2024年法治建设', en: '杭州市2024年法治建设' },
  region: '杭州市',
  years: [],
  synthetic: false,
  asOf: '2026-12-01',
  units: 14,
  records: 0,
};

beforeEach(() => {
  db.clear();
  failWrites.error = null;
  store.resetSessionMemory();
});

const append = (what: string) => (stored: string | null) => {
  const list = stored ? (JSON.parse(stored) as string[]) : [];
  const text = JSON.stringify([...list, what]);
  return { text, summary, fileName: 'hz.json', versions: [{ draft: { kind: 'import' as const, files: [`${what}.txt`] }, text }] };
};

describe('writes from several tabs', () => {
  it('two adds at once both survive: each runs on what the other wrote', async () => {
    const first = await store.saveUserDataset({ ...summary, fileName: 'hz.json' }, '[]', true, { kind: 'created', files: ['hz.json'] });
    const id = first.entry.id;
    const [a, b] = await Promise.all([
      store.writeUserDataset({ id, activate: true, build: append('tab-a') }),
      store.writeUserDataset({ id, activate: true, build: append('tab-b') }),
    ]);
    expect(a.written && b.written).toBe(true);
    store.resetSessionMemory();
    expect(JSON.parse((await store.loadUserDatasetText(id)) ?? '[]')).toEqual(['tab-a', 'tab-b']);
    // Three versions: created, then each add, every one restorable.
    const list = await versions.listVersions(id);
    expect(list.map((v) => [v.kind, v.files])).toEqual([
      ['created', ['hz.json']],
      ['import', ['tab-a.txt']],
      ['import', ['tab-b.txt']],
    ]);
    expect(await versions.versionText(id, list[1]?.id ?? '')).toBe('["tab-a"]');
    expect(await versions.versionText(id, list[0]?.id ?? '')).toBe('[]');
  });

  it('an add that finds a conflict aborts without writing anything', async () => {
    const first = await store.saveUserDataset({ ...summary, fileName: 'hz.json' }, '["x"]');
    const out = await store.writeUserDataset({ id: first.entry.id, activate: true, build: () => ({ abort: 'conflict' }) });
    expect(out).toEqual({ written: false, abort: 'conflict' });
    expect(await store.loadUserDatasetText(first.entry.id)).toBe('["x"]');
  });
});

describe('versions within a budget', () => {
  it('keeps at most VERSION_LIMIT, dropping the oldest first and saying how many', async () => {
    const first = await store.saveUserDataset({ ...summary, fileName: 'hz.json' }, '[]', true, { kind: 'created', files: ['hz.json'] });
    let pruned = 0;
    for (let i = 0; i < versions.VERSION_LIMIT + 3; i++) {
      const out = await store.writeUserDataset({ id: first.entry.id, activate: true, build: append(`r${i}`) });
      if (out.written) pruned += out.pruned;
    }
    const list = await versions.listVersions(first.entry.id);
    expect(list).toHaveLength(versions.VERSION_LIMIT);
    expect(pruned).toBe(4);
    expect(list[0]?.files).toEqual(['r3.txt']);
    // The dropped snapshots are gone from storage too.
    const snapshots = [...db.keys()].filter((k) => k.startsWith(`dataset-version-v1:${first.entry.id}:`));
    expect(snapshots).toHaveLength(versions.VERSION_LIMIT);
  });

  it('drops by size too, never the version just made', () => {
    const v = (id: string, bytes: number) => ({ id, at: '', kind: 'import' as const, files: [], bytes });
    const big = versions.VERSION_BYTES / 2 + 1;
    expect(versions.withinBudget([v('a', big), v('b', big)], v('c', 10)).dropped.map((x) => x.id)).toEqual(['a']);
    expect(versions.withinBudget([], v('huge', versions.VERSION_BYTES * 2)).keep.map((x) => x.id)).toEqual(['huge']);
  });
});

describe('a dataset that could not be saved', () => {
  it('is listed as unsaved, every one of them, until a save succeeds', async () => {
    failWrites.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const a = await store.saveUserDataset({ ...summary, fileName: 'a.json' }, '[1]');
    const b = await store.saveUserDataset({ ...summary, name: { zh: '乙', en: '乙' }, fileName: 'b.json' }, '[2]');
    expect(a.result.persisted || b.result.persisted).toBe(false);
    const listed = await store.listUserDatasets();
    expect(listed.map((d) => [d.fileName, d.unsaved])).toEqual([
      ['a.json', true],
      ['b.json', true],
    ]);
    expect([...store.session.unsaved.values()].map((d) => d.fileName)).toEqual(['a.json', 'b.json']);
    // Nothing reached storage: nothing there says it was saved.
    expect(db.get('user-datasets-v1')).toBeUndefined();
    failWrites.error = null;
    const again = await store.saveUserDataset({ ...summary, fileName: 'a.json', id: a.entry.id }, '[1]');
    expect(again.result.persisted).toBe(true);
    expect((await store.listUserDatasets()).map((d) => [d.fileName, d.unsaved])).toEqual([
      ['a.json', undefined],
      ['b.json', true],
    ]);
  });
});
