/**
 * The exported image as a document: a header (title, scope/year/filters, 统计口径, a synthetic or
 * real badge), the chart, and a footer (data source, as-of, export date, dataset snapshot hash).
 * Pure layout in logical pixels; painters for canvas (PNG) and SVG draw the same boxes.
 */
import type { DocInfo } from '../registry/docInfo.ts';
import { escapeXml } from '../formats/xml.ts';
import type { ChartExportMeta } from '../registry/types.ts';

/** Documents name their fonts explicitly: Windows, macOS, then Linux's CJK font. */
export const EXPORT_FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';
/**
 * The same stack with single quotes, for the chart itself: ECharts' SVG renderer writes the font
 * into a double-quoted style attribute without escaping it.
 */
export const CHART_FONT = EXPORT_FONT.replaceAll('"', "'");

export const COLORS = {
  background: '#ffffff',
  text: '#1b2430',
  muted: '#5a6472',
  rule: '#e3e7ed',
  syntheticBg: '#fff1c2',
  syntheticText: '#6b4e00',
  realBg: '#dff3ea',
  realText: '#00573c',
} as const;

/** Logical width of every document; the pixel size is this × 2 × scale (1× = 1600 px wide). */
export const DOC_WIDTH = 800;
export const DOC_HEIGHT_16_9 = 450;
/** Logical px → output px at 1×. */
export const BASE_RATIO = 2;
/** Height of the chart area in "own aspect" documents is kept within these bounds (logical px). */
export const OWN_MIN = 240;
export const OWN_MAX = 800;

export interface DocLines {
  title: string;
  sub: string;
  definition: string;
  source: string;
  stamp: string;
  badge: string;
  synthetic: boolean;
}

const dateTime = (d: Date): string => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

export const dateStamp = (d: Date): string => dateTime(d).slice(0, 10).replaceAll('-', '');

/**
 * Where a document's figures came from: first what their evidence says (a chart's own `sources`,
 * else the page's: 填报模板（a.xlsx）96项 …), then the dataset, its label, its own source note, as-of.
 */
export function sourceText(info: DocInfo, sources: string | undefined = info.sources): string {
  const { t } = info;
  const ds = info.dataset;
  if (!ds) return '';
  const label = ds.synthetic ? t('header.synthetic') : t('header.real');
  const name = ds.name[info.lang];
  const parts = sources ? [sources] : [];
  parts.push(...(name.includes(label) ? [name] : [name, label]));
  const src = ds.source?.[info.lang];
  if (src) parts.push(src);
  parts.push(t('header.asOf', { date: ds.asOf }));
  return `${t('export.doc.source')}：${parts.join(' · ')}`;
}

export function contextText(info: DocInfo): string {
  const { t } = info;
  const parts = [`${t('filter.scope')}：${info.scope}`];
  if (info.year !== null) parts.push(`${t('filter.year')}：${info.year}`);
  if (info.filters.length) parts.push(`${t('export.doc.filters')}：${info.filters.join('；')}`);
  return parts.join(' · ');
}

export function stampText(info: DocInfo, hash: string): string {
  const { t } = info;
  return [
    t('export.doc.exported', { date: dateTime(info.exportedAt) }),
    t('export.doc.snapshot', { hash: hash.slice(0, 12) }),
    t('app.title'),
  ].join(' · ');
}

export function docLines(info: DocInfo, title: string, meta: ChartExportMeta, hash: string): DocLines {
  const sub = [contextText(info), meta.subtitle ?? ''].filter(Boolean).join(' · ');
  return {
    title,
    sub,
    definition: meta.definition ? `${info.t('export.doc.definition')}：${meta.definition}` : '',
    source: sourceText(info, meta.sources ?? info.sources),
    stamp: stampText(info, hash),
    badge: info.dataset ? info.t(info.dataset.synthetic ? 'header.synthetic' : 'header.real') : '',
    synthetic: info.dataset?.synthetic ?? false,
  };
}

export interface DocText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  color: string;
  anchor: 'start' | 'end';
  role: 'title' | 'sub' | 'definition' | 'source' | 'stamp' | 'badge';
}

export interface DocBox {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  radius: number;
}

export interface DocLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; w: number; h: number };
  texts: DocText[];
  boxes: DocBox[];
}

/** Width of text in logical px at a size and weight. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

/** A rough measure for when no canvas is at hand (tests): CJK full width, the rest about half. */
export const roughMeasure: Measure = (text, size) => {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? size : size * 0.56;
  return w;
};

