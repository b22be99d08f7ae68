/**
 * The entry script's half of the first screen (src/main.tsx): whether the build's picture,
 * which the boot script allowed (`build-pending`), really is this page's, before it is shown.
 *
 * It is, only if what it was drawn from is what the server has now: config.json and the dataset
 * index byte for byte (an `apiBase`, another default, a boundary map would change the screen),
 * and the default dataset by its SHA-256 (a deployment may replace it after the build). The
 * answers are the early requests' own (early.ts), read from a clone before the app starts; the
 * dataset's arrival is the wait. Where the browser's own state is not mirrored yet (storedChoice.ts),
 * IndexedDB is asked whether a user dataset or custom targets are in use.
 */
import { sha256Hex } from '../../export/hash.ts';
import { peekEarlyResponse } from '../../data/early.ts';
import { IDB_KEYS, readStoredChoice } from '../../data/storedChoice.ts';
import { dropFirstScreen, firstScreenMode, PRERENDER_ID, setFirstScreenMode } from './dom.ts';
import { canShowPicture, documentCss, pictureRoot } from './shadow.ts';

/** The build's markup (a <template> in #first-screen) moved into the picture's shadow root. */
function attachPrerender(css: string | null): boolean {
  const host = document.getElementById(PRERENDER_ID);
  const template = host?.querySelector('template');
  if (!host || !template || css === null || !canShowPicture()) return false;
  pictureRoot(host, css).append(template.content);
  template.remove();
  return true;
}

/** SHA-256 (hex) of an early request's answer, or null when there was none or it failed. */
async function answerHash(url: string): Promise<string | null> {
  const pending = peekEarlyResponse(url);
  if (!pending) return null;
  const res = (await pending).clone();
  if (!res.ok) return null;
  return sha256Hex(new Uint8Array(await res.arrayBuffer()));
}

/** The values IndexedDB keeps under `keys` in idb-keyval's store; [] when it keeps nothing; null when it cannot say. */
function readIdb(keys: readonly string[]): Promise<unknown[] | null> {
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
    req.onerror = () => resolve(req.error?.name === 'AbortError' ? [] : null);
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

async function buildPictureIsOurs(baseUrl: string): Promise<boolean> {
  const facts = document.getElementById('first-screen-boot')?.dataset;
  if (!facts?.file || !facts.sha256) return false;
  const fromLink = new URLSearchParams(window.location.search).has('data');
  const [config, index, dataset, stored] = await Promise.all([
    answerHash(new URL('config.json', baseUrl).href),
    answerHash(new URL('data/index.json', baseUrl).href),
    answerHash(new URL(facts.file, baseUrl).href),
    nothingStoredChanges(!fromLink),
  ]);
  return stored && config === facts.configSha256 && index === facts.indexSha256 && dataset === facts.sha256;
}

/**
 * Whether a first screen is on show (the app then starts after it has been painted). A build
 * picture that is not this page's is removed, unseen.
 */
export async function firstScreenShown(baseUrl: string): Promise<boolean> {
  const mode = firstScreenMode();
  // What is not shown leaves the document: one copy of the screen's elements, the app's.
  if (mode === 'snapshot') document.getElementById(PRERENDER_ID)?.remove();
  if (mode === 'build' || mode === 'snapshot') return true;
  if (mode !== 'build-pending') {
    dropFirstScreen();
    return false;
  }
  // The stylesheets' text (from the HTTP cache) is read while the dataset is checked.
  const [ours, css] = await Promise.all([buildPictureIsOurs(baseUrl).catch(() => false), documentCss().catch(() => null)]);
  // (A hash change meanwhile has dropped it already.)
  if (ours && firstScreenMode() === 'build-pending' && attachPrerender(css)) {
    setFirstScreenMode('build');
    return true;
  }
  dropFirstScreen();
  return false;
}
