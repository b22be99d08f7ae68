/**
 * The user's datasets in IndexedDB: several side by side, the active one remembered, a legacy
 * upload kept, and a full quota explained while the dataset stays available for this session.
 * idb-keyval is replaced by an in-memory database whose writes can be made to fail as a full
 * browser store fails (a DOMException named QuotaExceededError).
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
  getMany: async (ks: string[]) => ks.map((k) => db.get(k)),
  set: async (k: string, v: unknown) => {
    if (failWrites.error) throw failWrites.error;
    db.set(k, v);
  },
  setMany: async (entries: [string, unknown][]) => {
    if (failWrites.error) throw failWrites.error;
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
const { translateManager: translate } = await import('../../../src/i18n/datasetsManagerText.ts');

const summary = {
  name: { zh: '淄博市2025年法治建设', en: '淄博市2025年法治建设' },
  region: '淄博市',
  years: [],
  synthetic: false,
  asOf: '2026-12-01',
  units: 10,
  records: 0,
};

beforeEach(() => {
  db.clear();
  failWrites.error = null;
  store.resetSessionMemory();
});

describe('user datasets in IndexedDB', () => {
  it('keeps several side by side, remembers the active one, removes one without touching the other', async () => {
    const a = await store.saveUserDataset({ ...summary, fileName: 'a.json' }, '{"a":1}');
    const b = await store.saveUserDataset({ ...summary, name: { zh: '河南', en: 'Henan' }, fileName: 'b.json' }, '{"b":2}');
    expect(a.result.persisted && b.result.persisted).toBe(true);
    store.resetSessionMemory(); // as after a reload
    expect((await store.listUserDatasets()).map((d) => d.fileName)).toEqual(['a.json', 'b.json']);
    expect(await store.loadActiveId()).toBe(b.entry.id);
    expect(await store.loadUserDatasetText(a.entry.id)).toBe('{"a":1}');
    await store.removeUserDataset(b.entry.id);
    store.resetSessionMemory();
    expect((await store.listUserDatasets()).map((d) => d.fileName)).toEqual(['a.json']);
    expect(await store.loadActiveId()).toBeNull();
    expect(await store.loadUserDatasetText(b.entry.id)).toBeNull();
  });

  it('moves the single upload of earlier versions into the list instead of losing it', async () => {
    const { readFileSync } = await import('node:fs');
    db.set('uploaded-dataset-v1', {
      name: 'my-seeds.json',
      text: readFileSync('public/data/seeds.json', 'utf8'),
      savedAt: '2026-01-02T00:00:00.000Z',
    });
    const list = await store.listUserDatasets(true);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ fileName: 'my-seeds.json', synthetic: false });
    expect(await store.loadActiveId()).toBe(list[0]?.id);
    expect(db.has('uploaded-dataset-v1')).toBe(false);
  });

  it('a full quota: the save says so, the dataset stays listed and readable for the session, and the user is told to download it', async () => {
    failWrites.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const { entry, result } = await store.saveUserDataset({ ...summary, fileName: 'zibo.json' }, '{"big":true}');
    expect(result).toEqual({ persisted: false, problem: 'quota', detail: 'The quota has been exceeded.' });
    expect((await store.listUserDatasets()).map((d) => d.fileName)).toEqual(['zibo.json']);
    expect(await store.loadUserDatasetText(entry.id)).toBe('{"big":true}');
    expect(await store.loadActiveId()).toBe(entry.id);
    expect(translate('zh', 'ds.storage.quota', { name: 'zibo.json' })).toMatch(/存储空间已满.*zibo\.json.*下载 JSON/);
    expect(translate('en', 'ds.storage.quota', { name: 'zibo.json' })).toMatch(/storage is full.*zibo\.json.*Download its JSON/);

    // Room again: the next save of it reaches IndexedDB and survives a reload.
    failWrites.error = null;
    const again = await store.saveUserDataset({ ...summary, fileName: 'zibo.json', id: entry.id }, '{"big":true}');
    expect(again.result.persisted).toBe(true);
    store.resetSessionMemory();
    expect((await store.listUserDatasets()).map((d) => d.id)).toEqual([entry.id]);
  });

  it('tells a refused store (private mode) from a full one', () => {
    expect(store.storageProblemOf(new DOMException('The operation is insecure.', 'SecurityError')).problem).toBe('unavailable');
    expect(store.storageProblemOf(new DOMException('x', 'QuotaExceededError')).problem).toBe('quota');
    expect(store.storageProblemOf(new Error('Encountered full disk while opening backing store for indexedDB.open. quota')).problem).toBe(
      'quota',
    );
  });
});
