/**
 * Makes sure LibreOffice (Writer, Impress) and poppler-utils are there for the briefing's e2e
 * test, which opens the exported .docx and .pptx in real office software. On a fresh CI machine
 * (root) it installs Debian's libreoffice-writer, libreoffice-impress and poppler-utils.
 */
import { spawnSync } from 'node:child_process';

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

export function ensureOffice(): void {
  if (has('soffice') && has('pdftotext') && has('pdftoppm')) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const packages = ['libreoffice-writer', 'libreoffice-impress', 'poppler-utils'];
  if (!root)
    throw new Error(`[ensure-office] need root to install ${packages.join(' ')}; run: sudo apt-get install -y ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    console.log(`[ensure-office] $ apt-get ${args.join(' ')}`);
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  }
}
