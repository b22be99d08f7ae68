/**
 * WordprocessingML's body in reading order, with its tables as tables: each top-level <w:tbl> a
 * run of pipe rows ("| 行政许可 | 3679 |"), one cell per <w:tc> (a spanned cell once; a cell that
 * continues a vertical merge is the one above, so it is left out, as a web page leaves it out).
 * A table that only lays out text (one column, or cells holding pages of text) is read as lines.
 */

export interface BodyPart {
  kind: 'paragraph' | 'table';
  xml: string;
}

/** Top-level <w:p> and <w:tbl> of a body, in order (tables nest: their depth is counted). */
export function bodyParts(xml: string): BodyPart[] {
  const out: BodyPart[] = [];
  const tag = /<w:tbl(?:\s[^>]*)?>|<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g;
  let depth = 0;
  let tableStart = -1;
  for (const m of xml.matchAll(tag)) {
    const t = m[0];
    if (t.startsWith('<w:tbl')) {
      if (depth === 0) tableStart = m.index;
      depth++;
    } else if (t === '</w:tbl>') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && tableStart >= 0) out.push({ kind: 'table', xml: xml.slice(tableStart, m.index + t.length) });
    } else if (depth === 0) out.push({ kind: 'paragraph', xml: t });
  }
  return out;
}

/** The elements named `name` at the top of `xml` (not those inside a nested one of the same name). */
function children(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${name}(?:\\s[^>]*)?/>|<${name}(?:\\s[^>]*)?>|</${name}>`, 'g');
  let depth = 0;
  let start = -1;
  for (const m of xml.matchAll(re)) {
    const t = m[0];
    if (t.endsWith('/>')) {
      if (depth === 0) out.push('');
    } else if (t.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && start >= 0) out.push(xml.slice(start, m.index + t.length));
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return out;
}

const innerOf = (xml: string, name: string): string =>
  xml.replace(new RegExp(`^<${name}(?:\\s[^>]*)?>`), '').replace(new RegExp(`</${name}>$`), '');

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Rows of cells of a <w:tbl>, each cell's paragraphs given by `paragraphText`. */
export function tableText(tbl: string, paragraphText: (p: string) => string): string {
  const rows = children(innerOf(tbl, 'w:tbl'), 'w:tr').map((tr) =>
    children(innerOf(tr, 'w:tr'), 'w:tc')
      // A cell continuing a vertical merge (<w:vMerge/> or val="continue") belongs to the one above.
      .filter((tc) => !/<w:vMerge(?:\s+w:val="continue")?\s*\/>/.test(tc))
      .map((tc) => bodyParts(tc).map((p) => (p.kind === 'table' ? tableText(p.xml, paragraphText) : paragraphText(p.xml)))),
  );
  const texts = rows.map((cells) => cells.map((paras) => paras.join('\n')));
  const layout = texts.every((r) => r.length <= 1) || texts.some((r) => r.some((t) => squeeze(t).length > 160));
  if (layout) return texts.flat().join('\n');
  return texts
    .filter((r) => r.length > 0)
    .map((r) => `| ${r.map((t) => squeeze(t).replace(/[|｜]/g, '¦')).join(' | ')} |`)
    .join('\n');
}
