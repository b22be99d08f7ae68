import type { zhDatasets } from './zh.datasets.ts';

export const enDatasets: Record<keyof typeof zhDatasets, string> = {
  'ds.pick': 'Choose a dataset',
  'ds.notSaved': 'not saved, lost on reload',
  'ds.manage': 'Datasets…',
  'ds.years.none': 'no figures yet',
  'ds.years.range': '{from}–{to}',
  'ds.download': 'Download JSON',
  'ds.empty.screen': 'Dataset “{name}” has no data yet',
};
