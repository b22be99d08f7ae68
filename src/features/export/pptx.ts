/**
 * A hand-written PowerPoint (PresentationML) package zipped with fflate, like export/xlsx.ts:
 * 16:9 slides with a title placeholder each, text boxes (editable text), pictures, real tables
 * and speaker notes, plus core properties. Only the parts PowerPoint, WPS and LibreOffice need.
 * Every piece of text passes through escapeXml: names and quotes stay text.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeXml } from '../../export/xml.ts';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.presentationml';

export const EMU_PER_INCH = 914400;
/** 16:9 widescreen: 13.333 × 7.5 in. */
export const SLIDE_W = 12192000;
export const SLIDE_H = 6858000;
export const FONT = 'Microsoft YaHei';

const emu = (inches: number): number => Math.round(inches * EMU_PER_INCH);

export interface Run {
  text: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  /** RRGGBB. */
  color?: string;
}

export interface Paragraph {
  runs: Run[];
  align?: 'l' | 'ctr' | 'r';
  bullet?: boolean;
  /** Space before, points. */
  spaceBefore?: number;
}

export interface Box {
  /** Inches from the slide's top-left. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Shape =
  | (Box & { kind: 'text'; paragraphs: Paragraph[]; fill?: string; anchor?: 't' | 'ctr' | 'b'; name?: string })
  | (Box & { kind: 'image'; png: Uint8Array; descr: string; name?: string })
  | (Box & { kind: 'table'; header: string[]; rows: string[][]; align: Array<'l' | 'r'>; widths: number[]; fontSize: number; name?: string });

export interface Slide {
  title: string;
  /** Title box; default across the top. */
  titleBox?: Box;
  titleSize?: number;
  shapes: Shape[];
  notes: string;
}

export interface Deck {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  /** dc:identifier, e.g. sha256:<hex>. */
  identifier: string;
  created: Date;
  lang: string;
  slides: Slide[];
}

/** A paragraph of plain text (one run). */
export const para = (text: string, run: Omit<Run, 'text'> = {}, extra: Omit<Paragraph, 'runs'> = {}): Paragraph => ({ runs: [{ text, ...run }], ...extra });

function rPr(run: Run, lang: string, tag = 'a:rPr'): string {
  const attrs = [`lang="${lang}"`, 'altLang="en-US"'];
  if (run.size) attrs.push(`sz="${Math.round(run.size * 100)}"`);
  if (run.bold) attrs.push('b="1"');
  attrs.push('dirty="0"');
  const fill = run.color ? `<a:solidFill><a:srgbClr val="${run.color}"/></a:solidFill>` : '';
  return `<${tag} ${attrs.join(' ')}>${fill}<a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/><a:cs typeface="${FONT}"/></${tag}>`;
}

function paragraphXml(p: Paragraph, lang: string): string {
  const pAttrs: string[] = [];
  if (p.align) pAttrs.push(`algn="${p.align}"`);
  if (p.bullet) pAttrs.push('marL="228600" indent="-228600"');
  const spc = p.spaceBefore ? `<a:spcBef><a:spcPts val="${Math.round(p.spaceBefore * 100)}"/></a:spcBef>` : '';
  const bu = p.bullet ? '<a:buFont typeface="Arial"/><a:buChar char="•"/>' : '';
  const pPr = pAttrs.length || spc || bu ? `<a:pPr${pAttrs.length ? ` ${pAttrs.join(' ')}` : ''}>${spc}${bu}</a:pPr>` : '';
  // A line break inside a run's text becomes <a:br/>; each piece keeps the run's formatting.
  const runs = p.runs
    .flatMap((r) =>
      r.text.split(/\r?\n/).map((piece, i) => `${i > 0 ? `<a:br>${rPr(r, lang)}</a:br>` : ''}${piece === '' ? '' : `<a:r>${rPr(r, lang)}<a:t>${escapeXml(piece)}</a:t></a:r>`}`),
    )
    .join('');
  const last = p.runs[p.runs.length - 1] ?? { text: '' };
  return `<a:p>${pPr}${runs}${rPr({ ...last, text: '' }, lang, 'a:endParaRPr')}</a:p>`;
}

