/**
 * The prerender's work, run by src/node/build/prerender/plugin.ts as a child process: a Vite dev server's
 * module runner loading the app's own modules (entry.tsx), and a small build of the boot script.
 * A process of its own, so neither shares the outer build's bundler threads (nested in the
 * build, the two waited on each other) nor its globals (the render sets a stand-in `window`).
 *
 * Prints one JSON line: { shot: Prerendered | null, boot: string }.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild, createServer, isRunnableDevEnvironment } from 'vite';
import { defaultDatasetFile } from '../firstScreenPreloads.ts';
import { CHART_WIDTHS, SCOPE } from './layout.ts';
import { cleanMarkup } from './markup.ts';
import type { PrerenderInput } from './entry.tsx';

export interface Prerendered {
  html: string;
  css: string;
  file: string;
  /** SHA-256 of the files it was drawn from, for the entry script to compare (verify.ts). */
  sha256: string;
  /** SHA-256 of the decoded dataset's JSON, as a kept picture files the dataset it showed (boot.ts compares them). */
  shownSha256: string;
  configSha256: string;
  indexSha256: string;
  ms: number;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export async function renderDefault(root: string, publicDir: string): Promise<Prerendered | null> {
  const file = defaultDatasetFile(publicDir);
  if (!file) return null;
  const t0 = performance.now();
  const datasetBytes = readFileSync(resolve(publicDir, file));
  const configBytes = readFileSync(resolve(publicDir, 'config.json'));
  const indexBytes = readFileSync(resolve(publicDir, 'data/index.json'));
  const config: unknown = JSON.parse(configBytes.toString('utf8'));
  // An API deployment's default is not in the build: nothing to draw.
  if (typeof config === 'object' && config !== null && 'apiBase' in config && typeof config.apiBase === 'string' && config.apiBase)
    return null;
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const ssr = server.environments.ssr;
    if (!isRunnableDevEnvironment(ssr)) throw new Error('prerender: the ssr environment cannot run modules');
    const mod: unknown = await ssr.runner.import('/src/node/build/prerender/entry.tsx');
    if (typeof mod !== 'object' || mod === null || !('renderFirstScreen' in mod) || typeof mod.renderFirstScreen !== 'function')
      throw new Error('prerender: entry.tsx exports no renderFirstScreen');
    const input: PrerenderInput = {
      baseUrl: 'http://prerender.invalid/',
      configJson: config,
      embeddedJson: JSON.parse(indexBytes.toString('utf8')),
      datasetText: datasetBytes.toString('utf8'),
      widths: CHART_WIDTHS,
    };
    const render = mod.renderFirstScreen as (input: PrerenderInput) => unknown;
    const out: unknown = await render(input);
    if (typeof out !== 'object' || out === null || !('html' in out) || typeof out.html !== 'string')
      throw new Error('prerender: renderFirstScreen returned no HTML');
    if (!('shownSha256' in out) || typeof out.shownSha256 !== 'string')
      throw new Error('prerender: renderFirstScreen returned no dataset hash');
    const clean = cleanMarkup(out.html, SCOPE);
    return {
      ...clean,
      file,
      sha256: sha256(datasetBytes),
      shownSha256: out.shownSha256,
      configSha256: sha256(configBytes),
      indexSha256: sha256(indexBytes),
      ms: performance.now() - t0,
    };
  } finally {
    await server.close();
  }
}

/** The boot script as one classic script (it must run before the markup below it is parsed). */
export async function bundleBoot(root: string, entry: string): Promise<string> {
  const built = await viteBuild({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'fazhiBoot', fileName: () => 'boot.js' },
    },
  });
  const outputs = Array.isArray(built) ? built : 'output' in built ? [built] : [];
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('prerender: the boot script did not build');
  return chunk.code;
}

const [root, publicDir, boot] = process.argv.slice(2);
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href && root && publicDir && boot) {
  // One after the other: run together in one process, the two never finished.
  const code = await bundleBoot(root, boot);
  const shot = await renderDefault(root, publicDir);
  // Vite's servers leave handles open: the process ends once the result is out.
  process.stdout.write(`${JSON.stringify({ shot, boot: code })}\n`, () => process.exit(0));
}
