/** A scanned report's pages through the reader (where the reader runs in this thread: CLI, tests). */
import { extractReport, type Extraction } from '../extract.ts';
import { joinPages, quotedAsRead, type ScanPage, type ScanText } from './scan.ts';

export function extractScan(pages: readonly ScanPage[]): { scan: ScanText; extraction: Extraction } {
  const scan = joinPages(pages);
  return { scan, extraction: quotedAsRead(extractReport(scan.read), scan) };
}