const xfrm = (b: Box, tag = 'a:xfrm') => `<${tag}><a:off x="${emu(b.x)}" y="${emu(b.y)}"/><a:ext cx="${emu(b.w)}" cy="${emu(b.h)}"/></${tag}>`;

function textShape(id: number, s: Extract<Shape, { kind: 'text' }>, lang: string): string {
  const fill = s.fill ? `<a:solidFill><a:srgbClr val="${s.fill}"/></a:solidFill>` : '<a:noFill/>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(s.name ?? `TextBox ${id}`)}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(s)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill}</p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="${s.anchor ?? 't'}"><a:normAutofit/></a:bodyPr><a:lstStyle/>` +
    `${s.paragraphs.map((p) => paragraphXml(p, lang)).join('')}</p:txBody></p:sp>`
  );
}

function titleShape(slide: Slide, lang: string): string {
  const box = slide.titleBox ?? { x: 0.45, y: 0.3, w: 12.43, h: 0.85 };
  return (
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>' +
    `<p:spPr>${xfrm(box)}</p:spPr><p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>` +
    `${paragraphXml(para(slide.title, { size: slide.titleSize ?? 26, bold: true, color: '1B2430' }), lang)}</p:txBody></p:sp>`
  );
}

function pictureShape(id: number, s: Extract<Shape, { kind: 'image' }>, rel: string): string {
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="${escapeXml(s.name ?? `Picture ${id}`)}" descr="${escapeXml(s.descr)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr>${xfrm(s)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

const BORDER = 'D9DEE6';
const line = (tag: string) => `<a:${tag} w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:srgbClr val="${BORDER}"/></a:solidFill><a:prstDash val="solid"/></a:${tag}>`;

function cell(text: string, opts: { size: number; bold: boolean; align: 'l' | 'r'; fill: string; color: string }, lang: string): string {
  const p: Paragraph = { runs: [{ text, size: opts.size, bold: opts.bold, color: opts.color }], align: opts.align };
  return (
    `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>${paragraphXml(p, lang)}</a:txBody>` +
    `<a:tcPr marL="64008" marR="64008" marT="27432" marB="27432" anchor="ctr">${line('lnL')}${line('lnR')}${line('lnT')}${line('lnB')}<a:solidFill><a:srgbClr val="${opts.fill}"/></a:solidFill></a:tcPr></a:tc>`
  );
}

function tableShape(id: number, s: Extract<Shape, { kind: 'table' }>, lang: string): string {
  const total = s.widths.reduce((a, b) => a + b, 0) || 1;
  const cols = s.widths.map((w) => Math.round((emu(s.w) * w) / total));
  const rowH = emu(s.h / (s.rows.length + 1));
  const head = `<a:tr h="${rowH}">${s.header.map((h, i) => cell(h, { size: s.fontSize, bold: true, align: s.align[i] ?? 'l', fill: 'E8EEF6', color: '1B2430' }, lang)).join('')}</a:tr>`;
  const body = s.rows
    .map(
      (r, k) =>
        `<a:tr h="${rowH}">${s.header.map((_, i) => cell(r[i] ?? '', { size: s.fontSize, bold: false, align: s.align[i] ?? 'l', fill: k % 2 ? 'F7F9FB' : 'FFFFFF', color: '1B2430' }, lang)).join('')}</a:tr>`,
    )
    .join('');
  return (
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="${escapeXml(s.name ?? `Table ${id}`)}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>` +
    `${xfrm(s, 'p:xfrm')}<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/>` +
    `<a:tblGrid>${cols.map((w) => `<a:gridCol w="${w}"/>`).join('')}</a:tblGrid>${head}${body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
  );
}

const GROUP = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

function slideXml(slide: Slide, imageRels: string[], lang: string): string {
  let id = 3;
  let img = 0;
  const shapes = slide.shapes
    .map((s) => {
      const sid = id++;
      if (s.kind === 'text') return textShape(sid, s, lang);
      if (s.kind === 'image') return pictureShape(sid, s, imageRels[img++] ?? '');
      return tableShape(sid, s, lang);
    })
    .join('');
  return XML_HEAD + `<p:sld ${NS}><p:cSld><p:spTree>${GROUP}${titleShape(slide, lang)}${shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
}

function notesXml(text: string, lang: string): string {
  const paras = text.split(/\r?\n/).map((l) => paragraphXml(para(l, { size: 12 }), lang)).join('');
  return (
    XML_HEAD +
    `<p:notes ${NS}><p:cSld><p:spTree>${GROUP}` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paras}</p:txBody></p:sp>` +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
  );
}

const rels = (items: Array<[id: string, type: string, target: string]>): string =>
  XML_HEAD + `<Relationships xmlns="${PKG_REL}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.startsWith('http') ? type : `${REL}/${type}`}" Target="${target}"/>`).join('')}</Relationships>`;

const CLR_MAP = '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>';
const BG = '<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>';
const defRPr = (size: number, font: 'mj' | 'mn', bold = false) =>
  `<a:defRPr sz="${size}"${bold ? ' b="1"' : ''}><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+${font}-lt"/><a:ea typeface="+${font}-ea"/><a:cs typeface="+${font}-cs"/></a:defRPr>`;

function masterXml(): string {
  return (
    XML_HEAD +
    `<p:sldMaster ${NS}><p:cSld>${BG}<p:spTree>${GROUP}` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>' +
    `<p:spPr>${xfrm({ x: 0.45, y: 0.3, w: 12.43, h: 0.85 })}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    '<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="ctr"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>Title</a:t></a:r></a:p></p:txBody></p:sp>' +
    `</p:spTree></p:cSld>${CLR_MAP}<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>` +
    `<p:txStyles><p:titleStyle><a:lvl1pPr algn="l">${defRPr(2800, 'mj', true)}</a:lvl1pPr></p:titleStyle>` +
    `<p:bodyStyle><a:lvl1pPr>${defRPr(1800, 'mn')}</a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr>${defRPr(1800, 'mn')}</a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>`
  );
}

function layoutXml(): string {
  return (
    XML_HEAD +
    `<p:sldLayout ${NS} type="titleOnly" preserve="1"><p:cSld name="Title Only"><p:spTree>${GROUP}` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/>' +
    '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></p:txBody></p:sp>' +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}

function notesMasterXml(): string {
  return (
    XML_HEAD +
    `<p:notesMaster ${NS}><p:cSld>${BG}<p:spTree>${GROUP}` +
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="381000" y="685800"/><a:ext cx="6096000" cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4343400"/><a:ext cx="5486400" cy="4114800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    '<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/></a:p></p:txBody></p:sp>' +
    `</p:spTree></p:cSld>${CLR_MAP}<p:notesStyle><a:lvl1pPr marL="0" algn="l" rtl="0">${defRPr(1200, 'mn')}</a:lvl1pPr></p:notesStyle></p:notesMaster>`
  );
}

function themeXml(name: string): string {
  const c = (tag: string, v: string) => `<a:${tag}><a:srgbClr val="${v}"/></a:${tag}>`;
  const fonts = (kind: 'major' | 'minor') => `<a:${kind}Font><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/><a:cs typeface=""/></a:${kind}Font>`;
  const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const ln = (w: number) => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${solid}<a:prstDash val="solid"/></a:ln>`;
  return (
    XML_HEAD +
    `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${name}"><a:themeElements>` +
    `<a:clrScheme name="Fazhi">${c('dk1', '1B2430')}${c('lt1', 'FFFFFF')}${c('dk2', '2B3646')}${c('lt2', 'F3F5F8')}` +
    `${c('accent1', '0B63B0')}${c('accent2', 'D55E00')}${c('accent3', '009E73')}${c('accent4', 'CC79A7')}${c('accent5', '56B4E9')}${c('accent6', 'B8860B')}` +
    `${c('hlink', '0B63B0')}${c('folHlink', '6A3D9A')}</a:clrScheme>` +
    `<a:fontScheme name="Fazhi">${fonts('major')}${fonts('minor')}</a:fontScheme>` +
    `<a:fmtScheme name="Fazhi"><a:fillStyleLst>${solid}${solid}${solid}</a:fillStyleLst><a:lnStyleLst>${ln(6350)}${ln(12700)}${ln(19050)}</a:lnStyleLst>` +
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
    `<a:bgFillStyleLst>${solid}${solid}${solid}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}

const w3cdtf = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function coreXml(deck: Deck): string {
  const stamp = w3cdtf(deck.created);
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(deck.title)}</dc:title><dc:subject>${escapeXml(deck.subject)}</dc:subject><dc:creator>${escapeXml(deck.creator)}</dc:creator>` +
    `<cp:keywords>${escapeXml(deck.keywords)}</cp:keywords><dc:description>${escapeXml(deck.description)}</dc:description>` +
    `<dc:identifier>${escapeXml(deck.identifier)}</dc:identifier><dc:language>${escapeXml(deck.lang)}</dc:language>` +
    `<cp:lastModifiedBy>${escapeXml(deck.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(deck: Deck): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeXml(deck.creator)}</Application><PresentationFormat>On-screen Show (16:9)</PresentationFormat>` +
    `<Slides>${deck.slides.length}</Slides><Notes>${deck.slides.length}</Notes></Properties>`
  );
}

/** The deck as a .pptx file's bytes. */
export function buildPptx(deck: Deck): Uint8Array {
  const files: Zippable = {};
  const text = (path: string, xml: string) => {
    files[path] = [strToU8(xml), { level: 6 }];
  };
  const n = deck.slides.length;
  const lang = deck.lang;
  let imageNo = 0;
  const overrides: string[] = [];
  const over = (part: string, type: string) => overrides.push(`<Override PartName="/${part}" ContentType="${type}"/>`);

  deck.slides.forEach((slide, i) => {
    const k = i + 1;
    const slideRels: Array<[string, string, string]> = [
      ['rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml'],
      ['rId2', 'notesSlide', `../notesSlides/notesSlide${k}.xml`],
    ];
    const imageRels: string[] = [];
    for (const s of slide.shapes) {
      if (s.kind !== 'image') continue;
      imageNo += 1;
      const rid = `rId${slideRels.length + 1}`;
      slideRels.push([rid, 'image', `../media/image${imageNo}.png`]);
      imageRels.push(rid);
      files[`ppt/media/image${imageNo}.png`] = [s.png, { level: 0 }];
    }
    text(`ppt/slides/slide${k}.xml`, slideXml(slide, imageRels, lang));
    text(`ppt/slides/_rels/slide${k}.xml.rels`, rels(slideRels));
    text(`ppt/notesSlides/notesSlide${k}.xml`, notesXml(slide.notes, lang));
    text(`ppt/notesSlides/_rels/notesSlide${k}.xml.rels`, rels([['rId1', 'notesMaster', '../notesMasters/notesMaster1.xml'], ['rId2', 'slide', `../slides/slide${k}.xml`]]));
    over(`ppt/slides/slide${k}.xml`, `${CT}.slide+xml`);
    over(`ppt/notesSlides/notesSlide${k}.xml`, `${CT}.notesSlide+xml`);
  });

  const presRels: Array<[string, string, string]> = [['rId1', 'slideMaster', 'slideMasters/slideMaster1.xml']];
  for (let k = 1; k <= n; k++) presRels.push([`rId${k + 1}`, 'slide', `slides/slide${k}.xml`]);
  presRels.push([`rId${n + 2}`, 'notesMaster', 'notesMasters/notesMaster1.xml']);
  presRels.push([`rId${n + 3}`, 'theme', 'theme/theme1.xml']);
  presRels.push([`rId${n + 4}`, 'presProps', 'presProps.xml']);
  presRels.push([`rId${n + 5}`, 'viewProps', 'viewProps.xml']);
  presRels.push([`rId${n + 6}`, 'tableStyles', 'tableStyles.xml']);

  text(
    'ppt/presentation.xml',
    XML_HEAD +
      `<p:presentation ${NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
      `<p:notesMasterIdLst><p:notesMasterId r:id="rId${n + 2}"/></p:notesMasterIdLst>` +
      `<p:sldIdLst>${deck.slides.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`).join('')}</p:sldIdLst>` +
      `<p:sldSz cx="${SLIDE_W}" cy="${SLIDE_H}"/><p:notesSz cx="6858000" cy="9144000"/>` +
      `<p:defaultTextStyle><a:lvl1pPr marL="0" algn="l" rtl="0">${defRPr(1800, 'mn')}</a:lvl1pPr></p:defaultTextStyle></p:presentation>`,
  );
  text('ppt/_rels/presentation.xml.rels', rels(presRels));
  text('ppt/slideMasters/slideMaster1.xml', masterXml());
  text('ppt/slideMasters/_rels/slideMaster1.xml.rels', rels([['rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml'], ['rId2', 'theme', '../theme/theme1.xml']]));
  text('ppt/slideLayouts/slideLayout1.xml', layoutXml());
  text('ppt/slideLayouts/_rels/slideLayout1.xml.rels', rels([['rId1', 'slideMaster', '../slideMasters/slideMaster1.xml']]));
  text('ppt/notesMasters/notesMaster1.xml', notesMasterXml());
  text('ppt/notesMasters/_rels/notesMaster1.xml.rels', rels([['rId1', 'theme', '../theme/theme2.xml']]));
  text('ppt/theme/theme1.xml', themeXml('Fazhi'));
  text('ppt/theme/theme2.xml', themeXml('Fazhi Notes'));
  text('ppt/presProps.xml', XML_HEAD + `<p:presentationPr ${NS}/>`);
  text('ppt/viewProps.xml', XML_HEAD + `<p:viewPr ${NS}><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>`);
  text('ppt/tableStyles.xml', XML_HEAD + '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>');
  text('docProps/core.xml', coreXml(deck));
  text('docProps/app.xml', appXml(deck));
  text('_rels/.rels', rels([
    ['rId1', 'officeDocument', 'ppt/presentation.xml'],
    ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
    ['rId3', 'extended-properties', 'docProps/app.xml'],
  ]));
  over('ppt/presentation.xml', `${CT}.presentation.main+xml`);
  over('ppt/slideMasters/slideMaster1.xml', `${CT}.slideMaster+xml`);
  over('ppt/slideLayouts/slideLayout1.xml', `${CT}.slideLayout+xml`);
  over('ppt/notesMasters/notesMaster1.xml', `${CT}.notesMaster+xml`);
  over('ppt/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml');
  over('ppt/theme/theme2.xml', 'application/vnd.openxmlformats-officedocument.theme+xml');
  over('ppt/presProps.xml', `${CT}.presProps+xml`);
  over('ppt/viewProps.xml', `${CT}.viewProps+xml`);
  over('ppt/tableStyles.xml', `${CT}.tableStyles+xml`);
  over('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml');
  over('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml');
  // [Content_Types].xml first: some readers sniff it.
  const ordered: Zippable = {
    '[Content_Types].xml': [
      strToU8(
        XML_HEAD +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
          `${overrides.join('')}</Types>`,
      ),
      { level: 6 },
    ],
    ...files,
  };
  return zipSync(ordered);
}
