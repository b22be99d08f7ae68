/**
 * An in-memory stand-in for idb-keyval's `UseStore` (the store a transaction runs on): reads are
 * answered asynchronously, writes land together when the transaction commits, or not at all when
 * `fail.error` is set (as a full browser store aborts with QuotaExceededError), and transactions
 * run one after another, as IndexedDB runs read-write transactions on one store.
 */
const DELETE = Symbol('delete');

interface FakeRequest {
  result: unknown;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}

interface FakeTx {
  error: unknown;
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export function fakeUseStore(db: Map<string, unknown>, fail: { error: unknown }) {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(_mode: IDBTransactionMode, callback: (store: IDBObjectStore) => T | PromiseLike<T>): Promise<T> => {
    const run = async (): Promise<T> => {
      const writes: [string, unknown][] = [];
      const tx: FakeTx = { error: null, oncomplete: null, onerror: null, onabort: null };
      const store = {
        transaction: tx,
        get(k: string) {
          const req: FakeRequest = { result: undefined, error: null, onsuccess: null, onerror: null };
          setTimeout(() => {
            req.result = db.get(k);
            req.onsuccess?.();
          }, 0);
          return req;
        },
        put(v: unknown, k: string) {
          writes.push([k, v]);
          return {};
        },
        delete(k: string) {
          writes.push([k, DELETE]);
          return {};
        },
      };
      const result = callback(store as unknown as IDBObjectStore);
      // Reads answered and the plan run: the transaction ends.
      await new Promise((r) => setTimeout(r, 5));
      if (writes.length && fail.error) {
        tx.error = fail.error;
        tx.onabort?.();
      } else {
        for (const [k, v] of writes) {
          if (v === DELETE) db.delete(k);
          else db.set(k, v);
        }
        tx.oncomplete?.();
      }
      return result;
    };
    const p = queue.then(run);
    queue = p.catch(() => undefined);
    return p;
  };
}
