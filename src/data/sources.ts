/**
 * Where a dataset comes from. One value names it, so it is also the query key.
 */
import type { DeploymentConfig, EmbeddedEntry } from './config.ts';

export type DataSource =
  | { kind: 'embedded'; id: string; file: string }
  | { kind: 'url'; url: string; /** Set when the URL's origin is not allowed: loading it is refused. */ refusedOrigin?: string }
  | { kind: 'api'; base: string }
  /** One of the user's own datasets in this browser (datasetStore.ts): `id` is its storage id. */
  | { kind: 'upload'; id: string; name: string };

export function sourceKey(s: DataSource): string {
  switch (s.kind) {
    case 'embedded':
      return `embedded:${s.id}`;
    case 'url':
      return `url:${s.url}`;
    case 'api':
      return `api:${s.base}`;
    case 'upload':
      return `upload:${s.id}`;
  }
}

/** The source as the user would name it in a message. */
export function sourceLabel(s: DataSource): string {
  switch (s.kind) {
    case 'embedded':
      return s.file;
    case 'url':
      return s.url;
    case 'api':
      return `${s.base.replace(/\/$/, '')}/dataset`;
    case 'upload':
      return s.name;
  }
}

export function defaultSource(config: DeploymentConfig, embedded: EmbeddedEntry[]): DataSource {
  if (config.apiBase) return { kind: 'api', base: config.apiBase };
  const entry = embedded.find((e) => e.default) ?? embedded[0];
  return { kind: 'embedded', id: entry?.id ?? 'demo', file: entry?.file ?? 'data/demo.json' };
}

/**
 * A `?data=` value resolved against the page. Same-origin URLs are always allowed; another
 * origin only when the deployment lists it. Returns the absolute URL or the refused origin.
 */
export function resolveDataUrl(
  value: string,
  pageUrl: string,
  allowedOrigins: readonly string[],
): { ok: true; url: string } | { ok: false; origin: string } {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { ok: false, origin: value };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, origin: url.protocol };
  const page = new URL(pageUrl);
  if (url.origin === page.origin || allowedOrigins.includes(url.origin)) return { ok: true, url: url.href };
  return { ok: false, origin: url.origin };
}
