/**
 * The localStorage mirror of what IndexedDB keeps that changes the first screen: the active user
 * dataset and custom targets, written with every successful write of either, mended on every load.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const db = new Map<string, unknown>();
const failWrites: { error: unknown } = { error: null };

// Dataset writes run in one IndexedDB transaction (storeTx.ts): the fake store takes them.
vi.mock('idb-keyval', async () => ({
  createStore: (
    (fake) => () =>
      fake
  )((await import('./fakeIdb.ts')).fakeUseStore(db, failWrites)),
  get: async (k: string) => db.get(k),
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

const { readStoredChoice } = await import('../../../src/data/storedChoice.ts');
const store = await import('../../../src/data/datasetStore.ts');
const writes = await import('../../../src/data/datasetStoreWrites.ts');
const targets = await import('../../../src/data/targetStore.ts');

const summary = { name: { zh: 'x', en: 'x' }, region: 'x', years: [], synthetic: false, asOf: '2026-01-01', units: 1, records: 0 };

beforeEach(() => {
  db.clear();
  failWrites.error = null;
  localStorage.clear();
  store.resetSessionMemory();
});

describe('the stored-choice mirror', () => {
  it('follows the active user dataset through saves, switches and removal', async () => {
    expect(readStoredChoice()).toEqual({});
    const { entry } = await writes.saveUserDataset({ ...summary, fileName: 'a.json' }, '{}');
    expect(readStoredChoice().active).toBe(entry.id);
    await store.saveActiveId(null);
    expect(readStoredChoice().active).toBeNull();
    await store.saveActiveId(entry.id);
    await writes.removeUserDataset(entry.id);
    expect(readStoredChoice().active).toBeNull();
  });

  it('is not changed by a write IndexedDB refused, and is mended from IndexedDB on load', async () => {
    await store.saveActiveId('kept');
    failWrites.error = new DOMException('full', 'QuotaExceededError');
    await store.saveActiveId('refused');
    expect(readStoredChoice().active).toBe('kept');
    failWrites.error = null;
    localStorage.clear();
    expect(await store.loadActiveId()).toBe('kept');
    expect(readStoredChoice().active).toBe('kept');
  });

  it('follows custom targets: saved, loaded, removed', async () => {
    expect(await targets.loadTargets()).toBeNull();
    expect(readStoredChoice().targets).toBeNull();
    await targets.saveTargets({ name: 't.json', savedAt: '2026-02-01T00:00:00Z', targets: [] });
    expect(readStoredChoice().targets).toBe('2026-02-01T00:00:00Z');
    await targets.removeTargets();
    expect(readStoredChoice()).toEqual({ targets: null });
  });
});
