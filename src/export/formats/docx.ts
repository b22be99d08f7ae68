/**
 * The briefing as a Word document (.docx), written with the `docx` library and loaded only when
 * the user asks for one. Lays out what briefing.ts says: the title, the data's provenance (scope,
 * year, source, as-of, dataset hash, 演示数据), the numbered sections, each chart as an image with
 * a numbered caption and its 统计口径, the league as a real table, the appendix of sourced figures.
 * Every text is data passed as a run's text: the library escapes it, nothing is parsed as markup.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Lang, MessageKey, Params } from '../../i18n/index.ts';
import type { Briefing, BriefingPart, BriefingSection, LeagueTable } from '../briefing/briefing.ts';
import { EN_FONT, FONTS, LINE, PAGE, SIZE, TEXT_WIDTH_PX, fontTableXml, headingNumber, type FontKey } from './docxStyle.ts';

export interface BriefingFigure {
  title: string;
  definition?: string;
  /** Where the chart's figures came from (printed when the document's sources mix). */
  source?: string;
  png: Uint8Array;
  /** Pixel size of the PNG (its aspect is kept). */
  width: number;
  height: number;
}

export interface BriefingDocument {
  briefing: Briefing;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  /** The charts on screen, placed after the sections of `figuresPart`. */
  figures: BriefingFigure[];
  figuresPart: BriefingPart | null;
  hash: string;
  exportedAt: Date;
  creator: string;
}

type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

function face(key: FontKey, lang: Lang): RunStyle['font'] {
  if (lang === 'en') return { ascii: EN_FONT, hAnsi: EN_FONT, eastAsia: FONTS[key].name, cs: EN_FONT };
  const f = FONTS[key];
  return { ascii: f.latin, hAnsi: f.latin, eastAsia: f.name, cs: f.latin };
}

const run = (text: string, key: FontKey, size: number, lang: Lang, extra: RunStyle = {}): TextRun =>
  new TextRun({ text, font: face(key, lang), size, ...extra });

const exact = { line: LINE, lineRule: LineRuleType.EXACT };

function bodyParagraph(text: string, lang: Lang): Paragraph {
  // First line indented two characters, justified, on the fixed line pitch.
  return new Paragraph({
    children: [run(text, 'body', SIZE.san, lang)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: SIZE.san * 20 },
    spacing: exact,
  });
}

function headingParagraph(text: string, level: 1 | 2, lang: Lang): Paragraph {
  return new Paragraph({
    children: [run(text, level === 1 ? 'hei' : 'kai', SIZE.san, lang, lang === 'en' ? { bold: true } : {})],
    indent: { firstLine: SIZE.san * 20 },
    spacing: exact,
    keepNext: true,
  });
}

function sectionParagraphs(s: BriefingSection, n: number, lang: Lang): Paragraph[] {
  const out = [
    headingParagraph(`${headingNumber(lang, 1, n, 0)}${s.heading}`, 1, lang),
    ...s.paragraphs.map((p) => bodyParagraph(p, lang)),
  ];
  (s.subsections ?? []).forEach((sub, i) => {
    out.push(
      headingParagraph(`${headingNumber(lang, 2, i + 1, n)}${sub.heading}`, 2, lang),
      ...sub.paragraphs.map((p) => bodyParagraph(p, lang)),
    );
  });
  return out;
}

function caption(text: string, lang: Lang, key: FontKey = 'hei', size: number = SIZE.si): Paragraph {
  return new Paragraph({
    children: [run(text, key, size, lang)],
    alignment: AlignmentType.CENTER,
    spacing: { before: 60, after: 60 },
    keepNext: true,
  });
}

