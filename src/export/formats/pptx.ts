/**
 * The deck as a .pptx, written with pptxgenjs (loaded with the export code, on first use): 16:9
 * slides with a title placeholder each, text boxes (editable text), pictures, real tables, native
 * line and bar charts (their data embedded: restyled or edited in PowerPoint or WPS) and speaker
 * notes. pptxgenjs escapes every text it writes; the package's core properties are then completed
 * (identifier = the dataset hash, keywords, description, language), which pptxgenjs does not write.
 */
import PptxGenJS from 'pptxgenjs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { escapeXml } from './xml.ts';
import { para, type Box, type Deck, type Paragraph, type Shape } from './deckModel.ts';

export const FONT = 'Microsoft YaHei';
/** Colour-blind-safe series colours (Okabe–Ito order, as the charts on screen). */
const SERIES_COLOURS = ['0B63B0', 'D55E00', '009E73', 'CC79A7', '56B4E9', 'B8860B'];

/** Control characters other than tab and newline are not allowed in XML: dropped. */
// eslint-disable-next-line no-control-regex
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

function textProps(paragraphs: Paragraph[], lang: string): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  paragraphs.forEach((p, pi) => {
    p.runs.forEach((r, ri) => {
      const last = ri === p.runs.length - 1 && pi < paragraphs.length - 1;
      out.push({
        text: clean(r.text),
        options: {
          lang,
          fontFace: FONT,
          ...(r.size ? { fontSize: r.size } : {}),
          ...(r.bold ? { bold: true } : {}),
          ...(r.color ? { color: r.color } : {}),
          ...(ri === 0 && p.align ? { align: p.align === 'ctr' ? 'center' : p.align === 'r' ? 'right' : 'left' } : {}),
          ...(ri === 0 && p.bullet ? { bullet: true } : {}),
          ...(ri === 0 && p.spaceBefore ? { paraSpaceBefore: p.spaceBefore } : {}),
          ...(last ? { breakLine: true } : {}),
        },
      });
    });
  });
  return out;
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, s: Extract<Shape, { kind: 'chart' }>, lang: string): void {
  const c = s.chart;
  const data = c.series.map((x) => ({ name: clean(x.name), labels: x.labels.map(clean), values: x.values }));
  const common: PptxGenJS.IChartOpts = {
    x: s.x,
    y: s.y,
    w: s.w,
    h: s.h,
    altText: clean(s.descr),
    chartColors: SERIES_COLOURS,
    showLegend: c.series.length > 1,
    legendPos: 'b',
    legendFontSize: 12,
    legendFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 12,
    valAxisLabelFontFace: FONT,
    valGridLine: { color: 'D9DEE6', size: 0.75 },
    lang,
  };
  if (c.type === 'line') {
    slide.addChart(pptx.ChartType.line, data, {
      ...common,
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 7,
      displayBlanksAs: 'gap',
    });
    return;
  }
  slide.addChart(pptx.ChartType.bar, data, {
    ...common,
    barDir: c.horizontal ? 'bar' : 'col',
    barGrouping: c.stacked ? 'stacked' : 'clustered',
    ...(c.stacked ? { barGapWidthPct: 60, overlap: 100 } : { barGapWidthPct: 60 }),
    // A horizontal bar chart on screen lists the largest last (at the top): the same here.
    ...(c.horizontal ? { catAxisOrientation: 'minMax' } : {}),
    showValue: !c.stacked,
    dataLabelFontSize: 11,
    dataLabelPosition: 'outEnd',
  });
}

function addTable(slide: PptxGenJS.Slide, s: Extract<Shape, { kind: 'table' }>, lang: string): void {
  const total = s.widths.reduce((a, b) => a + b, 0) || 1;
  const cell = (text: string, i: number, head: boolean, k: number): PptxGenJS.TableCell => ({
    text: clean(text),
    options: {
      bold: head,
      fontFace: FONT,
      fontSize: s.fontSize,
      color: '1B2430',
      align: s.align[i] === 'r' ? 'right' : 'left',
      valign: 'middle',
      fill: { color: head ? 'E8EEF6' : k % 2 ? 'F7F9FB' : 'FFFFFF' },
      lang,
    },
  });
  const rows: PptxGenJS.TableRow[] = [
    s.header.map((h, i) => cell(h, i, true, 0)),
    ...s.rows.map((r, k) => s.header.map((_, i) => cell(r[i] ?? '', i, false, k))),
  ];
  slide.addTable(rows, {
    x: s.x,
    y: s.y,
    w: s.w,
    colW: s.widths.map((w) => (s.w * w) / total),
    rowH: s.h / (s.rows.length + 1),
    border: { type: 'solid', pt: 0.5, color: 'D9DEE6' },
    margin: 0.05,
  });
}

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

