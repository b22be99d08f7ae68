/**
 * `npm run bench`: how big and how fast the dashboard is, against its goals.
 *
 * Builds the app (into a temp dir, so a dist/ in use is not touched), generates the national
 * dataset, builds a blank Vite + React page as the baseline, serves both with the e2e server
 * (strict CSP) and prints one table. A missed goal prints MISSED; only an error fails the run.
 *
 * Sections are a list: add one with `section(name, async (ctx) => [rows])` below.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as viteBuild, type Rollup } from 'vite';
import { closeBrowser, getBrowser } from '../e2e/browser.ts';
import { ensureChromium } from '../e2e/ensure-chromium.ts';
import { startServer, type TestServer } from '../e2e/server.ts';

// ---------------------------------------------------------------------------------------------
import { goalRow, median, section, sections, type BenchContext, type Row } from './frame.ts';
import './league.ts';
import './exports.ts';
import './soak.ts';
import './screens.ts';
import './limitScale.ts';
import './firstChart.ts';
import './visualStates.ts';
import './tilemap.ts';
import './mainThread.ts';
import './offlineData.ts';
import './ocr.ts';

export { goalRow, median, section };

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const kb = (bytes: number) => bytes / 1024;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function sh(cmd: string, args: string[], cwd: string): void {
  console.log(`[bench] $ ${cmd} ${args.join(' ')}${cwd === process.cwd() ? '' : `   (in ${cwd})`}`);
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

function printTable(rows: Array<Row & { section: string }>): void {
  const head = { section: 'Section', measure: 'Measure', value: 'Value', goal: 'Goal', status: 'Status' };
  const all = [
    head,
    ...rows.map((r, i) => ({
      section: i > 0 && rows[i - 1]?.section === r.section ? '' : r.section,
      measure: r.measure,
      value: r.value,
      goal: r.goal ?? '',
      status: r.status ?? '',
    })),
  ];
  const keys = ['section', 'measure', 'value', 'goal', 'status'] as const;
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(...all.map((r) => r[k].length))])) as Record<(typeof keys)[number], number>;
  const line = (r: (typeof all)[number]) =>
    `| ${keys.map((k) => (k === 'value' ? r[k].padStart(width[k]) : r[k].padEnd(width[k]))).join(' | ')} |`;
  const rule = `|${keys.map((k) => '-'.repeat(width[k] + 2)).join('|')}|`;
  console.log(['', line(all[0] ?? head), rule, ...all.slice(1).map(line)].join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Bundle size.

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** Static imports of a built chunk (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
function staticImportsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    if (m[1]) out.push(resolve(dirname(file), m[1]));
  }
  return out;
}

function closure(start: string[], next: (f: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const f = todo.pop();
    if (f === undefined || seen.has(f)) continue;
    seen.add(f);
    todo.push(...next(f));
  }
  return seen;
}

function sizeOf(files: Iterable<string>): { raw: number; gzip: number; n: number } {
  let raw = 0;
  let gzip = 0;
  let n = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gz(buf);
    n += 1;
  }
  return { raw, gzip, n };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

section('Bundle', async ({ dist }) => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const entryJs: string[] = [];
  const css: string[] = [];
  for (const tag of tags) {
    const src = attr(tag, 'src');
    const href = attr(tag, 'href');
    if (tag.startsWith('<script') && src && /type="module"/.test(tag)) entryJs.push(resolve(dist, src));
    else if (/rel="modulepreload"/.test(tag) && href) entryJs.push(resolve(dist, href));
    else if (/rel="stylesheet"/.test(tag) && href) css.push(resolve(dist, href));
  }
  if (entryJs.length === 0) throw new Error('no entry script in dist/index.html');

  // ECharts: the chunk built from src/charts/echarts.ts and everything it imports statically.
  // index.html modulepreloads it beside the app (issue 14), so it downloads in parallel; it is
  // still counted on its own, against its own goal, and the app's initial JS is the rest: the
  // entry and the preloaded app chunks with their static imports, without the ECharts chunks.
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const chunkClosure = (key: string) => closure([key], (k) => manifest[k]?.imports ?? []);
  const filesOf = (keys: Set<string>) => new Set([...keys].map((k) => resolve(dist, manifest[k]?.file ?? k)));
  const echartsFiles = filesOf(chunkClosure('src/charts/echarts.ts'));
  const initial = closure(
    entryJs.filter((f) => !echartsFiles.has(f)),
    staticImportsOf,
  );
  const core = [...echartsFiles].filter((f) => !initial.has(f));
  const extra = [...filesOf(chunkClosure('src/charts/echarts-extra.ts'))].filter((f) => !initial.has(f) && !core.includes(f));
  if (!manifest['src/charts/echarts.ts']) throw new Error('src/charts/echarts.ts is not a chunk of its own in the build');

  const js = sizeOf(initial);
  const styles = sizeOf(css);
  const ec = sizeOf(core);
  const ecx = sizeOf(extra);

  // No byte of MSW may ship: its worker, its banner, its package path.
  const mswPattern = /mockServiceWorker|\[MSW\]|Mock Service Worker|node_modules\/msw|\bmsw\/(?:browser|node)\b|mswjs/;
  const hits = walk(dist)
    .filter((f) => !f.includes(join(dist, '.vite')))
    .filter((f) => /mockServiceWorker|msw/i.test(relative(dist, f)) || mswPattern.test(readFileSync(f, 'latin1')));
  const names = (fs: Iterable<string>) => [...fs].map((f) => relative(join(dist, 'assets'), f)).join(', ');

  console.log(`[bench] initial JS: ${names(initial)}; CSS: ${names(css)}; ECharts: ${names(core)}; ECharts extra: ${names(extra)}`);
  return [
    goalRow(`initial JS, gzip (${js.n} files, ${kb(js.raw).toFixed(0)} KB raw)`, kb(js.gzip), 'KB', 150),
    { measure: `initial CSS, gzip (${styles.n} file${styles.n === 1 ? '' : 's'})`, value: `${kb(styles.gzip).toFixed(1)} KB` },
    goalRow(`ECharts core, lazy, gzip (${ec.n} chunks)`, kb(ec.gzip), 'KB', 215),
    { measure: `ECharts extra (heatmap/radar/SVG), lazy, gzip (${ecx.n})`, value: `${kb(ecx.gzip).toFixed(1)} KB` },
    {
      measure: 'MSW in dist',
      value: hits.length ? `yes: ${hits.map((f) => relative(dist, f)).join(', ')}` : 'no',
      goal: 'no',
      status: hits.length ? 'MISSED' : 'ok',
    },
  ];
});

// ---------------------------------------------------------------------------------------------
// Parse and validate the national dataset.

section(`National dataset: JSON.parse + parseDataset (median of ${RUNS})`, async ({ root, nationalText, app, browser }) => {
  const { parseDataset } = (await import(
    pathToFileURL(join(root, 'src/contract/validate.ts')).href
  )) as typeof import('../../src/contract/validate.ts');
  const node: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = parseDataset(JSON.parse(nationalText));
    node.push(performance.now() - t0);
    if (!r.ok) throw new Error(`national dataset refused: ${JSON.stringify(r.problems.slice(0, 3))}`);
  }

  const context = await browser.newContext();
  let chromium: number[];
  try {
    const page = await context.newPage();
    await page.goto(`${app.url}__bench/parse.html`);
    await page.waitForFunction(() => 'BenchValidate' in window);
    chromium = await page.evaluate(async (runs) => {
      const text = await (await fetch('/data/national.json')).text();
      const lib = (window as unknown as { BenchValidate: { parseDataset: (x: unknown) => { ok: boolean } } }).BenchValidate;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const r = lib.parseDataset(JSON.parse(text));
        times.push(performance.now() - t0);
        if (!r.ok) throw new Error('national dataset refused in Chromium');
      }
      return times;
    }, RUNS);
  } finally {
    await context.close();
  }
  const mib = (Buffer.byteLength(nationalText) / 1024 / 1024).toFixed(2);
  console.log(
    `[bench] parse+validate runs (ms): node ${node.map((x) => x.toFixed(0)).join('/')}; chromium ${chromium.map((x) => x.toFixed(0)).join('/')}`,
  );
  return [goalRow(`Node ${process.version} (${mib} MiB)`, median(node), 'ms', 300, 0), goalRow('Chromium', median(chromium), 'ms', 300, 0)];
});

// ---------------------------------------------------------------------------------------------
// Setup and the run.

function buildBlankApp(root: string, tmp: string): string {
  const dir = join(tmp, 'blank');
  mkdirSync(join(dir, 'src'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n  <head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>blank</title></head>\n  <body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body>\n</html>\n',
  );
  writeFileSync(
    join(dir, 'src/main.jsx'),
    "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\n\nfunction App() {\n  return <h1 id=\"blank-root-rendered\">Blank</h1>;\n}\n\ncreateRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);\n",
  );
  writeFileSync(
    join(dir, 'vite.config.mjs'),
    "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\nexport default defineConfig({ base: './', plugins: [react()], build: { target: 'es2022' }, logLevel: 'warn' });\n",
  );
  sh(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], dir);
  return join(dir, 'dist');
}

/**
 * The measured floor of "a first ECharts chart": a Vite + React page that draws one line chart
 * with the app's own ECharts registration (src/charts/echarts.ts), after fetching and
 * JSON-parsing a dataset that index.html preloads (demo: index.html, national: national.html;
 * empty.html draws from no data). No validation, no model, no app: what any dashboard on this
 * stack pays before its first chart. The chart carries the app's ready marker, so the same
 * selector times it.
 *
 * map.html is the floor of the overview's own first chart: the same page, but it draws the demo
 * dataset's province as the app's tile map (tileMapOption, its scale and legend, 157 tiles with
 * their names), coloured by the first indicator's raw values. Still no validation, no model, no app.
 */