/** Text cut to a width, with an ellipsis. */
export function fit(text: string, max: number, size: number, weight: 400 | 700, measure: Measure): string {
  if (measure(text, size, weight) <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

const PAD = 24;
const FOOTER = 50;
/** The chart area's side margins (the chart's own grid adds its padding inside). */
const INSET = 12;

export const headerHeight = (lines: Pick<DocLines, 'definition'>): number => (lines.definition ? 94 : 74);

/** The document's boxes for a chart area of `chartHeight` (or a total height, for 16:9). */
export function layoutDocument(lines: DocLines, size: { chartHeight: number } | { totalHeight: number }, measure: Measure): DocLayout {
  const width = DOC_WIDTH;
  const head = headerHeight(lines);
  const chartH = 'chartHeight' in size ? size.chartHeight : size.totalHeight - head - FOOTER;
  const height = head + chartH + FOOTER;
  const inner = width - 2 * PAD;
  const texts: DocText[] = [];
  const boxes: DocBox[] = [];

  let titleMax = inner;
  if (lines.badge) {
    const bw = measure(lines.badge, 12, 700) + 16;
    boxes.push({ x: width - PAD - bw, y: 18, w: bw, h: 22, fill: lines.synthetic ? COLORS.syntheticBg : COLORS.realBg, radius: 11 });
    texts.push({
      text: lines.badge,
      x: width - PAD - 8,
      y: 33.5,
      size: 12,
      weight: 700,
      color: lines.synthetic ? COLORS.syntheticText : COLORS.realText,
      anchor: 'end',
      role: 'badge',
    });
    titleMax = inner - bw - 12;
  }
  texts.push({
    text: fit(lines.title, titleMax, 20, 700, measure),
    x: PAD,
    y: 36,
    size: 20,
    weight: 700,
    color: COLORS.text,
    anchor: 'start',
    role: 'title',
  });
  texts.push({
    text: fit(lines.sub, inner, 12.5, 400, measure),
    x: PAD,
    y: 59,
    size: 12.5,
    weight: 400,
    color: COLORS.muted,
    anchor: 'start',
    role: 'sub',
  });
  if (lines.definition) {
    texts.push({
      text: fit(lines.definition, inner, 12, 400, measure),
      x: PAD,
      y: 79,
      size: 12,
      weight: 400,
      color: COLORS.muted,
      anchor: 'start',
      role: 'definition',
    });
  }
  boxes.push({ x: PAD, y: head - 7, w: inner, h: 1, fill: COLORS.rule, radius: 0 });
  const foot = head + chartH;
  boxes.push({ x: PAD, y: foot + 6, w: inner, h: 1, fill: COLORS.rule, radius: 0 });
  texts.push({
    text: fit(lines.source, inner, 11, 400, measure),
    x: PAD,
    y: foot + 24,
    size: 11,
    weight: 400,
    color: COLORS.muted,
    anchor: 'start',
    role: 'source',
  });
  texts.push({
    text: fit(lines.stamp, inner, 11, 400, measure),
    x: PAD,
    y: foot + 40,
    size: 11,
    weight: 400,
    color: COLORS.muted,
    anchor: 'start',
    role: 'stamp',
  });
  return { width, height, chart: { x: INSET, y: head, w: width - 2 * INSET, h: chartH }, texts, boxes };
}

export const fontOf = (size: number, weight: 400 | 700): string => `${weight} ${size}px ${EXPORT_FONT}`;

/** Paints the header, footer and background; the chart canvas is drawn into `layout.chart`. */
export function paintCanvas(layout: DocLayout, chart: CanvasImageSource | null, ratio: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d context unavailable');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(ratio, ratio);
  for (const b of layout.boxes) {
    ctx.fillStyle = b.fill;
    ctx.beginPath();
    if (b.radius > 0) ctx.roundRect(b.x, b.y, b.w, b.h, b.radius);
    else ctx.rect(b.x, b.y, b.w, b.h);
    ctx.fill();
  }
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    ctx.font = fontOf(t.size, t.weight);
    ctx.fillStyle = t.color;
    ctx.textAlign = t.anchor === 'end' ? 'right' : 'left';
    ctx.fillText(t.text, t.x, t.y);
  }
  if (chart) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    const c = layout.chart;
    ctx.drawImage(chart, Math.round(c.x * ratio), Math.round(c.y * ratio), Math.round(c.w * ratio), Math.round(c.h * ratio));
  }
  return canvas;
}

/** The document as SVG: header/footer as <text>, the chart's own SVG nested, metadata attached. */
export function paintSvg(layout: DocLayout, chartSvg: string, meta: { title: string; description: string; json: string }): string {
  const font = escapeXml(EXPORT_FONT);
  const boxes = layout.boxes
    .map((b) => `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"${b.radius ? ` rx="${b.radius}"` : ''} fill="${b.fill}"/>`)
    .join('');
  const texts = layout.texts
    .map(
      (t) =>
        `<text x="${t.x}" y="${t.y}" font-family="${font}" font-size="${t.size}" font-weight="${t.weight}" fill="${t.color}"${t.anchor === 'end' ? ' text-anchor="end"' : ''} data-role="${t.role}">${escapeXml(t.text)}</text>`,
    )
    .join('');
  const c = layout.chart;
  // The chart's root <svg> becomes a nested viewport at the chart area.
  const nested = chartSvg.replace(/^\s*(<\?xml[^>]*>\s*)?<svg\b/, `<svg x="${c.x}" y="${c.y}"`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img">` +
    `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(meta.description)}</desc>` +
    `<metadata id="fazhi-export">${escapeXml(meta.json)}</metadata>` +
    `<rect width="100%" height="100%" fill="${COLORS.background}"/>${boxes}${texts}${nested}</svg>`
  );
}

/**
 * The chart's <defs> (its patterns and gradients) moved before what uses them. ECharts writes
 * them last; SVG allows that, but ImageMagick's renderer resolves url(#…) as it reads and refused
 * every chart with a pattern fill ("unrecognized color zr8-p1").
 */
export function defsFirst(svg: string): string {
  const defs = /<defs\b[^>]*>[\s\S]*?<\/defs>/.exec(svg);
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!defs || !open || defs.index < open.index + open[0].length) return svg;
  const at = open.index + open[0].length;
  return svg.slice(0, at) + defs[0] + svg.slice(at, defs.index) + svg.slice(defs.index + defs[0].length);
}
