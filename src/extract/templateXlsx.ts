/**
 * A small .xlsx reader over fflate and DOMParser: the sheets of a workbook with their cells
 * (shared strings, inline strings, numbers, booleans, errors, formulas' cached values), keyed by
 * cell reference. Enough to read a filled-in template; no styles, no dates, no formulas evaluated.
 * Runs where DOMParser is (the page, jsdom), not in a worker.
 */
import { strFromU8, unzipSync } from 'fflate';

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export type CellType = 'number' | 'string' | 'boolean' | 'error';

export interface XlsxCell {
  /** A1-style reference. */
  ref: string;
  /** 0-based column and 1-based row, as the reference says. */
  col: number;
  row: number;
  type: CellType;
  /** The text of a string cell, the number as written for a number cell. */
  text: string;
}

export interface XlsxSheet {
  name: string;
  cells: Map<string, XlsxCell>;
}

export type XlsxErrorCode = 'not_zip' | 'not_xlsx' | 'bad_xml';

export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  constructor(code: XlsxErrorCode, detail: string) {
    super(detail);
    this.name = 'XlsxError';
    this.code = code;
  }
}

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

/** Child elements by local name (any prefix: x:c as well as c). */
function kids(el: Element, local: string): Element[] {
  const out: Element[] = [];
  for (const c of Array.from(el.children)) if (c.localName === local) out.push(c);
  return out;
}

function kid(el: Element, local: string): Element | undefined {
  return kids(el, local)[0];
}

/** The text of a rich or plain string item (<si>, <is>): its <t>s, phonetic runs (<rPh>) left out. */
function stringItem(el: Element): string {
  let out = '';
  for (const c of Array.from(el.children)) {
    if (c.localName === 't') out += c.textContent;
    else if (c.localName === 'r') for (const t of kids(c, 't')) out += t.textContent;
  }
  // Excel escapes characters XML cannot hold as _xHHHH_.
  return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function parseXml(parser: DOMParser, bytes: Uint8Array | undefined, part: string): Document | null {
  if (!bytes) return null;
  const doc = parser.parseFromString(strFromU8(bytes), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new XlsxError('bad_xml', `${part} is not well-formed XML`);
  return doc;
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

/** The sheets of an .xlsx file, in workbook order. Throws XlsxError when it is not one. */
export function readXlsx(bytes: Uint8Array, parser: DOMParser = new DOMParser()): XlsxSheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels') });
  } catch (e) {
    throw new XlsxError('not_zip', e instanceof Error ? e.message : String(e));
  }
  const workbook = parseXml(parser, files['xl/workbook.xml'], 'xl/workbook.xml');
  if (!workbook) throw new XlsxError('not_xlsx', 'xl/workbook.xml is missing');
  const rels = parseXml(parser, files['xl/_rels/workbook.xml.rels'], 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const r of Array.from(rels?.getElementsByTagName('*') ?? [])) {
    if (r.localName !== 'Relationship') continue;
    const id = r.getAttribute('Id');
    const target = r.getAttribute('Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const shared: string[] = [];
  const sst = parseXml(parser, files['xl/sharedStrings.xml'], 'xl/sharedStrings.xml');
  if (sst?.documentElement) for (const si of kids(sst.documentElement, 'si')) shared.push(stringItem(si));

  const sheetsEl = kid(workbook.documentElement, 'sheets');
  const sheets: XlsxSheet[] = [];
  (sheetsEl ? kids(sheetsEl, 'sheet') : []).forEach((s, i) => {
    const name = s.getAttribute('name') ?? `Sheet${i + 1}`;
    const rid = s.getAttributeNS(NS_REL, 'id') ?? s.getAttribute('r:id');
    const path = (rid ? targets.get(rid) : undefined) ?? `xl/worksheets/sheet${i + 1}.xml`;
    const doc = parseXml(parser, files[path], path);
    sheets.push({ name, cells: doc ? readCells(doc, shared) : new Map<string, XlsxCell>() });
  });
  return sheets;
}

function readCells(doc: Document, shared: readonly string[]): Map<string, XlsxCell> {
  const cells = new Map<string, XlsxCell>();
  const data = kid(doc.documentElement, 'sheetData');
  if (!data) return cells;
  let rowNo = 0;
  for (const rowEl of kids(data, 'row')) {
    const r = Number(rowEl.getAttribute('r'));
    rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
    let col = -1;
    for (const c of kids(rowEl, 'c')) {
      const at = parseRef(c.getAttribute('r') ?? '');
      col = at ? at.col : col + 1;
      const row = at ? at.row : rowNo;
      const t = c.getAttribute('t') ?? 'n';
      const v = kid(c, 'v')?.textContent ?? null;
      let cell: Omit<XlsxCell, 'ref' | 'col' | 'row'> | null = null;
      if (t === 'inlineStr') {
        const is = kid(c, 'is');
        cell = { type: 'string', text: is ? stringItem(is) : '' };
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
      if (cell) {
        const ref = refOf(col, row);
        cells.set(ref, { ref, col, row, ...cell });
      }
    }
  }
  return cells;
}

export { refOf as cellRef };
