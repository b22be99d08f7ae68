/**
 * The dataset-hashing code, loaded just after the page (not in the initial bundle) and kept once
 * loaded: the header's export slot starts the load and reads the hash at print time without
 * waiting; the export menu awaits it. Both import it from here.
 */
import type { DocInfo } from '../registry/docInfo.ts';

type HashModule = typeof import('../hash.ts');
let hashModule: HashModule | null = null;
export const loadHash = (): Promise<HashModule> =>
  import('../hash.ts').then((m) => {
    hashModule = m;
    return m;
  });

/** The hash if it can be had without waiting (a print that has already started cannot wait). */
export const hashNow = (info: DocInfo): string | null =>
  info.datasetRef && hashModule ? hashModule.datasetHashSync(info.datasetRef) : null;
