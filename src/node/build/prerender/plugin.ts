/**
 * Vite plugin: index.html carries the default first screen, drawn at build time, so the page
 * shows it as soon as the HTML and its CSS are here instead of after the app's JS has loaded,
 * run, fetched the dataset and drawn (issue 27).
 *
 * - The app's own <App /> rendered by React's `prerenderToNodeStream` with the default dataset,
 *   its charts drawn by ECharts' SVG renderer through the app's one chart host
 *   (src/node/build/prerender/entry.tsx, run in a process of its own by run.ts), made CSP-clean
 *   (markup.ts), written into `<div id="first-screen">` before `#root`, hidden until shown.
 * - A small classic script (src/app/firstScreen/boot.ts, bundled here as one IIFE) runs before the
 *   markup is parsed and decides, from the location and what this browser keeps, whether that
 *   picture is the page's (or shows the last screen the user saw instead). Its `data-*` carry what
 *   the build knows: the default dataset's file and SHA-256, the width the picture was laid out
 *   for, the build's id.
 * - A stylesheet with the markup's own rules and the rules that hide, show and swap the picture.
 *
 * The picture is laid out for one width (layout.ts): every window at least MIN_WIDTH wide
 * (1920×1080, 2560×1440, 4K) lays the overview out alike. Narrower windows and phones get no
 * prerender (they get their own snapshot from the second visit on). The entry script checks that
 * config.json, data/index.json and the dataset are still those it was drawn from
 * (src/app/firstScreen/verify.ts): a deployment may change them after the build.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { MIN_WIDTH, SCOPE } from './layout.ts';
import type { Prerendered } from './run.ts';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

interface Work {
  shot: Prerendered | null;
  boot: string;
}

function isPrerendered(x: unknown): x is Prerendered {
  if (typeof x !== 'object' || x === null) return false;
  const fields = new Map(Object.entries(x));
  return (
    ['html', 'css', 'file', 'sha256', 'shownSha256', 'configSha256', 'indexSha256'].every((k) => typeof fields.get(k) === 'string') &&
    typeof fields.get('ms') === 'number'
  );
}

/** run.ts in a process of its own (tsx loads its TypeScript). */
function runPrerender(root: string, publicDir: string, boot: string): Promise<Work> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/node/build/prerender/run.ts'), root, publicDir, boot], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) {
        fail(new Error(`prerender: src/node/build/prerender/run.ts exited with ${code ?? 'a signal'}`));
        return;
      }
      try {
        const parsed: unknown = JSON.parse(out.trim().split('\n').pop() ?? '');
        if (typeof parsed !== 'object' || parsed === null || !('boot' in parsed) || typeof parsed.boot !== 'string' || !('shot' in parsed))
          throw new Error('no result');
        const shot: unknown = parsed.shot;
        if (shot !== null && !isPrerendered(shot)) throw new Error('a malformed picture');
        done({ boot: parsed.boot, shot });
      } catch (err) {
        fail(new Error(`prerender: unreadable result from run.ts (${String(err)})`));
      }
    });
  });
}

export function prerenderFirstScreen(opts: { boot: string; css: string }): Plugin {
  let root = process.cwd();
  let publicDir = 'public';
  let work: Promise<Work> | null = null;
  let done: { shot: Prerendered | null; bootFile: string; cssFile: string } | null = null;
  return {
    name: 'fazhi:prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    buildStart() {
      // Beside the app's own bundling, not after it.
      work = runPrerender(root, publicDir, opts.boot);
      work.catch(() => undefined);
    },
    generateBundle: {
      order: 'pre',
      async handler() {
        if (!work) return;
        const { shot, boot } = await work;
        const css = readFileSync(resolve(root, opts.css), 'utf8') + (shot ? `\n${shot.css}\n` : '');
        const bootRef = this.emitFile({ type: 'asset', name: 'boot.js', source: boot });
        const cssRef = this.emitFile({ type: 'asset', name: 'first-screen.css', source: css });
        done = { shot, bootFile: this.getFileName(bootRef), cssFile: this.getFileName(cssRef) };
        if (shot) this.info(`first screen prerendered in ${(shot.ms / 1000).toFixed(1)} s (${(shot.html.length / 1024).toFixed(0)} KB)`);
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): { html: string; tags: HtmlTagDescriptor[] } {
        if (!done) return { html, tags: [] };
        const { shot, bootFile, cssFile } = done;
        // The build's id, from every file it wrote: a kept snapshot of another build (other markup,
        // other styles) is not used.
        const files = Object.keys(ctx.bundle ?? {})
          .sort()
          .join('\n');
        const facts: Record<string, string> = { 'data-build': sha256(files + (shot?.sha256 ?? '')).slice(0, 12) };
        if (shot)
          Object.assign(facts, {
            'data-file': shot.file,
            'data-sha256': shot.sha256,
            'data-shown-sha256': shot.shownSha256,
            'data-config-sha256': shot.configSha256,
            'data-index-sha256': shot.indexSha256,
            'data-min-width': String(MIN_WIDTH),
          });
        const tags: HtmlTagDescriptor[] = [
          { tag: 'link', attrs: { rel: 'stylesheet', href: `./${cssFile}` }, injectTo: 'head' },
          { tag: 'script', attrs: { src: `./${bootFile}`, id: 'first-screen-boot', ...facts }, injectTo: 'body-prepend' },
        ];
        if (shot) {
          tags.splice(2, 0, {
            tag: 'div',
            attrs: { id: SCOPE, inert: true, 'aria-busy': 'true' },
            // Inert until the entry script has checked it is this page's and moved it into the
            // picture's shadow root (src/app/firstScreen/verify.ts, shadow.ts).
            children: `<template>${shot.html}</template>`,
            injectTo: 'body-prepend',
          });
          // The boot script again, once the picture is parsed: it lays the picture out, hidden,
          // while the entry script checks it (src/app/firstScreen/boot.ts, layOutPicture).
          tags.splice(3, 0, { tag: 'script', attrs: { src: `./${bootFile}`, 'data-phase': 'attach' }, injectTo: 'body-prepend' });
        }
        // The boot script is asked for before anything else: it blocks the parser (it must run
        // before the markup below it), and behind a megabyte of the app's own chunks it came last.
        const preload = `<link rel="preload" as="script" href="./${bootFile}" fetchpriority="high" />`;
        return { html: html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${preload}`), tags };
      },
    },
  };
}