function buildFloorApp(root: string, tmp: string): string {
  const dir = join(tmp, 'floor');
  mkdirSync(join(dir, 'src'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const page = (dataset: string | null, kind = 'line') =>
    '<!doctype html>\n<html lang="en">\n  <head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>floor</title>' +
    (dataset ? `<link rel="preload" as="fetch" crossorigin="anonymous" href="./data/${dataset}" />` : '') +
    `</head>\n  <body data-dataset="${dataset ?? ''}" data-kind="${kind}"><div id="root"></div><script type="module" src="/src/main.jsx"></script></body>\n</html>\n`;
  writeFileSync(join(dir, 'index.html'), page('demo.json'));
  writeFileSync(join(dir, 'national.html'), page('national.json'));
  writeFileSync(join(dir, 'empty.html'), page(null));
  writeFileSync(join(dir, 'map.html'), page('demo.json', 'map'));
  writeFileSync(
    join(dir, 'src/main.jsx'),
    [
      "import { StrictMode, useEffect, useRef, useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      `import { init } from ${JSON.stringify(join(root, 'src/charts/echarts.ts'))};`,
      `import { tileMapOption } from ${JSON.stringify(join(root, 'src/charts/tilemap/tileMapOption.ts'))};`,
      `import { niceBreaks, sequentialScale } from ${JSON.stringify(join(root, 'src/charts/tilemap/scale.ts'))};`,
      `import layout from ${JSON.stringify(join(root, 'src/data/tiles/410000.json'))};`,
      'const file = document.body.dataset.dataset;',
      "const data = file ? fetch(`./data/${file}`, { headers: { Accept: 'application/json' } }).then((r) => r.json()) : Promise.resolve({ records: [] });",
      'function perYear(d) {',
      '  const m = new Map();',
      '  for (const r of d.records ?? []) m.set(r.year, (m.get(r.year) ?? 0) + 1);',
      '  const years = [...m.keys()].sort();',
      '  return years.length ? { years, n: years.map((y) => m.get(y)) } : { years: [2021, 2022, 2023], n: [1, 2, 3] };',
      '}',
      'function Chart({ series }) {',
      '  const el = useRef(null);',
      '  useEffect(() => {',
      "    const c = init(el.current, null, { renderer: 'canvas' });",
      "    c.setOption({ animation: false, grid: { left: 40, right: 16, top: 16, bottom: 24 }, xAxis: { type: 'category', data: series.years.map(String) }, yAxis: { type: 'value' }, tooltip: { trigger: 'axis' }, series: [{ type: 'line', data: series.n }] });",
      "    el.current.dataset.ready = 'true';",
      '    return () => c.dispose();',
      '  }, [series]);',
      '  return <div ref={el} className="echart" style={{ width: 600, height: 300 }} />;',
      '}',
      'function mapOption(d) {',
      '  const year = Math.max(...d.records.map((r) => r.year));',
      '  const data = new Map();',
      '  for (const r of d.records) if (r.year === year && typeof r.values[0] === "number") data.set(r.unit, { value: r.values[0], display: String(r.values[0]), rank: "" });',
      '  const scale = sequentialScale(niceBreaks([...data.values()].map((x) => x.value)), String, (x) => `< ${x}`, (x) => `≥ ${x}`);',
      '  const tiles = layout.tiles.map(([code, col, row, group, name]) => ({ code, col, row, group, name }));',
      "  return tileMapOption({ tiles, data, scale, legendTitle: '数值', labels: { value: '数值', rank: '名次', quote: '原文', missing: '缺数据' }, national: false }, { theme: 'light', lang: 'zh' });",
      '}',
      'function MapChart({ option }) {',
      '  const el = useRef(null);',
      '  useEffect(() => {',
      "    const c = init(el.current, null, { renderer: 'canvas' });",
      '    c.setOption(option);',
      "    el.current.dataset.ready = 'true';",
      '    return () => c.dispose();',
      '  }, [option]);',
      '  return <div ref={el} className="echart" style={{ width: 1280, height: 640 }} />;',
      '}',
      'const kind = document.body.dataset.kind;',
      'function App() {',
      '  const [shown, setShown] = useState(null);',
      "  useEffect(() => void data.then((d) => setShown(kind === 'map' ? mapOption(d) : perYear(d))), []);",
      "  return <main><h1>floor</h1>{shown && (kind === 'map' ? <MapChart option={shown} /> : <Chart series={shown} />)}</main>;",
      '}',
      "createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'vite.config.mjs'),
    "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\n" +
      "export default defineConfig({ base: './', plugins: [react()], build: { target: 'es2022', rollupOptions: { input: { index: 'index.html', national: 'national.html', empty: 'empty.html', map: 'map.html' } } }, logLevel: 'warn' });\n",
  );
  sh(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], dir);
  return join(dir, 'dist');
}

/** validate.ts as a script for the browser: window.BenchValidate.parseDataset. */
async function buildValidateScript(root: string): Promise<string> {
  const out = (await viteBuild({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, 'src/contract/validate.ts'), formats: ['iife'], name: 'BenchValidate', fileName: () => 'validate.js' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const first = (Array.isArray(out) ? out[0] : out)?.output.find((o) => o.type === 'chunk');
  if (!first || first.type !== 'chunk') throw new Error('validate.ts did not build');
  return first.code;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const root = process.cwd();
  if (!existsSync(join(root, 'src/contract/validate.ts'))) throw new Error('run from the repository root (npm run bench)');
  ensureChromium();
  const tmp = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  const servers: TestServer[] = [];
  let failed = false;
  try {
    const dist = join(tmp, 'app');
    sh('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], root);
    const nationalPath = join(tmp, 'national.json');
    sh('npm', ['run', '--silent', 'gen:national', '--', nationalPath], root);
    const nationalText = readFileSync(nationalPath, 'utf8');
    const blankDist = buildBlankApp(root, tmp);
    const floorDist = buildFloorApp(root, tmp);
    const profileDist = join(tmp, 'profile');
    sh('npx', ['vite', 'build', '--outDir', profileDist, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'], root);
    const validateJs = await buildValidateScript(root);

    // The deployment's cache headers (README, "Caching"), so a repeat visit is what users get.
    const app = await startServer({
      root: dist,
      caching: 'deploy',
      extraRoutes: {
        '/__bench/validate.js': { body: validateJs, contentType: 'text/javascript; charset=utf-8' },
        '/__bench/parse.html': {
          body: '<!doctype html><meta charset="utf-8"><title>parse</title><script src="/__bench/validate.js"></script>',
          contentType: 'text/html; charset=utf-8',
        },
      },
    });
    servers.push(app);
    const blank = await startServer({ root: blankDist, caching: 'deploy' });
    servers.push(blank);
    // The datasets as files, as the app's are: a repeat visit revalidates them (ETag, 304).
    mkdirSync(join(floorDist, 'data'), { recursive: true });
    writeFileSync(join(floorDist, 'data/demo.json'), readFileSync(join(root, 'public/data/demo.json')));
    writeFileSync(join(floorDist, 'data/national.json'), nationalText);
    writeFileSync(join(dist, 'data/national.json'), nationalText);
    const floor = await startServer({ root: floorDist, caching: 'deploy' });
    servers.push(floor);
    const profile = await startServer({ root: profileDist, caching: 'deploy' });
    servers.push(profile);
    const browser = await getBrowser();
    const ctx: BenchContext = { root, tmp, dist, app, blank, floor, profile, nationalText, browser, results: new Map() };
    console.log(
      `[bench] app ${app.url} (build ${relative(root, dist) || dist}, ${(statSync(nationalPath).size / 1048576).toFixed(2)} MiB national dataset), blank page ${blank.url}`,
    );

    const rows: Array<Row & { section: string }> = [];
    // BENCH_ONLY=first,heap runs only the sections whose names contain one of the words.
    const only = (process.env.BENCH_ONLY ?? '')
      .split(',')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean);
    const chosen = sections.filter((s) => only.length === 0 || only.some((w) => s.name.toLowerCase().includes(w)));
    for (const s of [...chosen].sort((a, b) => a.order - b.order)) {
      const started = performance.now();
      try {
        for (const r of await s.fn(ctx)) rows.push({ ...r, section: s.name });
      } catch (err) {
        failed = true;
        console.error(`[bench] ${s.name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        rows.push({
          section: s.name,
          measure: 'error',
          value: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err),
          status: 'ERROR',
        });
      }
      console.log(`[bench] ${s.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    printTable(rows);
    const missed = rows.filter((r) => r.status === 'MISSED').length;
    console.log(
      `\n${missed ? `${missed} goal(s) MISSED` : 'all goals met'}${failed ? '; some sections FAILED' : ''} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
  } finally {
    await closeBrowser();
    for (const s of servers) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
