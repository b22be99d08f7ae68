/**
 * A small .xlsx reader: the sheets of a workbook with their cells (shared strings, inline
 * strings, numbers, booleans, errors, and whether a cell holds a formula), keyed by cell
 * reference. Enough to read a filled-in template or a target sheet; no styles, no dates, no
 * formulas evaluated.
 *
 * Bounded and self-contained, so it runs in a worker as well as the page: the parts are inflated
 * within a budget (zip.ts), the XML is read by a scanner of its own, not DOMParser (which exists
 * only in the page, and whose error document for malformed XML carried inline styles the strict
 * CSP reported), rows and time are counted as it goes, and a DTD (Excel never writes one; an
 * entity bomb needs one) is refused outright.
 */
import { strFromU8 } from 'fflate';
import { unzipBounded, ZipError } from './zip.ts';

const NS_REL_ATTR = /^(?:\w+:)?id$/;

export type CellType = 'number' | 'string' | 'boolean' | 'error';

export interface XlsxCell {
  /** A1-style reference. */
  ref: string;
  /** 0-based column and 1-based row, as the reference says. */
  col: number;
  row: number;
  type: CellType;
  /** The text of a string cell, the number as written for a number cell (a formula's stored result). */
  text: string;
  /** The cell holds a formula: its text (without '='), or '' for a shared formula's follower. */
  formula?: string;
}

export interface XlsxSheet {
  name: string;
  cells: Map<string, XlsxCell>;
}

export type XlsxErrorCode = 'not_zip' | 'not_xlsx' | 'bad_xml' | 'encrypted' | 'legacy_xls' | 'too_large' | 'too_many_rows' | 'timeout';

export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  /** The limit passed (bytes, rows), when one was. */
  readonly limit: number | undefined;
  /** The part of the workbook at fault (xl/worksheets/sheet1.xml), when there is one. */
  readonly part: string | undefined;
  constructor(code: XlsxErrorCode, detail: string, limit?: number, part?: string) {
    super(detail);
    this.name = 'XlsxError';
    this.code = code;
    this.limit = limit;
    this.part = part;
  }
}

export interface XlsxLimits {
  /** Inflated bytes of one part (a sheet) and of all parts read. */
  maxPartBytes: number;
  maxTotalBytes: number;
  /** Rows of any one sheet. */
  maxRows: number;
  /** Milliseconds the whole read may take. */
  maxMs: number;
}

/**
 * A filled-in template has a row per county-level unit (~3,200 nationally) and ~50 columns: a few
 * MB of XML. These are ten times that; a sheet past them is not a template.
 */
export const TEMPLATE_LIMITS: XlsxLimits = { maxPartBytes: 32 * 1048576, maxTotalBytes: 48 * 1048576, maxRows: 20_000, maxMs: 20_000 };

/** 'A' → 0, 'AA' → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseRef(ref: string): { col: number; row: number } | null {
  const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(ref);
  if (!m) return null;
  return { col: columnIndex(m[1] ?? 'A'), row: Number(m[2]) };
}

function refOf(col: number, row: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return `${name}${row}`;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references; anything else is left as written. */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#')) {
      const cp = e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/** Attributes of a start tag's inside (`name="v"`, `r:id='v'`), names as written. */
