/**
 * Chart documents, rendered off-screen: the chart's option re-drawn in a fresh ECharts instance
 * (light theme, the document's font, white background, the export size and pixel ratio), then
 * composed with its header and footer. PNG through the canvas renderer, SVG through the SVG
 * renderer (server-side mode, no DOM). Every temporary instance is disposed. Loaded on first export.
 */
import type { DocInfo } from '../registry/docInfo.ts';
import { safeFilename } from '../download.ts';
import { loadEcharts } from '../../charts/load.ts';
import { echartsTheme } from '../../charts/theme.ts';
import type { ChartOption } from '../../charts/types.ts';
import { datasetHash } from '../hash.ts';
import {
  BASE_RATIO,
  DOC_HEIGHT_16_9,
  DOC_WIDTH,
  CHART_FONT,
  OWN_MAX,
  OWN_MIN,
  dateStamp,
  docLines,
  fontOf,
  headerHeight,
  layoutDocument,
  paintCanvas,
  paintSvg,
  defsFirst,
  roughMeasure,
  type DocLines,
  type Measure,
} from './layout.ts';
import { lightOptionOf } from './lightOption.ts';
import { itxt, phys, withChunks } from '../formats/png.ts';
import type { ChartEntry } from '../registry/types.ts';

type Core = Awaited<ReturnType<typeof loadEcharts>>;

export const EXPORT_THEME = 'fazhi-export';
let themed = false;

async function lib(extra: boolean): Promise<Core> {
  const core = await loadEcharts(extra);
  if (!themed) {
    const theme = echartsTheme('light');
    core.registerTheme(EXPORT_THEME, {
      ...theme,
      backgroundColor: 'transparent',
      textStyle: { ...(theme.textStyle as object), fontFamily: CHART_FONT },
    });
    themed = true;
  }
  return core;
}

/** The option as a document draws it: light colours, no animation, no tooltip. */
export function documentOption(entry: Pick<ChartEntry, 'option' | 'theme' | 'meta'>): ChartOption {
  const base = lightOptionOf(entry.option(), entry.theme(), entry.meta.lightOption);
  return { ...base, animation: false, backgroundColor: 'transparent', tooltip: { show: false } };
}

let measureCtx: CanvasRenderingContext2D | null | undefined;
const measure: Measure = (text, size, weight) => {
  if (measureCtx === undefined) measureCtx = document.createElement('canvas').getContext('2d');
  if (!measureCtx) return roughMeasure(text, size, weight);
  measureCtx.font = fontOf(size, weight);
  return measureCtx.measureText(text).width;
};

/** The chart alone, drawn on a canvas of `w`×`h` logical px at `ratio`. `draw` uses it before disposal. */
async function withChartCanvas<T>(entry: ChartEntry, w: number, h: number, ratio: number, draw: (c: HTMLCanvasElement) => T): Promise<T> {
  const core = await lib(entry.extra);
  const host = document.createElement('div');
  const inst = core.init(host, EXPORT_THEME, { renderer: 'canvas', width: w, height: h, devicePixelRatio: ratio });
  try {
    inst.setOption(documentOption(entry), { notMerge: true });
    return draw(inst.renderToCanvas({ pixelRatio: ratio }));
  } finally {
    inst.dispose();
  }
}

/** The chart alone as SVG markup (SVG renderer in server-side mode: no DOM, no layout). */
async function chartSvgMarkup(entry: ChartEntry, w: number, h: number): Promise<string> {
  const core = await lib(true);
  const inst = core.init(null, EXPORT_THEME, { renderer: 'svg', ssr: true, width: w, height: h });
  try {
    inst.setOption(documentOption(entry), { notMerge: true });
    return defsFirst(inst.renderToSVGString());
  } finally {
    inst.dispose();
  }
}

const toBlob = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));

export type Aspect = '16:9' | 'own';

export interface ChartDoc {
  blob: Blob;
  filename: string;
  width: number;
  height: number;
}

export interface DocFacts {
  lines: DocLines;
  hash: string;
  json: string;
}

/** The dataset as an exported file's metadata names it (a chart's file, the screen's ZIP manifest). */
export function datasetFacts(ds: NonNullable<DocInfo['dataset']>, lang: DocInfo['lang']) {
  return { id: ds.id, name: ds.name[lang], synthetic: ds.synthetic, asOf: ds.asOf, source: ds.source?.[lang] ?? null };
}

/** Everything the document states, and the same as JSON for file metadata. */
export async function docFacts(entry: Pick<ChartEntry, 'title' | 'meta'>, info: DocInfo): Promise<DocFacts> {
  const hash = info.datasetRef ? await datasetHash(info.datasetRef) : '';
  const lines = docLines(info, entry.title, entry.meta, hash);
  const ds = info.dataset;
  const json = JSON.stringify({
    app: 'fazhi-dashboard',
    title: entry.title,
    page: info.pageTitle,
    scope: info.scope,
    year: info.year,
    filters: info.filters,
    definition: entry.meta.definition ?? null,
    dataset: ds ? { ...datasetFacts(ds, info.lang), sha256: hash } : null,
    exportedAt: info.exportedAt.toISOString(),
  });
  return { lines, hash, json };
}

