/**
 * `npm run e2e [-- <name filter>...]`: the browser tests against the production build.
 *
 * Ensures chromium, builds `dist/` if it is missing, serves it (strict CSP, MSW fixtures) and runs
 * `tests/e2e/*.e2e.ts` with Node's test runner in child processes (`node --import tsx --test`),
 * TAP output with its `# pass N` / `# fail N` summary. The exit code is the runner's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ARTIFACTS } from './browser.ts';
import { ensureChromium } from './ensure-chromium.ts';
import { startServer } from './server.ts';

const t0 = performance.now();
const dir = resolve('tests/e2e');
const filters = process.argv.slice(2).filter((a) => a !== '--');

ensureChromium();

if (!existsSync(resolve('dist/index.html'))) {
  console.log('[e2e] dist/index.html missing: $ npx vite build');
  const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
  .map((f) => join('tests/e2e', f));
if (files.length === 0) {
  console.error(`[e2e] no spec files match ${filters.join(' ')}`);
  process.exit(1);
}
mkdirSync(ARTIFACTS, { recursive: true });
// Failure screenshots from an earlier run would mislead: only this run's are kept.
for (const f of readdirSync(ARTIFACTS)) if (f.startsWith('FAILED-')) rmSync(join(ARTIFACTS, f), { force: true });

// Serve a snapshot of dist/: a rebuild while the tests run (another terminal, an editor's watch
// task) cannot pull files from under them.
const snapshot = mkdtempSync(join(tmpdir(), 'fazhi-e2e-'));
const root = join(snapshot, 'dist');
cpSync(resolve('dist'), root, { recursive: true });
if (!existsSync(join(root, 'index.html'))) {
  console.error('[e2e] dist/ changed while it was copied (a build running elsewhere?); run again');
  process.exit(1);
}
const server = await startServer({ root });
console.log(`[e2e] serving a copy of dist/ at ${server.url}; specs: ${files.join(' ')}`);

const code = await new Promise<number>((done) => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=tap',
      `--test-concurrency=${process.env.E2E_CONCURRENCY ?? '1'}`,
      '--test-timeout=180000',
      ...files,
    ],
    { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: server.url, E2E_DIST: root } },
  );
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  child.on('exit', (c, signal) => done(c ?? (signal ? 1 : 0)));
});

await server.close();
rmSync(snapshot, { recursive: true, force: true });
console.log(`[e2e] ${code === 0 ? 'passed' : 'FAILED'} in ${((performance.now() - t0) / 1000).toFixed(1)} s; artifacts in ${ARTIFACTS}`);
process.exit(code);
