/**
 * The printed page's running header and footer. print.css draws them in the @page margin boxes
 * from custom properties on <html> (a CSSOM write, so nothing is injected as markup or inline
 * style): the page title, the scope/year/filters, the data source with its snapshot hash and the
 * print date; page numbers come from CSS counters.
 */
import { contextLine, footLine } from './printText.ts';
import type { DocInfo } from '../registry/docInfo.ts';

/** Text as a CSS string token: quotes and backslashes escaped, line breaks and controls dropped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function setPrintFrame(info: DocInfo, hash: string | null): void {
  const root = document.documentElement;
  root.style.setProperty('--fz-print-title', cssString(info.pageTitle));
  root.style.setProperty('--fz-print-context', cssString(contextLine(info)));
  root.style.setProperty('--fz-print-foot', cssString(footLine(info, hash)));
}
