/**
 * A file's bytes as the reader's text, the same in the import screen's worker and in the CLI:
 * plain text (UTF-8, else GB18030; UTF-16 with a BOM), .docx (tables as rows), a saved web page
 * (.html/.htm) or a web archive (.mht/.mhtml), with the title and date the page states. PDF is read
 * in the page (pdf.js) and arrives here as text.
 */
import { docxToText } from './docx.ts';
import { decodeHtml, htmlToText } from './html.ts';
import { mhtToHtml } from './mht.ts';

export type TextFormat = 'txt' | 'docx' | 'html' | 'mht';

export interface SourceText {
  text: string;
  /** The title the file states outside its text (a page's <title> or ArticleTitle), if any. */
  title: string | null;
  /** The publication date the file states (a page's PubDate), YYYY-MM-DD, if any. */
  date: string | null;
}

/** Text of a plain-text file's bytes: BOMs honoured, UTF-8 when it is valid, else GB18030 (GBK). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The format a file's name says (.txt, .docx, .html/.htm, .mht/.mhtml); null for any other. */
export function textFormatOf(name: string): TextFormat | null {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'docx') return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml') return 'html';
  if (ext === 'mht' || ext === 'mhtml') return 'mht';
  return null;
}

/** The text (and, for a page, its title and date) of a file's bytes. Throws when they are not what the format says. */
export function readSource(format: TextFormat, bytes: Uint8Array): SourceText {
  if (format === 'docx') return { text: docxToText(bytes), title: null, date: null };
  if (format === 'txt') return { text: decodeText(bytes), title: null, date: null };
  const page = htmlToText(format === 'mht' ? mhtToHtml(bytes) : decodeHtml(bytes));
  return { text: page.text, title: page.title, date: page.date };
}
