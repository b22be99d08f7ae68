import type { zhScan } from './zh.scan.ts';

/** Strings of the import screen about scans and what reads them (English; see zh.scan.ts). */
export const enScan: Record<keyof typeof zhScan, string> = {
  'scan.help':
    'Drop or choose annual reports, government-information annual reports, supervision summaries or news items (.txt, .docx, .pdf, scans included; saved web pages .html/.htm/.mht; scanned or photographed pages as .png/.jpg dropped together make one report, in file-name order) or filled-in templates (.xlsx), several at once. Text is extracted in the background and scans are read on this computer; a figure enters the dataset only once you accept it. The review is kept in this browser across reloads.',
  'scan.fail.unsupported':
    '{ext} files are not supported. Import .txt, .docx, .pdf (scans included), a saved web page (.html, .htm, .mht), .png/.jpg page images, or an .xlsx template.',
  'scan.fail.no_text_read':
    'Every page was read by OCR, but no text was found. Check the scan is sharp and the right way up (not a blank page or a picture), or use the original Word or text file.',
  'scan.fail.cancelled': 'Text recognition cancelled; not imported. Drop the file again when needed.',
  'scan.fail.ocr_failed':
    'Text recognition (OCR) could not finish ({detail}). Reload the page and try again; the file was not sent anywhere.',
  'scan.loading': 'Loading the text-recognition engine (about 6 MB from this site the first time, then available offline)…',
  'scan.render': 'Reading {file}: page {page}/{pages}',
  'scan.page': 'Recognising {file}: page {page}/{pages}',
  'scan.cancel': 'Cancel recognition',
  'scan.local': 'Scans are read in this browser; nothing is uploaded or sent anywhere.',
  'scan.item': 'A scan: {pages} pages, {ocr} of them read by OCR. The text as read may be wrong: check each figure against the page image.',
  'scan.tag': 'Read from scan · page {page}',
  'scan.alt': 'This passage as it appears on page {page} of the scan',
};
