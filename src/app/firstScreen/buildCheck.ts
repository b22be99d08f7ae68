/**
 * Whether the build's picture, which the boot script allowed (`build-pending`), really is this
 * page's, checked by the boot script itself as soon as it runs (boot.ts), while the page is still
 * being parsed and the picture laid out, hidden; not later by the entry script, which starts
 * only once the whole document is parsed.
 *
 * It is, only if what it was drawn from is what the server has now: config.json and the dataset
 * index byte for byte (an `apiBase`, another default, a boundary map would change the screen),
 * and the default dataset by its SHA-256 (a deployment may replace it after the build). Where
 * the browser's own state is not mirrored yet (storedChoice.ts), IndexedDB is asked whether a
 * user dataset or custom targets are in use.
 *
 * The three requests are the app's own first requests: they are handed to early.ts
 * (`handOffRequest`), which takes them instead of asking again. The answer is written on <html>
 * (`data-first-screen-check`), and the picture shows once it is `ours` and the picture's
 * stylesheets have loaded (`revealIfReady`, called by whichever comes last).
 */
import { sha256Hex } from '../../export/hash.ts';
import { DATASET_REQUEST, handOffRequest } from '../../data/early.ts';
import { IDB_KEYS, readStoredChoice } from '../../data/storedChoice.ts';
import { dropFirstScreen, firstScreenMode, preloadApp, PRERENDER_ID, setFirstScreenMode } from './dom.ts';

/** SHA-256 (hex) of a response's body (a clone: the app reads the response itself), or null when it failed. */
async function answerHash(pending: Promise<Response>): Promise<string | null> {
  const res = (await pending).clone();
  if (!res.ok) return null;
  return sha256Hex(new Uint8Array(await res.arrayBuffer()));
}

/** The values IndexedDB keeps under `keys` in idb-keyval's store; [] when it keeps nothing; null when it cannot say. */
async function readIdb(keys: readonly string[]): Promise<unknown[] | null> {
  // A browser that never stored anything has no such database: listing them is ~1 ms, where
  // opening one in a fresh profile took 0.1–0.2 s (measured, cold load of the demo).
  const databases = (indexedDB as Partial<Pick<IDBFactory, 'databases'>>).databases; // (not in every browser)
  const listed = databases
    ? await databases
        .call(indexedDB)
        .then((dbs) => dbs.some((db) => db.name === 'keyval-store'))
        .catch(() => null)
    : null;
  if (listed === false) return [];
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open('keyval-store');
    } catch {
      resolve(null);
      return;
    }
    // No database yet: nothing kept. Left uncreated (idb-keyval creates it when it first writes).
    req.onupgradeneeded = () => {
      req.transaction?.abort();
      resolve([]);
    };
    req.onerror = () => {
      resolve(req.error?.name === 'AbortError' ? [] : null);
    };
    req.onsuccess = () => {
      const db = req.result;
      try {
        const store = db.transaction('keyval', 'readonly').objectStore('keyval');
        const out: unknown[] = [];
        let left = keys.length;
        for (const [i, key] of keys.entries()) {
          const get = store.get(key);
          get.onsuccess = () => {
            out[i] = get.result;
            left -= 1;
            if (left === 0) {
              db.close();
              resolve(out);
            }
          };
          get.onerror = () => {
            db.close();
            resolve(null);
          };
        }
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}

/** Neither a user dataset made active nor custom targets kept (asked of IndexedDB only when the mirror does not know). */
async function nothingStoredChanges(withActive: boolean): Promise<boolean> {
  const choice = readStoredChoice();
  const activeKnown = !withActive || choice.active !== undefined;
  if (activeKnown && choice.targets !== undefined) return (!withActive || choice.active === null) && choice.targets === null;
  const values = await readIdb([IDB_KEYS.active, IDB_KEYS.targets]);
  if (values === null) return false;
  const [active, targets] = values;
  return (!withActive || active === undefined || active === null) && targets === undefined;
}

export interface BuildFacts {
  file: string;
  sha256: string;
  configSha256: string;
  indexSha256: string;
}

async function buildPictureIsOurs(baseUrl: string, facts: BuildFacts): Promise<boolean> {
  const fromLink = new URLSearchParams(window.location.search).has('data');
  const [config, index, dataset, stored] = await Promise.all([
    answerHash(handOffRequest(new URL('config.json', baseUrl).href)),
    answerHash(handOffRequest(new URL('data/index.json', baseUrl).href)),
    answerHash(handOffRequest(new URL(facts.file, baseUrl).href, DATASET_REQUEST)),
    nothingStoredChanges(!fromLink),
  ]);
  return stored && config === facts.configSha256 && index === facts.indexSha256 && dataset === facts.sha256;
}

/** The check's answer, on <html>: `ours`, `not-ours`, or absent while it runs. */
const CHECK_ATTR = 'firstScreenCheck';

/** Shows the build's picture once it is checked and styled; drops it once it is known not to be this page's. */
export function revealIfReady(): void {
  if (firstScreenMode() !== 'build-pending') return;
  const check = document.documentElement.dataset[CHECK_ATTR];
  if (check === 'not-ours') {
    dropFirstScreen();
    preloadApp(); // the app's screen will be the first
  } else if (check === 'ours' && document.getElementById(PRERENDER_ID)?.dataset.styled === 'true') setFirstScreenMode('build');
}

/** Starts the check (the boot script, `build-pending`). */
export function startBuildCheck(baseUrl: string, facts: BuildFacts): void {
  void buildPictureIsOurs(baseUrl, facts)
    .catch(() => false)
    .then((ours) => {
      document.documentElement.dataset[CHECK_ATTR] = ours ? 'ours' : 'not-ours';
      revealIfReady();
    });
}
