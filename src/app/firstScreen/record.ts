/**
 * Keeps a picture of the screen the app has just drawn, for this browser's next visit to show at
 * once (boot.ts): the DOM as data (shotTree.ts), each chart in view as the SVG of its own option.
 * Loaded when the page is idle after its first screen is drawn, never on the first chart's path.
 */
import { datasetHash } from '../../export/hash.ts';
import { chartsOnScreen } from '../../export/registry/onScreen.ts';
import { loadEcharts } from '../../charts/load.ts';
import { cspSafeSvg } from '../../charts/svgClean.ts';
import { echartsTheme } from '../../charts/theme.ts';
import type { ChartEntry } from '../../export/registry/types.ts';
import { readStoredChoice } from '../../data/storedChoice.ts';
import { pageKeys } from './keys.ts';
import { saveShot, shotKey, type SaveResult, type Shot, type ShotNode } from './shotStore.ts';
import { documentCss } from './shadow.ts';
import { domTree, svgTree } from './shotTree.ts';

/** The chart as the SVG renderer draws it at `w`×`h`, as a tree; null if it cannot be drawn. */
async function chartPicture(entry: ChartEntry, w: number, h: number): Promise<ShotNode | null> {
  if (w <= 0 || h <= 0) return null;
  const core = await loadEcharts(true);
  const chart = core.init(null, echartsTheme(entry.theme()), { renderer: 'svg', ssr: true, width: w, height: h });
  let markup: string;
  try {
    chart.setOption({ ...entry.option(), animation: false }, { notMerge: true });
    markup = cspSafeSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.tagName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;
  return svgTree(svg);
}

export interface RecordInput {
  root: HTMLElement;
  /** The dataset on screen (its SHA-256 files the picture), its as-of date. */
  dataset: object;
  asOf: string;
  /** What the picture will say it is, in the page's language. */
  mark: string;
}

/** Keeps the picture; not when there is nothing to file it under or it is over the budget. */
export async function recordFirstScreen(input: RecordInput): Promise<SaveResult> {
  const facts = document.getElementById('first-screen-boot')?.dataset;
  if (!facts?.build) return { saved: false, chars: 0 };
  const keys = pageKeys(window.location, readStoredChoice(), facts.file ?? null, window.innerWidth);
  if (keys.source === null) return { saved: false, chars: 0 };
  const charts = new Map<Element, ShotNode | null>();
  for (const entry of chartsOnScreen()) {
    const el = entry.element();
    if (!el || !input.root.contains(el)) continue;
    const box = el.getBoundingClientRect();
    const inView = box.top < window.innerHeight && box.bottom > 0;
    charts.set(el, inView ? await chartPicture(entry, el.clientWidth, el.clientHeight) : null);
  }
  // Charts without an export entry are kept as their empty box.
  for (const el of input.root.querySelectorAll('.echart')) if (!charts.has(el)) charts.set(el, null);
  const tree = [...input.root.childNodes].flatMap((n) => {
    const t = domTree(n, charts);
    return t === null ? [] : [t];
  });
  const dataset = await datasetHash(input.dataset);
  const shot: Shot = {
    v: 1,
    build: facts.build,
    key: shotKey(facts.build, dataset, keys),
    dataset,
    asOf: input.asOf,
    savedAt: Date.now(),
    mark: input.mark,
    tree,
    css: await documentCss(),
  };
  return saveShot(shot, keys.source);
}
