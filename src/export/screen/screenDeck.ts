/**
 * "Export this screen" as a 16:9 PowerPoint deck: a title slide, one slide per chart (a native
 * chart with its data for line and bar charts, a sharp image otherwise; its key figures as editable
 * text, notes) and one per registered table (a real table of its first rows), then the page's text
 * slides. Loaded only when the user exports; the writer (formats/pptx.ts) loads after it.
 */
import { chartOnlyPng } from '../chart/render.ts';
import { contextText, sourceText, stampText } from '../chart/layout.ts';
import { datasetHash } from '../hash.ts';
import { chartsOnScreen, figuresOnScreen, tablesOnScreen } from '../registry/onScreen.ts';
import type { ChartEntry, KeyFigure } from '../registry/types.ts';
import { safeFilename } from '../download.ts';
import { digitsOf, plainNumber, type ExportTable } from '../formats/table.ts';
import { displayWidth } from '../formats/xml.ts';
import type { DocInfo } from '../registry/docInfo.ts';
import { para, type Paragraph, type Shape, type Slide } from '../formats/deckModel.ts';
import { nativeChartOf } from '../formats/chartData.ts';
import { baseName, type ScreenFile } from './screenFile.ts';

const tr = (info: DocInfo) => info.t;

const MUTED = '5A6472';
const TEXT = '1B2430';
/** Rows of a table shown on one slide. */
export const TABLE_ROWS = 15;
/** Columns that fit across a slide at a readable size. */
const TABLE_COLS = 10;

function figureParas(figures: KeyFigure[], size: number): Paragraph[] {
  return figures.map((f) => ({
    runs: [
      { text: `${f.label}  `, size, color: MUTED },
      { text: f.value, size: size + 2, bold: true, color: TEXT },
    ],
    bullet: true,
    spaceBefore: 6,
  }));
}

const footer = (text: string): Shape => ({
  kind: 'text',
  x: 0.45,
  y: 6.85,
  w: 12.43,
  h: 0.45,
  paragraphs: [para(text, { size: 10, color: MUTED })],
  name: 'Footer',
});

function cellText(value: string | number | null, table: ExportTable, col: number, info: DocInfo): string {
  if (value === null) return table.missingText ?? '—';
  if (typeof value === 'string') return value;
  const c = table.columns[col];
  if (!c) return plainNumber(value) ?? '';
  const n = new Intl.NumberFormat(info.lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digitsOf(c) }).format(value);
  return c.kind === 'percent' ? `${n}%` : n;
}

function tableSlide(table: ExportTable, info: DocInfo, foot: string, notesTail: string): Slide {
  const t = tr(info);
  const cols = table.columns.slice(0, TABLE_COLS);
  const rows = table.rows.slice(0, TABLE_ROWS).map((r) => cols.map((_, i) => cellText(r[i] ?? null, table, i, info)));
  const widths = cols.map((c, i) => Math.min(24, Math.max(5, displayWidth(c.header) * 0.7, ...rows.map((r) => displayWidth(r[i] ?? '')))));
  const more = table.rows.length > TABLE_ROWS || table.columns.length > TABLE_COLS;
  const shapes: Shape[] = [
    {
      kind: 'table',
      x: 0.45,
      y: 1.25,
      w: 12.43,
      h: 0.31 * (rows.length + 1),
      header: cols.map((c) => c.header),
      rows,
      align: cols.map((c) => (c.kind === 'text' ? 'l' : 'r')),
      widths,
      fontSize: 10,
      name: 'Table',
    },
  ];
  if (more)
    shapes.push({
      kind: 'text',
      x: 0.45,
      y: Math.min(6.45, 1.33 + 0.31 * (rows.length + 1)),
      w: 12.43,
      h: 0.4,
      paragraphs: [
        para(t('export.deck.tableMore', { n: Math.min(TABLE_ROWS, table.rows.length), total: table.rows.length }), {
          size: 10,
          color: MUTED,
        }),
      ],
    });
  shapes.push(footer(foot));
  const meta = table.meta.map(([k, v]) => `${k}：${v}`).join('\n');
  return { title: table.title, shapes, notes: [table.title, meta, notesTail].filter(Boolean).join('\n') };
}

