/**
 * Vite plugin: `index.html` asks for everything the first screen needs at once, instead of the
 * waterfall index.js → ECharts chunks → config.json + data/index.json → dataset.
 *
 * - `modulepreload` for the ECharts chunks (src/charts/echarts.ts and its static imports): every
 *   first screen draws a chart, but the chunk is a dynamic import the browser cannot see.
 * - `preload as="fetch"` for config.json, data/index.json and the build's default dataset, with
 *   `crossorigin="anonymous"` so they match the app's own `fetch()` (mode cors, credentials
 *   same-origin) and the browser hands the preloaded response over instead of fetching again.
 *
 * A `?data=` link or an `apiBase` deployment makes the default dataset's preload a wasted request
 * of a small file; the app starts its own request for those before React renders (boot.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

interface OutputChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId?: string | null;
  imports: string[];
}

function isChunk(x: unknown): x is OutputChunkLike {
  return typeof x === 'object' && x !== null && 'type' in x && x.type === 'chunk' && 'fileName' in x && 'imports' in x;
}

/** The file of the embedded dataset marked default in public/data/index.json, if any. */
export function defaultDatasetFile(publicDir: string): string | null {
  try {
    const list: unknown = JSON.parse(readFileSync(resolve(publicDir, 'data/index.json'), 'utf8'));
    if (!Array.isArray(list)) return null;
    for (const e of list) {
      if (typeof e === 'object' && e !== null && 'default' in e && e.default === true && 'file' in e && typeof e.file === 'string') return e.file;
    }
    return null;
  } catch {
    return null;
  }
}

export function firstScreenPreloads(opts: { chunks: string[] }): Plugin {
  let publicDir = 'public';
  return {
    name: 'fazhi:first-screen-preloads',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [];
        const fetchPreload = (href: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href },
          injectTo: 'head',
        });
        tags.push(fetchPreload('./config.json'), fetchPreload('./data/index.json'));
        const dataset = defaultDatasetFile(publicDir);
        if (dataset) tags.push(fetchPreload(`./${dataset}`));

        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).filter(isChunk);
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const wanted = new Set<string>();
        const visit = (file: string) => {
          if (wanted.has(file)) return;
          wanted.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
        };
        for (const id of opts.chunks) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(id));
          if (!chunk) throw new Error(`first-screen preloads: no chunk built from ${id}`);
          visit(chunk.fileName);
        }
        for (const file of wanted) {
          if (_html.includes(file)) continue; // the entry and what Vite already preloads
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' });
        }
        return tags;
      },
    },
  };
}
