/**
 * Fills cells of a downloaded template the way a person would in Excel: unzip, set the cells'
 * values in the sheet XML (numbers as numbers, text as shared strings), zip again. Shared by the
 * unit tests and the e2e spec.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const esc = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function fillTemplate(
  bytes: Uint8Array,
  cells: Record<string, number | string>,
  sheetPath = 'xl/worksheets/sheet1.xml',
): Uint8Array {
  const files = unzipSync(bytes);
  let xml = strFromU8(files[sheetPath] ?? new Uint8Array());
  const strings: string[] = [];
  for (const [ref, value] of Object.entries(cells)) {
    const body = typeof value === 'number' ? `<v>${value}</v>` : `<v>${strings.push(value) - 1}</v>`;
    const type = typeof value === 'number' ? '' : ' t="s"';
    const selfClosing = new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*/>`);
    const full = new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*>.*?</c>`);
    const m = selfClosing.exec(xml) ?? full.exec(xml);
    if (!m) throw new Error(`cell ${ref} not in the template`);
    xml = xml.replace(m[0], `<c r="${ref}"${m[1] ?? ''}${type}>${body}</c>`);
  }
  files[sheetPath] = strToU8(xml);
  if (strings.length) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
    );
    const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
    );
    const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
    files['[Content_Types].xml'] = strToU8(
      types.replace(
        '</Types>',
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
    );
  }
  return zipSync(files);
}
