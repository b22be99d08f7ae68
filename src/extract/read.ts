/**
 * A file's bytes as the reader's text, the same in the import screen's worker and in the CLI:
 * plain text (UTF-8, else GB18030; UTF-16 with a BOM), .docx (tables as rows), a saved web page
 * (.html/.htm) or a web archive (.mht/.mhtml), with the title and date the page states. PDF is read
 * in the page (pdf.js) and arrives here as text.
 */
import { decodeText } from './decodeText.ts';
import { docxToText } from './docx.ts';
import { decodeHtml, htmlToText } from './html.ts';
import { mhtToHtml } from './mht.ts';

export { decodeText };

export type TextFormat = 'txt' | 'docx' | 'html' | 'mht';

export interface SourceText {
  text: string;
  /** The title the file states outside its text (a page's <title> or ArticleTitle), if any. */
  title: string | null;
  /** The publication date the file states (a page's PubDate), YYYY-MM-DD, if any. */
  date: string | null;
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
