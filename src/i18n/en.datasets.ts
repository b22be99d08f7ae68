import type { zhDatasets } from './zh.datasets.ts';

export const enDatasets: Record<keyof typeof zhDatasets, string> = {
  'ds.pick': 'Choose a dataset',
  'ds.manage': 'Datasets…',
  'ds.years.none': 'no figures yet',
  'ds.years.range': '{from}–{to}',
  'ds.download': 'Download JSON',
  'ds.empty.title': '“{name}” has no figures yet',
  'ds.empty.body': 'It has {units} units but no yearly figures. Download the fill-in template for the units to fill in and upload it, or import their annual rule-of-law reports.',
  'ds.empty.template': 'Download the fill-in template',
  'ds.empty.import': 'Import reports',
  'ds.empty.league': 'The league ranks units by their yearly figures: it fills once the dataset has figures.',
  'ds.empty.heatmap': 'The heatmap shows the shortcomings reports admit: it fills once reports are imported and their weaknesses accepted.',
  'ds.empty.screen': 'Dataset “{name}” has no data yet',
  'ds.storage.quota': 'The browser’s storage is full, so “{name}” could not be saved in this browser: it is on this page, but a reload or closing the tab loses it. Download its JSON first, then remove datasets you no longer need under “Datasets…” to make room.',
  'ds.storage.unavailable': 'This browser does not let the page keep data (a private window?): “{name}” lasts until this page is closed. Download its JSON to keep it. ({detail})',
};
