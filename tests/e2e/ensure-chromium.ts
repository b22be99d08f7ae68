/**
 * Makes sure the browser the e2e tests and the bench drive is installed: Debian's chromium at
 * /usr/bin/chromium, and a CJK font so Chinese renders in screenshots (not tofu boxes).
 * On a fresh CI machine (running as root) it installs them with apt-get and says so.
 *
 * `npx tsx tests/e2e/ensure-chromium.ts` runs it on its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH } from './browser.ts';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`[ensure-chromium] $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function hasCjkFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Installs what is missing; returns the chromium path. Throws if it cannot. */
export function ensureChromium(): string {
  const packages: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`[ensure-chromium] ${CHROMIUM_PATH} not found: installing chromium and fonts-noto-cjk`);
    packages.push('chromium', 'fonts-noto-cjk');
  } else if (!hasCjkFont()) {
    console.log('[ensure-chromium] no CJK font (fc-list :lang=zh is empty): installing fonts-noto-cjk');
    packages.push('fonts-noto-cjk');
  }
  if (packages.length === 0) return CHROMIUM_PATH;

  if (!isRoot()) {
    const msg = `[ensure-chromium] need root to install ${packages.join(' ')}; run: sudo apt-get install -y ${packages.join(' ')}`;
    if (!existsSync(CHROMIUM_PATH)) throw new Error(msg);
    console.warn(`${msg} (continuing: Chinese text may not render in screenshots)`);
    return CHROMIUM_PATH;
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...packages], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`[ensure-chromium] ${CHROMIUM_PATH} still missing after apt-get install`);
  console.log(`[ensure-chromium] installed: ${packages.join(', ')}`);
  return CHROMIUM_PATH;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    console.log(`[ensure-chromium] ready: ${ensureChromium()}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