function figureParagraphs(f: BriefingFigure, n: number, doc: BriefingDocument): Paragraph[] {
  const width = TEXT_WIDTH_PX;
  const height = Math.round((width * f.height) / Math.max(1, f.width));
  const out = [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: f.png,
          transformation: { width, height },
          altText: { name: `fig${n}`, title: f.title, description: f.title },
        }),
      ],
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      keepNext: true,
    }),
    caption(doc.t('briefing.fig.caption', { n, title: f.title }), doc.lang),
  ];
  const notes = [
    f.definition ? doc.t('briefing.fig.definition', { definition: f.definition }) : '',
    // Where sources mix, each figure says its own.
    doc.briefing.mixedSources && f.source ? f.source : '',
  ].filter(Boolean);
  notes.forEach((text, i) =>
    out.push(
      new Paragraph({
        children: [run(text, 'kai', SIZE.xiaosi, doc.lang)],
        alignment: AlignmentType.CENTER,
        spacing: { after: i === notes.length - 1 ? 200 : 0 },
      }),
    ),
  );
  return out;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function tableCell(text: string, lang: Lang, opts: { head?: boolean; span?: number; left?: boolean } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [run(text, opts.head ? 'hei' : 'body', SIZE.wu, lang)],
        alignment: opts.left ? AlignmentType.LEFT : AlignmentType.CENTER,
      }),
    ],
    verticalAlign: VerticalAlign.CENTER,
    borders,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    ...(opts.span ? { columnSpan: opts.span } : {}),
    ...(opts.head ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } } : {}),
  });
}

/** Text block width in twips (156 mm). */
const TEXT_TWIPS = PAGE.width - PAGE.left - PAGE.right;

function dataTable(
  header: string[],
  rows: Array<string[] | null>,
  lang: Lang,
  gap: string,
  leftCols: ReadonlySet<number>,
  shares: readonly number[],
): Table {
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: header.map((_, i) => Math.round((TEXT_TWIPS * (shares[i] ?? 1)) / total)),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => tableCell(h, lang, { head: true })) }),
      ...rows.map((r) =>
        r === null
          ? new TableRow({ children: [tableCell(gap, lang, { span: header.length })] })
          : new TableRow({ cantSplit: true, children: header.map((_, i) => tableCell(r[i] ?? '', lang, { left: leftCols.has(i) })) }),
      ),
    ],
  });
}

function leagueParagraphs(table: LeagueTable, n: number, doc: BriefingDocument): Array<Paragraph | Table> {
  return [
    caption(doc.t('briefing.table.caption', { n, title: table.title }), doc.lang),
    dataTable(table.header, table.rows, doc.lang, doc.t('briefing.table.gap'), new Set([1]), [
      7,
      16,
      9,
      9,
      ...table.header.slice(4).map(() => 9),
    ]),
    ...(table.source ? [caption(table.source, doc.lang, 'kai', SIZE.xiaosi)] : []),
    new Paragraph({ children: [] }),
  ];
}

/** 未报送单位: who did not report, one line per level, after the sentence that counts them. */
function missingParagraphs(doc: BriefingDocument): Paragraph[] {
  const m = doc.briefing.missing;
  if (m.lines.length === 0) return [];
  return [headingParagraph(m.title, 2, doc.lang), ...m.lines.map((line) => bodyParagraph(line, doc.lang))];
}

function appendixParagraphs(doc: BriefingDocument): Array<Paragraph | Table> {
  const { lang, t } = doc;
  const a = doc.briefing.appendix;
  const out: Array<Paragraph | Table> = [
    new Paragraph({ children: [new PageBreak(), run(t('briefing.appendix'), 'hei', SIZE.san, lang)], spacing: exact }),
    new Paragraph({
      children: [run(t('briefing.appendix.title'), 'title', SIZE.er, lang)],
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
    }),
  ];
  if (a.rows.length === 0) {
    out.push(bodyParagraph(t('briefing.appendix.none'), lang));
    return out;
  }
  const header = [
    t('briefing.appendix.unit'),
    t('briefing.appendix.item'),
    t('briefing.appendix.value'),
    t('briefing.appendix.doc'),
    t('briefing.appendix.quote'),
  ];
  out.push(
    dataTable(
      header,
      a.rows.map((r) => [r.unit, r.item, r.value, r.document, r.quote]),
      lang,
      '',
      new Set([3, 4]),
      [13, 15, 10, 24, 38],
    ),
  );
  if (a.more) out.push(bodyParagraph(t('briefing.appendix.more', { n: a.more }), lang));
  return out;
}

