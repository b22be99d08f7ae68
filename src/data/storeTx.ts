/**
 * Read-modify-write in one IndexedDB transaction, on the store idb-keyval uses: the keys are read,
 * `plan` (synchronous) decides what to write from what it read, and the writes land in the same
 * transaction. The browser runs read-write transactions on one store one after another, across
 * tabs too, so two tabs adding at once each see the other's write: never last write wins. (Web
 * Locks would do the same, but only in a secure context; an office LAN often serves plain http.)
 */
import { createStore, type UseStore } from 'idb-keyval';

let handle: UseStore | null = null;
/** idb-keyval's own database and store (its default), opened once. */
const txStore = (): UseStore => (handle ??= createStore('keyval-store', 'keyval'));

export interface TxPlan<T> {
  put?: [string, unknown][];
  del?: string[];
  result: T;
}

/** Runs `plan` over the values of `read` and writes what it returns, all in one transaction. */
export function transact<T>(read: readonly string[], plan: (values: unknown[]) => TxPlan<T>): Promise<T> {
  return txStore()(
    'readwrite',
    (store) =>
      new Promise<T>((resolve, reject) => {
        const values: unknown[] = read.map(() => undefined);
        let left = read.length;
        const tx = store.transaction;
        const run = () => {
          let p: TxPlan<T>;
          try {
            p = plan(values);
          } catch (e) {
            // Nothing is written: the transaction ends with the reads only.
            reject(e instanceof Error ? e : new Error(String(e)));
            return;
          }
          tx.oncomplete = () => resolve(p.result);
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
          tx.onabort = () => reject(tx.error ?? new DOMException('IndexedDB transaction aborted', 'AbortError'));
          try {
            for (const [k, v] of p.put ?? []) store.put(v, k);
            for (const k of p.del ?? []) store.delete(k);
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        };
        if (left === 0) {
          run();
          return;
        }
        read.forEach((key, i) => {
          const req = store.get(key);
          req.onsuccess = () => {
            values[i] = req.result;
            left -= 1;
            if (left === 0) run();
          };
          req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
        });
      }),
  );
}
