/**
 * Text of a .docx: word/document.xml unzipped with fflate within a budget (zip.ts), one line per
 * paragraph (<w:p>), tabs and breaks kept, tables as rows of cells (tables/wordTables.ts). Pure
 * (works in a browser on a dropped file's bytes).
 */
import { strFromU8 } from 'fflate';
import { bodyParts, tableText } from './tables/wordTables.ts';
import { unzipBounded, type ZipBudget } from './zip.ts';

/**
 * A report's document.xml is a few MB (its text is ~20,000 characters, each wrapped in runs);
 * one of 32 MB holds ten times the text the reader accepts. Past it the file is refused unread.
 */
export const DOCX_BUDGET: ZipBudget = { maxPartBytes: 32 * 1048576, maxTotalBytes: 32 * 1048576 };

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** The text of one <w:p>: its runs, tabs and breaks. */
function paragraphText(p: string): string {
  let line = '';
  for (const t of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>/g)) {
    if (t[1] !== undefined) line += decodeEntities(t[1]);
    else if (t[0].startsWith('<w:tab')) line += '\t';
    else line += '\n';
  }
  return line;
}

/** Paragraph text of WordprocessingML, tables as pipe rows. */
export function documentXmlToText(xml: string): string {
  return bodyParts(xml)
    .map((part) => (part.kind === 'table' ? tableText(part.xml, paragraphText) : paragraphText(part.xml)))
    .join('\n');
}

/** Text of a .docx file's bytes; throws ZipError past the budget, Error when it is not a Word document. */
export function docxToText(bytes: Uint8Array, budget: ZipBudget = DOCX_BUDGET): string {
  const files = unzipBounded(bytes, (name) => name === 'word/document.xml', budget);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('not a .docx: word/document.xml is missing');
  return documentXmlToText(strFromU8(xml));
}