export function attributes(inside: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of inside.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (m[1]) out.set(m[1], decodeXmlText(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** A part's text, checked to be the XML document it should be (its root element closes). */
function xmlPart(files: Record<string, Uint8Array>, path: string, root: string): string | null {
  const bytes = files[path];
  if (!bytes) return null;
  const xml = strFromU8(bytes);
  if (/<!DOCTYPE/i.test(xml)) throw new XlsxError('bad_xml', `${path} declares a DTD`, undefined, path);
  const open = new RegExp(`<(?:\\w+:)?${root}[\\s>/]`);
  const close = new RegExp(`</(?:\\w+:)?${root}\\s*>\\s*$|<(?:\\w+:)?${root}\\b[^>]*/>\\s*$`);
  if (!open.test(xml) || !close.test(xml)) throw new XlsxError('bad_xml', `${path} is not well-formed XML`, undefined, path);
  return xml;
}

/** The text of a rich or plain string item (<si>, <is>): its <t>s, phonetic runs (<rPh>) left out. */
function stringItem(inner: string): string {
  let out = '';
  for (const m of inner
    .replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '')
    .matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) {
    out += decodeXmlText(m[1] ?? '');
  }
  // Excel escapes characters XML cannot hold as _xHHHH_.
  return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function zipFailure(e: ZipError): XlsxError {
  switch (e.code) {
    case 'encrypted':
      return new XlsxError('encrypted', e.message);
    case 'legacy_ole':
      return new XlsxError('legacy_xls', e.message);
    case 'too_large':
      return new XlsxError('too_large', e.message, e.limit);
    case 'timeout':
      return new XlsxError('timeout', e.message);
    case 'not_zip':
      return new XlsxError('not_zip', e.message);
  }
}

/** The sheets of an .xlsx file, in workbook order. Throws XlsxError when it is not one, or is past `limits`. */
export function readXlsx(bytes: Uint8Array, limits: XlsxLimits = TEMPLATE_LIMITS): XlsxSheet[] {
  const deadline = Date.now() + limits.maxMs;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipBounded(bytes, (n) => (n.startsWith('xl/') && n.endsWith('.xml')) || n.endsWith('.rels'), {
      maxPartBytes: limits.maxPartBytes,
      maxTotalBytes: limits.maxTotalBytes,
      deadline,
    });
  } catch (e) {
    if (e instanceof ZipError) throw zipFailure(e);
    throw e;
  }
  const workbook = xmlPart(files, 'xl/workbook.xml', 'workbook');
  if (workbook === null) throw new XlsxError('not_xlsx', 'xl/workbook.xml is missing');
  const rels = xmlPart(files, 'xl/_rels/workbook.xml.rels', 'Relationships') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1] ?? '');
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const shared: string[] = [];
  const sst = xmlPart(files, 'xl/sharedStrings.xml', 'sst');
  if (sst !== null)
    for (const m of sst.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) shared.push(stringItem(m[1] ?? ''));

  const sheets: XlsxSheet[] = [];
  let i = 0;
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1] ?? '');
    const name = a.get('name') ?? `Sheet${i + 1}`;
    // The relationship id (r:id, whatever the namespace's prefix).
    let rid: string | undefined;
    for (const [k, v] of a) if (NS_REL_ATTR.test(k) && k.includes(':')) rid = v;
    const path = (rid ? targets.get(rid) : undefined) ?? `xl/worksheets/sheet${i + 1}.xml`;
    const xml = xmlPart(files, path, 'worksheet');
    sheets.push({ name, cells: xml === null ? new Map<string, XlsxCell>() : readCells(xml, shared, limits.maxRows, deadline) });
    i += 1;
  }
  return sheets;
}

function readCells(xml: string, shared: readonly string[], maxRows: number, deadline: number): Map<string, XlsxCell> {
  const cells = new Map<string, XlsxCell>();
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return cells;
  const rowRe = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  rowRe.lastIndex = start;
  const cellRe = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let rowNo = 0;
  let rows = 0;
  for (let m = rowRe.exec(xml); m; m = rowRe.exec(xml)) {
    rows += 1;
    if (rows > maxRows) throw new XlsxError('too_many_rows', `more than ${maxRows} rows`, maxRows);
    if (rows % 500 === 0 && Date.now() > deadline) throw new XlsxError('timeout', 'reading took too long');
    const r = Number(attributes(m[1] ?? '').get('r'));
    rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
    let col = -1;
    for (const c of (m[2] ?? '').matchAll(cellRe)) {
      const a = attributes(c[1] ?? '');
      const at = parseRef(a.get('r') ?? '');
      col = at ? at.col : col + 1;
      const row = at ? at.row : rowNo;
      const cell = readCell(a.get('t') ?? 'n', c[2] ?? '', shared);
      if (cell) {
        const ref = refOf(col, row);
        cells.set(ref, { ref, col, row, ...cell });
      }
    }
  }
  return cells;
}

function readCell(t: string, inner: string, shared: readonly string[]): Omit<XlsxCell, 'ref' | 'col' | 'row'> | null {
  const vm = /<(?:\w+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?v>)/.exec(inner);
  const v = vm ? decodeXmlText(vm[1] ?? '') : null;
  const fm = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(inner);
  const formula = fm ? { formula: decodeXmlText(fm[1] ?? '') } : {};
  let cell: Omit<XlsxCell, 'ref' | 'col' | 'row'> | null = null;
  if (t === 'inlineStr') {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
    cell = { type: 'string', text: is ? stringItem(is[1] ?? '') : '' };
  } else if (t === 's') {
    cell = v === null ? null : { type: 'string', text: shared[Number(v)] ?? '' };
  } else if (t === 'str') {
    cell = { type: 'string', text: v ?? '' };
  } else if (t === 'b') {
    cell = v === null ? null : { type: 'boolean', text: v };
  } else if (t === 'e') {
    cell = { type: 'error', text: v ?? '#N/A' };
  } else if (v !== null && v.trim() !== '') {
    cell = { type: 'number', text: v.trim() };
  }
  // A formula with no stored result is still a formula: said so, not read as empty.
  if (!cell && fm) cell = { type: 'string', text: '' };
  return cell ? { ...cell, ...formula } : null;
}

export { refOf as cellRef };
