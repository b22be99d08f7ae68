/**
 * Vite plugin: `index.html` asks for everything the first screen needs at once, instead of the
 * waterfall index.js → ECharts chunks → config.json + data/index.json → dataset.
 *
 * - `modulepreload` for the app (src/app/start.tsx, loaded by the tiny entry script) and the
 *   ECharts chunks (src/charts/echarts.ts), with their static imports: every first screen draws
 *   a chart, but both are dynamic imports the browser cannot see. Only for windows narrower than
 *   the build's picture (`media`), where the app draws the first screen itself. Wider windows
 *   show a picture first, and fetching and compiling ~1 MB of modules as they arrived took the
 *   page's thread while it laid the picture out: measured interleaved (15 cold loads each), the
 *   first chart painted at 441 ms median with these links, 416 ms with `preload as="script"`,
 *   326 ms with none, and the app's own map no later (2,026 / 2,057 / 1,980 ms). There the same
 *   chunks are asked for the moment they are wanted (src/app/firstScreen/dom.ts, `preloadApp`):
 *   by the boot script when no picture is shown after all (a `?data=` link, English, dark), by
 *   the entry script after the picture's first frame.
 * - `preload as="fetch"` for config.json, data/index.json and the default dataset, with `crossorigin="anonymous"` so
 *   they match the app's own `fetch()` (mode cors, credentials same-origin) and the browser hands
 *   the preloaded response over instead of fetching again.
 * - With them, the tile layout the default dataset's map draws (its province's, or the
 *   country's): the app can only ask for it once the dataset is parsed, one more round trip before
 *   the map, the first screen's chart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { MIN_WIDTH } from './prerender/layout.ts';
import { APP_CHUNK_ATTR } from '../../app/firstScreen/dom.ts';
import { datasetLayoutKey } from '../../domain/tiles/layout.ts';

/** The file of the embedded dataset marked default in public/data/index.json, if any. */
export function defaultDatasetFile(publicDir: string): string | null {
  try {
    const list: unknown = JSON.parse(readFileSync(resolve(publicDir, 'data/index.json'), 'utf8'));
    if (!Array.isArray(list)) return null;
    for (const e of list as unknown[]) {
      if (typeof e === 'object' && e !== null && 'default' in e && e.default === true && 'file' in e && typeof e.file === 'string')
        return e.file;
    }
    return null;
  } catch {
    return null;
  }
}

/** The layout key of the default dataset's units (read at build time), or null without one. */
function defaultLayoutKey(publicDir: string, file: string | null): string | null {
  if (!file) return null;
  try {
    const json: unknown = JSON.parse(readFileSync(resolve(publicDir, file), 'utf8'));
    const units = typeof json === 'object' && json !== null && 'units' in json && Array.isArray(json.units) ? json.units : [];
    const codes = units.flatMap((u: unknown) =>
      typeof u === 'object' && u !== null && 'code' in u && typeof u.code === 'string' ? [{ code: u.code }] : [],
    );
    return codes.length > 0 ? datasetLayoutKey(codes) : null;
  } catch {
    return null; // a default the app will refuse: no map to preload for
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
        // The build's default dataset too: the entry script runs only once the preloaded modules
        // are compiled (~1 s after this on a loaded 2-core machine). A `?data=` link or an
        // `apiBase` deployment wastes this request; the entry script asks for theirs (early.ts).
        const dataset = defaultDatasetFile(publicDir);
        // High: the prerendered first screen is shown once this is checked (src/app/firstScreen/verify.ts).
        if (dataset)
          tags.push({ ...fetchPreload(`./${dataset}`), attrs: { ...fetchPreload('').attrs, href: `./${dataset}`, fetchpriority: 'high' } });

        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const wanted = new Set<string>();
        const visit = (file: string) => {
          if (wanted.has(file)) return;
          wanted.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
        };
        for (const id of opts.chunks) {
          // The chunk built from it, or (a manual code-splitting group) the one that holds it.
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(id)) ?? chunks.find((c) => c.moduleIds.some((m) => m.endsWith(id)));
          if (!chunk) throw new Error(`first-screen preloads: no chunk built from ${id}`);
          visit(chunk.fileName);
        }
        // The default dataset's tile layout, after the app and ECharts: the map needs all three.
        const layoutKey = defaultLayoutKey(publicDir, dataset);
        const layoutChunk = layoutKey
          ? chunks.find((c) => c.moduleIds.some((m) => m.endsWith(`/src/data/tiles/${layoutKey}.json`)))
          : undefined;
        if (layoutChunk) visit(layoutChunk.fileName);
        // Their CSS as ordinary stylesheets, so the first paint is styled (Vite's loader sees the
        // links and does not add them again).
        for (const file of wanted) {
          for (const css of byFile.get(file)?.viteMetadata?.importedCss ?? []) {
            if (!_html.includes(css))
              tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${css}` }, injectTo: 'head' });
          }
        }
        for (const file of wanted) {
          if (_html.includes(file)) continue; // the entry and what Vite already preloads
          tags.push({
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: `./${file}`,
              media: `(max-width: ${MIN_WIDTH - 0.02}px)`,
              [APP_CHUNK_ATTR]: true,
            },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}
