/**
 * `npm run gen:national -- [out.json]`: synthetic data for every county-level unit of China
 * (default public/data/national.json, git-ignored). Prints units, records, size and time.
 */
import { resolve } from 'node:path';
import { buildNational } from './demo.ts';
import { toJsonLines } from './json-out.ts';
import { repoPath, writeText } from './node-io.ts';
import { isCountyLevel } from '../../domain/regions.ts';
import { assertValid } from './valid.ts';

const arg = process.argv.slice(2).find((a) => a !== '--');
const out = arg ? resolve(arg) : repoPath('public/data/national.json');
const t0 = performance.now();
const ds = buildNational();
assertValid(ds);
const text = toJsonLines(ds);
writeText(out, text);
const seconds = ((performance.now() - t0) / 1000).toFixed(2);
const counties = ds.units.filter((u) => isCountyLevel(u.level)).length;
const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(2);
console.log(`${out}: ${ds.units.length} units (${counties} county-level), ${ds.records.length} records, ${mb} MiB, ${seconds} s`);
