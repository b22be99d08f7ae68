/** A scanned report's pages through the reader (where the reader runs in this thread: CLI, tests). */
import { extractReport, type Extraction, type ReadHints } from '../extract.ts';
import { joinPages, quotedAsRead, type ScanPage, type ScanText } from './scan.ts';

export function extractScan(pages: readonly ScanPage[], hints: ReadHints = {}): { scan: ScanText; extraction: Extraction } {
  const scan = joinPages(pages);
  return { scan, extraction: quotedAsRead(extractReport(scan.read, hints), scan) };
}
