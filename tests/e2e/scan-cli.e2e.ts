/**
 * `npm run extract` on scans, the way an office reads a folder of them in bulk: a scanned PDF of a
 * corpus report (made here at run time, tests/ocr/makeScans.ts) and a folder of page images, read
 * by the CLI into a dataset, its figures set against the dataset the CLI makes from the same
 * reports' .txt. A small real subset of `npm run eval:ocr`, which measures every seed and corpus
 * report, clean and degraded (three pages here, to stay inside the e2e runner's time per file).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeScan, printable, printedPdf } from '../ocr/makeScans.ts';
import { closeBrowser, getBrowser } from './browser.ts';
import { corpusText } from './scan-helpers.ts';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'fazhi-scan-cli-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeBrowser();
});

interface Evidence {
  indicator?: string;
  doc: string;
  value?: number;
  scope?: string;
  domain?: string;
}

function extract(inputs: string[], out: string): { evidence: Evidence[]; log: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/node/extract-cli/extract.ts', ...inputs, '--out', out], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `npm run extract failed: ${r.stderr}`);
  const ds = JSON.parse(readFileSync(out, 'utf8')) as { records: Array<{ evidence: Evidence[] }> };
  return { evidence: ds.records.flatMap((rec) => rec.evidence).filter((e) => e.indicator), log: r.stdout + r.stderr };
}

const key = (e: Evidence): string => [e.indicator, e.scope ?? '', e.domain ?? '', e.value].join('|');

/** Figures of `doc` read from the scan, against those of `txtDoc` read from the .txt. */
function compare(evidence: Evidence[], txt: Evidence[], doc: string, txtDoc: string) {
  const pool = txt.filter((e) => e.doc === txtDoc).map(key);
  const expected = pool.length;
  const extra: string[] = [];
  for (const e of evidence.filter((x) => x.doc === doc)) {
    const k = pool.indexOf(key(e));
    if (k >= 0) pool.splice(k, 1);
    else extra.push(key(e));
  }
  return { expected, found: expected - pool.length, missed: pool, extra };
}

describe('npm run extract on scans', () => {
  it('reads a scanned PDF and a folder of page images as the .txt reads, in one run', async () => {
    const browser = await getBrowser();
    const cases = [{ id: '04_changshou_2022', condition: 'clean' as const }];
    const scans = join(dir, 'scans');
    const texts = join(dir, 'texts');
    const photos = join(scans, '海宁-拍照');
    mkdirSync(photos, { recursive: true });
    mkdirSync(texts, { recursive: true });
    for (const c of cases) {
      const s = await makeScan(browser, printable(corpusText(c.id)), join(dir, 'work', c.id), c.condition);
      writeFileSync(join(scans, `${c.id}.pdf`), s.pdf);
      writeFileSync(join(texts, `${c.id}.txt`), corpusText(c.id));
    }
    const printed = await printedPdf(browser, printable(corpusText('01_haining_2024')));
    const pages = await makeScan(browser, printable(corpusText('01_haining_2024')), join(dir, 'work', 'haining'), 'clean', printed);
    pages.pages.forEach((p, k) => writeFileSync(join(photos, `第${k + 1}页.jpg`), readFileSync(p)));
    writeFileSync(join(texts, '01_haining_2024.txt'), corpusText('01_haining_2024'));

    const fromTxt = extract([texts], join(dir, 'txt.json'));
    const fromScans = extract([scans], join(dir, 'scans.json'));
    assert.match(fromScans.log, /read by OCR: check the figures against the paper/);

    const clean = compare(fromScans.evidence, fromTxt.evidence, '04_changshou_2022', '04_changshou_2022');
    const photo = compare(fromScans.evidence, fromTxt.evidence, '第1页', '01_haining_2024');
    for (const [name, c] of Object.entries({ clean, photo })) {
      assert.deepEqual(c.extra, [], `${name}: no figure the .txt does not hold`);
      assert.ok(c.expected >= 5 && c.found / c.expected >= 0.95, `${name}: found ${c.found}/${c.expected}; missed ${c.missed.join(', ')}`);
    }
  });
});
