/**
 * What the dataset picker says of a dataset without opening it: its name, the region it covers,
 * its years, real or synthetic, and 'as of'. Computed once when the dataset is saved.
 */
import type { Dataset, LocalizedText } from '../contract/schema.ts';

export interface DatasetSummary {
  name: LocalizedText;
  /** The region it covers, as a name (淄博市; 河南省、山西省 when it spans several). */
  region: string;
  /** Years that have records, ascending (none yet for a new dataset). */
  years: number[];
  synthetic: boolean;
  asOf: string;
  units: number;
  records: number;
}

/**
 * The innermost unit that every county-level unit (or, failing those, every unit) lies under:
 * a city dataset is named by its city, a county's by the county, a province's by the province.
 */
export function datasetRegion(ds: Pick<Dataset, 'units'>): string {
  const byCode = new Map(ds.units.map((u) => [u.code, u]));
  const chain = (code: string): string[] => {
    const out: string[] = [];
    for (let u = byCode.get(code); u && !out.includes(u.code); u = u.parent === null ? undefined : byCode.get(u.parent))
      out.unshift(u.code);
    return out;
  };
  const leaves = ds.units.filter((u) => u.level !== 'province' && u.level !== 'city');
  const pool = leaves.length > 0 ? leaves : ds.units;
  if (pool.length === 0) return '';
  let common = chain(pool[0]?.code ?? '');
  for (const u of pool.slice(1)) {
    const c = chain(u.code);
    let k = 0;
    while (k < common.length && k < c.length && common[k] === c[k]) k++;
    common = common.slice(0, k);
  }
  const inner = common[common.length - 1];
  if (inner !== undefined) return byCode.get(inner)?.name ?? inner;
  const roots = ds.units.filter((u) => u.parent === null).map((u) => u.name);
  return roots.join('、');
}

export function summarizeDataset(ds: Dataset): DatasetSummary {
  return {
    name: ds.meta.name,
    region: datasetRegion(ds),
    years: [...new Set(ds.records.map((r) => r.year))].sort((a, b) => a - b),
    synthetic: ds.meta.synthetic,
    asOf: ds.meta.asOf,
    units: ds.units.length,
    records: ds.records.length,
  };
}