/** Slide-ready chart image: 640×360 logical at 2.5× = 1600×900 px (axis text ≈ 12 pt on the slide). */
const SLIDE_CHART = { w: 640, h: 360, ratio: 2.5 };

/** A slide of text the page adds after its charts and tables (the targets below, say). */
export interface TextSlide {
  title: string;
  paragraphs: string[];
}

function textSlide(slide: TextSlide, foot: string, notes: string): Slide {
  const shapes: Shape[] = [
    {
      kind: 'text',
      x: 0.6,
      y: 1.25,
      w: 12.1,
      h: 5.5,
      paragraphs: slide.paragraphs.map((p, i) => para(p, { size: 14, color: TEXT }, i ? { spaceBefore: 8 } : {})),
      name: 'Text',
    },
    footer(foot),
  ];
  return { title: slide.title, shapes, notes: [slide.title, ...slide.paragraphs, notes].join('\n') };
}

export async function screenDeck(info: DocInfo, textSlides: readonly TextSlide[] = []): Promise<ScreenFile> {
  const t = tr(info);
  const charts = chartsOnScreen();
  const tables = tablesOnScreen();
  const pageFigures = figuresOnScreen();
  const hash = info.datasetRef ? await datasetHash(info.datasetRef) : '';
  // Line and bar charts become native charts (their data embedded); the others stay pictures.
  const natives = charts.map((c) => nativeChartOf(c.option(), c.title));
  const [images, tableData] = await Promise.all([
    Promise.all(
      charts.map((c, i) => (natives[i] ? Promise.resolve(null) : chartOnlyPng(c, SLIDE_CHART.w, SLIDE_CHART.h, SLIDE_CHART.ratio))),
    ),
    Promise.all(tables.map((x) => x.get().catch(() => null))),
  ]);
  const ds = info.dataset;
  const source = sourceText(info);
  const context = contextText(info);
  const stamp = stampText(info, hash);
  const foot = [context, source.replace(/^[^：]*：/, ''), t('export.doc.snapshot', { hash: hash.slice(0, 12) })].join(' · ');
  const hashNote = `${t('export.deck.snapshot')}：${hash}`;

  // Title slide.
  const figures = pageFigures.flatMap((f) => f.figures());
  const titleLines: Paragraph[] = [
    para(context, { size: 18, color: TEXT }),
    // Who reported of every unit listed, the others named: the deck's figures are theirs.
    ...(info.coverage ? [para(info.coverage, { size: 14, color: TEXT }, { spaceBefore: 10 })] : []),
    para(source, { size: 14, color: MUTED }, { spaceBefore: 10 }),
    para(stamp, { size: 12, color: MUTED }, { spaceBefore: 6 }),
  ];
  const titleShapes: Shape[] = [
    { kind: 'text', x: 0.6, y: 3.05, w: figures.length ? 7.2 : 12.1, h: 3.4, paragraphs: titleLines, name: 'Subtitle' },
  ];
  if (ds) {
    titleShapes.push({
      kind: 'text',
      x: 0.6,
      y: 2.45,
      w: 3.2,
      h: 0.45,
      fill: ds.synthetic ? 'FFF1C2' : 'DFF3EA',
      anchor: 'ctr',
      paragraphs: [
        para(
          t(ds.synthetic ? 'header.synthetic' : 'header.real'),
          { size: 14, bold: true, color: ds.synthetic ? '6B4E00' : '00573C' },
          { align: 'ctr' },
        ),
      ],
      name: 'Data label',
    });
  }
  if (figures.length) {
    titleShapes.push({
      kind: 'text',
      x: 8.1,
      y: 2.45,
      w: 4.8,
      h: 4.2,
      fill: 'F3F5F8',
      paragraphs: [
        para(pageFigures[0]?.title ?? t('export.deck.headlines'), { size: 16, bold: true, color: TEXT }),
        ...figureParas(figures, 13),
      ],
      name: 'Headline figures',
    });
  }
  const figureNotes = figures.map((f) => `${f.label}：${f.value}`).join('\n');
  const slides: Slide[] = [
    {
      title: info.pageTitle,
      titleBox: { x: 0.6, y: 1.0, w: 12.1, h: 1.3 },
      titleSize: 34,
      shapes: titleShapes,
      notes: [
        info.pageTitle,
        context,
        info.coverage ?? '',
        source,
        stamp,
        hashNote,
        figureNotes ? `${t('export.deck.headlines')}：\n${figureNotes}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    },
  ];

  charts.forEach((chart: ChartEntry, i) => {
    const png = images[i];
    const native = natives[i];
    if (!png && !native) return;
    const m = chart.meta;
    const side: Paragraph[] = [];
    if (m.figures?.length) side.push(para(t('export.deck.figures'), { size: 14, bold: true, color: TEXT }), ...figureParas(m.figures, 12));
    if (m.subtitle) side.push(para(m.subtitle, { size: 11, color: MUTED }, { spaceBefore: 12 }));
    if (m.definition) side.push(para(`${t('export.doc.definition')}：${m.definition}`, { size: 11, color: MUTED }, { spaceBefore: 12 }));
    // Each chart says where its own figures came from (they may differ from the page's).
    const chartSource = m.sources ?? info.sources;
    if (chartSource) side.push(para(t('truth.src.short', { parts: chartSource }), { size: 11, color: MUTED }, { spaceBefore: 12 }));
    const box = { x: 0.45, y: 1.25, w: 9.6, h: 5.4 };
    const descr = `${chart.title} · ${context}`;
    const shapes: Shape[] = [
      native
        ? { kind: 'chart', ...box, chart: native, descr, name: 'Chart' }
        : { kind: 'image', ...box, png: png ?? new Uint8Array(), descr, name: 'Chart' },
    ];
    if (side.length) shapes.push({ kind: 'text', x: 10.2, y: 1.25, w: 2.7, h: 5.4, paragraphs: side, name: 'Key figures' });
    shapes.push(footer(foot));
    const notes = [
      t('export.deck.notes.chart', { title: chart.title }),
      context,
      m.definition ? `${t('export.doc.definition')}：${m.definition}` : '',
      sourceText(info, m.sources ?? info.sources),
      m.figures?.length ? m.figures.map((f) => `${f.label}：${f.value}`).join('\n') : '',
      m.notes ?? '',
      native ? t('export.deck.chartNative') : '',
      hashNote,
    ];
    slides.push({ title: chart.title, shapes, notes: notes.filter(Boolean).join('\n') });
  });

  tableData.forEach((table) => {
    if (table) slides.push(tableSlide(table, info, foot, [source, hashNote].join('\n')));
  });
  for (const extra of textSlides) slides.push(textSlide(extra, foot, [source, hashNote].join('\n')));

  const { buildPptx } = await import('../formats/pptx.ts');
  const bytes = await buildPptx({
    title: info.pageTitle,
    subject: context,
    creator: t('app.title'),
    keywords: ds ? [ds.name[info.lang], t(ds.synthetic ? 'header.synthetic' : 'header.real')].join('; ') : '',
    description: [source, `SHA-256 ${hash}`].join('\n'),
    identifier: hash ? `sha256:${hash}` : '',
    created: info.exportedAt,
    lang: info.lang === 'zh' ? 'zh-CN' : 'en-US',
    slides,
  });
  return { bytes, filename: safeFilename(baseName(info, 'PPT'), 'pptx'), count: slides.length };
}