function provenance(doc: BriefingDocument): Paragraph[] {
  const { briefing: b, lang, t } = doc;
  const small = (text: string) =>
    new Paragraph({ children: [run(text, 'kai', SIZE.xiaosi, lang)], alignment: AlignmentType.CENTER, spacing: { after: 40 } });
  const out = [small(b.meta)];
  if (doc.hash) out.push(small(t('briefing.meta.hash', { hash: doc.hash })));
  // The sources as the evidence gives them; synthetic data still says so first.
  if (b.synthetic)
    out.push(
      new Paragraph({
        children: [run(t('briefing.synthetic'), 'hei', SIZE.xiaosi, lang, { color: 'C00000' })],
        alignment: AlignmentType.CENTER,
        spacing: { after: 40 },
      }),
    );
  out.push(
    new Paragraph({ children: [run(b.sources, 'kai', SIZE.xiaosi, lang)], alignment: AlignmentType.CENTER, spacing: { after: 360 } }),
  );
  return out;
}

/** The document's body, in reading order. */
export function documentChildren(doc: BriefingDocument): Array<Paragraph | Table> {
  const { briefing: b, lang } = doc;
  const out: Array<Paragraph | Table> = [
    new Paragraph({
      children: [run(b.title, 'title', SIZE.er, lang)],
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240, line: 700, lineRule: LineRuleType.AT_LEAST },
    }),
    ...provenance(doc),
  ];
  if (b.intro) out.push(bodyParagraph(b.intro, lang), ...missingParagraphs(doc));
  let figureNo = 0;
  let tableNo = 0;
  const lastOf = (part: BriefingPart) => b.sections.map((s) => s.part).lastIndexOf(part);
  const figuresAt = doc.figuresPart ? lastOf(doc.figuresPart) : -1;
  const leagueAt = lastOf('league');
  b.sections.forEach((s, i) => {
    out.push(...sectionParagraphs(s, i + 1, lang));
    if (i === figuresAt || (figuresAt === -1 && i === b.sections.length - 1))
      for (const f of doc.figures) out.push(...figureParagraphs(f, ++figureNo, doc));
    if (i === leagueAt) for (const table of b.league) out.push(...leagueParagraphs(table, ++tableNo, doc));
  });
  out.push(...appendixParagraphs(doc));
  return out;
}

/** The briefing as .docx bytes. */
export async function buildBriefingDocx(doc: BriefingDocument): Promise<Uint8Array> {
  const { briefing: b, lang, t } = doc;
  const pageNo = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: face('song', lang), size: SIZE.si })],
  });
  const header = b.synthetic
    ? new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [run(t('header.synthetic'), 'hei', SIZE.wu, lang, { color: 'C00000' })],
          }),
        ],
      })
    : undefined;
  const document = new Document({
    title: b.title,
    subject: b.meta,
    creator: doc.creator,
    lastModifiedBy: doc.creator,
    keywords: [b.synthetic ? t('header.synthetic') : t('header.real'), doc.hash ? `sha256:${doc.hash}` : ''].filter(Boolean).join('; '),
    description: [b.meta, doc.hash ? `SHA-256 ${doc.hash}` : '', doc.exportedAt.toISOString()].filter(Boolean).join('\n'),
    styles: { default: { document: { run: { font: face('body', lang), size: SIZE.san } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 992 },
          },
        },
        ...(header ? { headers: { default: header } } : {}),
        footers: { default: new Footer({ children: [pageNo] }) },
        children: documentChildren(doc),
      },
    ],
  });
  // The font table names each face's fallback (w:altName), so WPS and Word pick a local font.
  return Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
