/**
 * Text of a .docx: word/document.xml unzipped with fflate within a budget (zip.ts), one line per
 * paragraph (<w:p>), tabs and breaks kept. Pure (works in a browser on a dropped file's bytes).
 */
import { strFromU8 } from 'fflate';
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

/** Paragraph text of WordprocessingML. */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  for (const p of xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const body = p[1] ?? '';
    let line = '';
    for (const t of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>/g)) {
      if (t[1] !== undefined) line += decodeEntities(t[1]);
      else if (t[0].startsWith('<w:tab')) line += '\t';
      else line += '\n';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Text of a .docx file's bytes; throws ZipError past the budget, Error when it is not a Word document. */
export function docxToText(bytes: Uint8Array, budget: ZipBudget = DOCX_BUDGET): string {
  const files = unzipBounded(bytes, (name) => name === 'word/document.xml', budget);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('not a .docx: word/document.xml is missing');
  return documentXmlToText(strFromU8(xml));
}