const DEFAULT_TITLE: Box = { x: 0.45, y: 0.3, w: 12.43, h: 0.85 };

/** Completes docProps/core.xml with what pptxgenjs leaves out. */
function completeCore(xml: string, deck: Deck): string {
  const add = [
    `<dc:identifier>${escapeXml(clean(deck.identifier))}</dc:identifier>`,
    `<cp:keywords>${escapeXml(clean(deck.keywords))}</cp:keywords>`,
    `<dc:description>${escapeXml(clean(deck.description))}</dc:description>`,
    `<dc:language>${escapeXml(deck.lang)}</dc:language>`,
  ].join('');
  const stamp = deck.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${stamp}`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${stamp}`)
    .replace(/<cp:keywords>[\s\S]*?<\/cp:keywords>|<cp:keywords\/>/, '')
    .replace('</cp:coreProperties>', `${add}</cp:coreProperties>`);
}

/** The deck as a .pptx file's bytes. */
export async function buildPptx(deck: Deck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = clean(deck.title);
  pptx.subject = clean(deck.subject);
  pptx.author = clean(deck.creator);
  pptx.company = clean(deck.creator);
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const masters = new Map<string, string>();
  const masterFor = (box: Box): string => {
    const key = `${box.x},${box.y},${box.w},${box.h}`;
    let name = masters.get(key);
    if (!name) {
      name = `FAZHI_${masters.size + 1}`;
      pptx.defineSlideMaster({
        title: name,
        background: { color: 'FFFFFF' },
        objects: [{ placeholder: { options: { name: 'title', type: 'title', ...box, fontFace: FONT }, text: '' } }],
      });
      masters.set(key, name);
    }
    return name;
  };
  for (const s of deck.slides) {
    const slide = pptx.addSlide({ masterName: masterFor(s.titleBox ?? DEFAULT_TITLE) });
    slide.addText(textProps([para(s.title, { size: s.titleSize ?? 26, bold: true, color: '1B2430' })], deck.lang), {
      placeholder: 'title',
    });
    for (const shape of s.shapes) {
      if (shape.kind === 'text') {
        slide.addText(textProps(shape.paragraphs, deck.lang), {
          x: shape.x,
          y: shape.y,
          w: shape.w,
          h: shape.h,
          valign: shape.anchor === 'ctr' ? 'middle' : shape.anchor === 'b' ? 'bottom' : 'top',
          fit: 'shrink',
          ...(shape.fill ? { fill: { color: shape.fill } } : {}),
          ...(shape.name ? { objectName: clean(shape.name) } : {}),
        });
      } else if (shape.kind === 'image') {
        slide.addImage({
          data: `data:image/png;base64,${toBase64(shape.png)}`,
          x: shape.x,
          y: shape.y,
          w: shape.w,
          h: shape.h,
          altText: clean(shape.descr),
          ...(shape.name ? { objectName: clean(shape.name) } : {}),
        });
      } else if (shape.kind === 'table') addTable(slide, shape, deck.lang);
      else addChart(pptx, slide, shape, deck.lang);
    }
    if (s.notes) slide.addNotes(clean(s.notes));
  }
  const written = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  const files = unzipSync(written);
  const core = files['docProps/core.xml'];
  // [Content_Types].xml first: some readers sniff it.
  const ordered: Zippable = {};
  const types = files['[Content_Types].xml'];
  if (types) ordered['[Content_Types].xml'] = [types, { level: 6 }];
  for (const [name, bytes] of Object.entries(files)) {
    // pptxgenjs lists empty folder entries; a package has only parts.
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    const data = name === 'docProps/core.xml' && core ? strToU8(completeCore(strFromU8(core), deck)) : bytes;
    ordered[name] = [data, { level: /\.(png|jpe?g)$/.test(name) ? 0 : 6 }];
  }
  return zipSync(ordered);
}