/** Own aspect: the chart area keeps the on-screen chart's width:height (within bounds). */
export function ownChartHeight(entry: Pick<ChartEntry, 'element'>): number {
  const r = entry.element()?.getBoundingClientRect();
  if (!r || r.width <= 0 || r.height <= 0) return DOC_HEIGHT_16_9 - 124;
  return Math.min(OWN_MAX, Math.max(OWN_MIN, Math.round((DOC_WIDTH * r.height) / r.width)));
}

export function filenameFor(info: DocInfo, title: string, suffix: string, ext: string): string {
  return safeFilename([title, info.scope, info.year === null ? '' : String(info.year), suffix, dateStamp(info.exportedAt)], ext);
}

/** The chart as a PNG document. 16:9 at 1× is 1600×900 px; 2× 3200×1800; 3× 4800×2700. */
export async function chartPng(entry: ChartEntry, info: DocInfo, aspect: Aspect, scale: number): Promise<ChartDoc> {
  const facts = await docFacts(entry, info);
  const layout =
    aspect === '16:9'
      ? layoutDocument(facts.lines, { totalHeight: DOC_HEIGHT_16_9 }, measure)
      : layoutDocument(facts.lines, { chartHeight: ownChartHeight(entry) }, measure);
  const ratio = BASE_RATIO * scale;
  const canvas = await withChartCanvas(entry, layout.chart.w, layout.chart.h, ratio, (chart) => paintCanvas(layout, chart, ratio));
  const png = new Uint8Array(await (await toBlob(canvas)).arrayBuffer());
  const { lines } = facts;
  const out = withChunks(png, [
    phys(96 * ratio),
    itxt('Title', lines.title),
    itxt('Description', [lines.sub, lines.definition].filter(Boolean).join('\n')),
    itxt('Source', lines.source),
    itxt('Creation Time', info.exportedAt.toISOString()),
    itxt('Software', 'fazhi-dashboard'),
    itxt('Comment', facts.json),
  ]);
  const suffix = `${aspect === '16:9' ? '16x9' : 'own'}_${scale}x`;
  return {
    blob: new Blob([out as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
    filename: filenameFor(info, entry.title, suffix, 'png'),
    width: canvas.width,
    height: canvas.height,
  };
}

/** The chart as an SVG document (16:9, 800×450 user units), with <metadata> holding the record. */
export async function chartSvg(entry: ChartEntry, info: DocInfo): Promise<ChartDoc & { text: string }> {
  const facts = await docFacts(entry, info);
  const layout = layoutDocument(facts.lines, { totalHeight: DOC_HEIGHT_16_9 }, measure);
  const chart = await chartSvgMarkup(entry, layout.chart.w, layout.chart.h);
  const text = checkSvg(
    paintSvg(layout, chart, {
      title: facts.lines.title,
      description: [facts.lines.sub, facts.lines.definition, facts.lines.source, facts.lines.stamp].filter(Boolean).join('\n'),
      json: facts.json,
    }),
  );
  return {
    text,
    blob: new Blob([text], { type: 'image/svg+xml;charset=utf-8' }),
    filename: filenameFor(info, entry.title, 'vector', 'svg'),
    width: layout.width,
    height: layout.height,
  };
}

/**
 * A last guard before an SVG leaves the app: no script, foreign markup or event-handler attribute
 * (names and quotes are data; they may only ever be text). Scanned as text: parsing it with
 * DOMParser here would apply the page's CSP to its style attributes and report violations.
 */
export function checkSvg(svg: string): string {
  for (const m of svg.matchAll(/<([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name === 'script' || name === 'foreignobject' || name === 'iframe') throw new Error(`SVG holds <${name}>`);
    for (const a of (m[2] ?? '').matchAll(/([^\s=/]+)\s*=\s*("[^"]*"|'[^']*')/g)) {
      if (/^on/i.test(a[1] ?? '') || /^["']\s*javascript:/i.test(a[2] ?? '')) throw new Error(`SVG holds ${a[1] ?? ''}=`);
    }
  }
  return svg;
}

/** The chart alone (no header/footer), for a slide that carries its own text: PNG bytes. */
export async function chartOnlyPng(entry: ChartEntry, w: number, h: number, ratio: number): Promise<Uint8Array> {
  const canvas = await withChartCanvas(entry, w, h, ratio, (chart) => {
    const c = document.createElement('canvas');
    c.width = chart.width;
    c.height = chart.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('canvas 2d context unavailable');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(chart, 0, 0);
    return c;
  });
  return new Uint8Array(await (await toBlob(canvas)).arrayBuffer());
}

export { headerHeight };
