import type { zhReaders } from './zh.readers.ts';

export const enReaders: Record<keyof typeof zhReaders, string> = {
  'import.tplp.encrypted':
    'The file is protected by a password to open (encrypted) and cannot be read. In Excel open it, choose File → Info → Protect Workbook → Encrypt with Password, clear the password and save (WPS: File → Document Encryption → Password Encryption), then upload it again.',
  'import.tplp.legacy_xls':
    'This is an Excel 97–2003 workbook (.xls), not .xlsx. Save it as an Excel Workbook (.xlsx) in Excel or WPS, then upload it again.',
  'import.tplp.too_large': 'The file inflates past {got} MB, far more than any template (one row per unit, a few MB); it was not read.',
  'import.tplp.too_many_rows': 'The sheet has more than {got} rows, far more than any template (one row per unit); it was not read.',
  'import.tplp.timeout': 'Reading it took over {got} s, far longer than any template; it was stopped.',
  'import.tplp.bad_xml':
    '{got} in the workbook is not well-formed XML (the file is damaged or was altered); it was not read. Open it in Excel or WPS, save it again and upload it',
  'import.tplp.formula': 'holds a formula ({got}), not a figure typed in. Type the figure itself (or Copy, then Paste Special → Values)',
  'import.tplp.future_year': 'the year {got} has not ended: its figures cannot be reported yet; give a year that has ended',
  'import.fail.encrypted_office':
    'The Word file is protected by a password to open (encrypted) and cannot be read. In Word choose File → Info → Protect Document → Encrypt with Password, clear the password and save (WPS: File → Document Encryption → Password Encryption), then import it again.',
  'import.fail.too_long':
    'The text has {chars} characters, past the limit of {max} (the longest real report has ~20,000); it was not read. If several reports are joined together, import them separately.',
  'import.fail.inflated_too_large': 'The file inflates past {max} MB, far more than any report; it was not read ({detail}).',
  'import.fail.too_many_pages':
    'The PDF has {pages} pages, past the limit of {max} (an annual report has a few dozen); it was not read. Export only the report’s pages and import those.',
  'import.fail.timeout':
    'Reading it took over {s} s and was stopped, so the page stays usable; the files after it are read as usual. Check that it is the right file, or split it.',
  'import.fail.cancelled': 'Cancelled; not read. Drop the file again when needed.',
  'import.fail.interrupted':
    'The last time this file ({size} MB) was read, the page stopped (a crash or a close). To avoid that again it is not read: check that it is the right file, or save it as a smaller .docx/.txt and import that.',
  'import.rep.repeated': '{n} repeated lines (one report pasted twice, a header on every page) were read once, not as new figures.',
  'import.rep.cancel': 'Cancel reading',
  'import.rep.elapsed': '{s} s so far',
  'map.geo.failed.internal':
    'the program failed reading the boundary file ({detail}). This is not a network problem; please pass this sentence on to whoever maintains the dashboard.',
  'targets.error.encrypted':
    'The file is protected by a password to open (encrypted). Clear the password in Excel/WPS, save, and load it again.',
  'targets.error.legacyXls': 'This is an Excel 97–2003 workbook (.xls). Save it as .xlsx and load it again.',
  'targets.error.tooLarge': 'The file is past {limit}, far larger than any target table; it was not read.',
};
