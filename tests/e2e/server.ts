/**
 * A small static server for e2e tests and the bench (Node's http, no dependencies).
 *
 * - Serves a directory (default `dist/`) on 127.0.0.1 at a free port; `/` is `index.html`,
 *   anything that is not a file is 404.
 * - Sends the strict Content-Security-Policy below on every response, so the tests see what a
 *   locked-down deployment sees.
 * - Answers `/fixtures/*` from the MSW handler registry (`mocks/handlers.ts`): the same bad-input
 *   fixtures Vitest and `npm run dev` use.
 * - `extraRoutes` and `setRoute()` add or override a path (a fixed response, a delay, a 500, or an
 *   aborted connection), e.g. to exercise the app's network retries.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { handlers } from '../../mocks/handlers.ts';

/** The policy every response carries. Quoted in the README: keep it in one line, one place. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

/**
 * The policy, optionally with `'unsafe-inline'` added to style-src. Nothing uses the relaxed form:
 * the CSP e2e test shows ECharts (canvas renderer, class-only tooltips) works under the strict one.
 */
export function contentSecurityPolicy(opts: { unsafeInlineStyles?: boolean } = {}): string {
  return opts.unsafeInlineStyles
    ? CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    : CONTENT_SECURITY_POLICY;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
};

export interface RouteResponse {
  status?: number;
  body?: string | Uint8Array;
  /** Defaults from the path's extension, else text/plain. */
  contentType?: string;
  delayMs?: number;
  headers?: Record<string, string>;
}

/** `'abort'` destroys the connection without an answer (the browser sees a network error). */
export type RouteResult = RouteResponse | 'abort';
export type RouteHandler = RouteResult | ((req: IncomingMessage, url: URL) => RouteResult | Promise<RouteResult>);

export interface ServerOptions {
  /** Directory to serve; default `dist` (relative to the current directory). */
  root?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Fixed answers by exact pathname (no query), checked before fixtures and files. */
  extraRoutes?: Record<string, RouteHandler>;
  /** Answer `/fixtures/*` from the MSW registry (default true). */
  fixtures?: boolean;
  /** Add `'unsafe-inline'` to style-src. Only if a test proves it is needed. */
  unsafeInlineStyles?: boolean;
  /** Log each request to stderr. */
  log?: boolean;
  /**
   * `'none'` (default): every response `no-store`, so a test always sees the server's answer.
   * `'deploy'`: the headers the README's "Caching" recommends: hashed `assets/` cacheable for a
   * year (immutable), everything else revalidated (`no-cache` + ETag, answered 304 when unchanged).
   */
  caching?: 'none' | 'deploy';
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number | 'aborted';
}

export interface TestServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  origin: string;
  port: number;
  /** Override (or with `null`, restore) what a path answers. */
  setRoute: (path: string, handler: RouteHandler | null) => void;
  /** Every request served so far, in order. */
  requests: RequestRecord[];
  /** How many requests reached `path` (pathname, no query). */
  hits: (path: string) => number;
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function toFetchRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // Fixture requests are GETs; a body is never forwarded.
  return new Request(new URL(req.url ?? '/', origin), { method: req.method ?? 'GET', headers });
}

/** Cache-Control for a path: see ServerOptions.caching and the README's "Caching". */
export function cacheControlFor(caching: 'none' | 'deploy', path: string): string {
  if (caching === 'none') return 'no-store';
  return /^\/(?:.*\/)?assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  const root = resolve(opts.root ?? 'dist');
  const csp = contentSecurityPolicy({ unsafeInlineStyles: opts.unsafeInlineStyles });
  const routes = new Map<string, RouteHandler>(Object.entries(opts.extraRoutes ?? {}));
  const requests: RequestRecord[] = [];
  let origin = '';

  const baseHeaders = (res: ServerResponse, path = '') => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', cacheControlFor(opts.caching ?? 'none', path));
  };

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: string | Uint8Array,
    contentType: string,
    extra: Record<string, string> = {},
  ) => {
    baseHeaders(res);
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    res.statusCode = status;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, record: RequestRecord) => {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;

    const route = routes.get(path);
    if (route !== undefined) {
      const result = typeof route === 'function' ? await route(req, url) : route;
      if (result === 'abort') {
        record.status = 'aborted';
        req.socket.destroy();
        return;
      }
      if (result.delayMs) await sleep(result.delayMs);
      const status = result.status ?? 200;
      record.status = status;
      const type = result.contentType ?? CONTENT_TYPES[extname(path)] ?? 'text/plain; charset=utf-8';
      send(req, res, status, result.body ?? '', type, result.headers);
      return;
    }

    if (opts.fixtures !== false && path.startsWith('/fixtures/')) {
      const response = await getResponse(handlers, toFetchRequest(req, origin));
      const status = response?.status ?? 404;
      record.status = status;
      const body = response ? new Uint8Array(await response.arrayBuffer()) : 'not found';
      const type = response?.headers.get('Content-Type') ?? 'text/plain; charset=utf-8';
      send(req, res, status, body, type);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      record.status = 405;
      send(req, res, 405, 'method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
      return;
    }

    let rel: string;
    try {
      rel = decodeURIComponent(path === '/' ? '/index.html' : path);
    } catch {
      record.status = 400;
      send(req, res, 400, 'bad request', 'text/plain; charset=utf-8');
      return;
    }
    const file = resolve(root, `.${rel}`);
    const info = (file === root || file.startsWith(root + sep)) && !rel.includes('\0') ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      record.status = 404;
      send(req, res, 404, 'not found', 'text/plain; charset=utf-8');
      return;
    }
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    baseHeaders(res, path);
    if (opts.caching === 'deploy') {
      res.setHeader('ETag', etag);
      if (req.headers['if-none-match'] === etag) {
        record.status = 304;
        res.statusCode = 304;
        res.end();
        return;
      }
    }
    record.status = 200;
    res.statusCode = 200;
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Content-Length', info.size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((done, fail) => {
      const stream = createReadStream(file);
      stream.on('error', fail);
      res.on('close', () => done());
      stream.pipe(res);
    });
  };

  const server = createServer((req, res) => {
    const record: RequestRecord = { method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname, status: 0 };
    requests.push(record);
    handle(req, res, record)
      .catch((err: unknown) => {
        record.status = 500;
        if (!res.headersSent) send(req, res, 500, `server error: ${String(err)}`, 'text/plain; charset=utf-8');
        else res.destroy();
      })
      .finally(() => {
        if (opts.log) console.error(`[server] ${record.method} ${req.url} → ${record.status}`);
      });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => done());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/`,
    origin,
    port,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    setRoute: (path, handler) => {
      if (handler === null) routes.delete(path);
      else routes.set(path, handler);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// `npx tsx tests/e2e/server.ts [dir]`: serve a build by hand, with the same policy as the tests.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const s = await startServer({ root: process.argv[2] ?? 'dist', log: true });
  console.log(`serving ${resolve(process.argv[2] ?? 'dist')} at ${s.url} (Ctrl-C to stop)`);
}
