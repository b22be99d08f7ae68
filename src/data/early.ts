/**
 * The first requests, started by the entry script before the app's code is even loaded: the
 * deployment config, the dataset index and the dataset the page will show (a same-origin `?data=`
 * link's, else the build's default; an `apiBase` deployment's `/dataset` once config.json says
 * so). fetchConfig / fetchEmbeddedList / fetchDataset take these responses instead of asking again.
 *
 * index.html preloads config.json and data/index.json already (src/node/build/firstScreenPreloads.ts);
 * these fetch() calls are served by those preloads.
 */

const early = new Map<string, Promise<Response>>();
const controllers = new Map<string, AbortController>();

/**
 * Gives up on the early request for `url` (it hung): a request still pending on a URL holds the
 * browser back from sending the next one for it (Chromium delays them behind it), so a retry
 * would wait behind the request it replaces.
 */
export function abortEarlyRequest(url: string): void {
  controllers.get(url)?.abort();
  controllers.delete(url);
}

/** The response of an early request for `url`, once; later calls (retries, refreshes) fetch anew. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const found = early.get(url);
  early.delete(url);
  return found;
}

/** Headers of every dataset request, early or not, so both ask the same thing. */
export const DATASET_REQUEST: RequestInit = { headers: { Accept: 'application/json' } };

/**
 * Requests the boot script started (src/app/firstScreen/buildCheck.ts, a separate bundle: they
 * meet on `window`), each taken once by `start` below instead of asking again.
 */
interface Handed {
  promise: Promise<Response>;
  controller: AbortController;
}
const HANDED = '__fazhiEarlyRequests';
const handed = (): Map<string, Handed> => {
  const w = window as unknown as Record<string, Map<string, Handed> | undefined>;
  return (w[HANDED] ??= new Map<string, Handed>());
};

/** Starts a request for the app to take (`start`, below, takes it); the boot script's first-screen check reads a clone. */
export function handOffRequest(url: string, init?: RequestInit): Promise<Response> {
  const controller = new AbortController();
  const promise = fetch(url, { ...init, signal: controller.signal });
  promise.catch(() => undefined); // read (and failures surfaced) by whoever takes it
  handed().set(url, { promise, controller });
  return promise;
}

function start(url: string, init?: RequestInit): Promise<Response> {
  const taken = handed().get(url);
  if (taken) {
    handed().delete(url);
    controllers.set(url, taken.controller);
    init?.signal?.addEventListener('abort', () => taken.controller.abort(), { once: true });
    early.set(url, taken.promise);
    return taken.promise;
  }
  const controller = new AbortController();
  controllers.set(url, controller);
  init?.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  // Kept after the answer arrives: a body that stalls is given up on the same way.
  const p = fetch(url, { ...init, signal: controller.signal });
  // Failures surface when the app takes the response; an untaken one must not be "unhandled".
  p.catch(() => undefined);
  early.set(url, p);
  return p;
}

/** The same-origin dataset URL a `?data=` value names, if it can be known without the config. */
export function earlyDataUrl(value: string, pageUrl: string, embeddedIds: readonly string[] = []): string | null {
  if (embeddedIds.includes(value)) return null;
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return null;
  }
  if (url.origin !== new URL(pageUrl).origin || !/\.json$/i.test(url.pathname)) return null;
  return url.href;
}

let configJson: Promise<unknown> | null = null;

/** The deployment config as the early request read it (null if there was none, or it failed). */
export const earlyConfigJson = (): Promise<unknown> | null => configJson;

export function startFirstRequests(baseUrl: string, pageUrl: string, defaultFile: string | null): void {
  const config = start(new URL('config.json', baseUrl).href);
  configJson = config.then((res) => (res.ok ? (res.clone().json() as Promise<unknown>) : null)).catch(() => null);
  void start(new URL('data/index.json', baseUrl).href);
  const param = new URL(pageUrl).searchParams.get('data');
  if (param !== null) {
    const url = earlyDataUrl(param, pageUrl);
    if (url) void start(url, DATASET_REQUEST);
    return;
  }
  const embeddedUrl = defaultFile ? new URL(defaultFile, baseUrl).href : null;
  const controller = new AbortController();
  if (embeddedUrl) void start(embeddedUrl, { ...DATASET_REQUEST, signal: controller.signal });
  // An API deployment's default is `${apiBase}/dataset`: ask for it as soon as the config says so.
  void configJson
    .then((json: unknown) => {
      const apiBase = typeof json === 'object' && json !== null && 'apiBase' in json ? json.apiBase : null;
      if (typeof apiBase !== 'string' || apiBase === '') return;
      if (embeddedUrl) {
        controller.abort();
        early.delete(embeddedUrl);
      }
      void start(new URL(`${apiBase.replace(/\/$/, '')}/dataset`, pageUrl).href, DATASET_REQUEST);
    })
    .catch(() => undefined);
}
