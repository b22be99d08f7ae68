import type { zhReaders } from './zh.readers.ts';

export const enReaders: Record<keyof typeof zhReaders, string> = {
  'import.tplp.encrypted':
    'The file is protected by a password to open (encrypted) and cannot be read. In Excel open it, choose File → Info → Protect Workbook → Encrypt with Password, clear the password and save (WPS: File → Document Encryption → Password Encryption), then upload it again.',
  'import.tplp.legacy_xls':
    'This is an Excel 97–2003 workbook (.xls), not .xlsx. Save it as an Excel Workbook (.xlsx) in Excel or WPS, then upload it again.',
  'import.tplp.too_large': 'The file inflates past {got} MB, far more than any template (one row per unit, a few MB); it was not read.',
  'import.tplp.too_many_rows': 'The sheet has more than {got} rows, far more than any template (one row per unit); it was not read.',
  'import.tplp.timeout': 'Reading it took over {got} s, far longer than any template; it was stopped.',
  'import.tplp.formula': 'holds a formula ({got}), not a figure typed in. Type the figure itself (or Copy, then Paste Special → Values)',
  'import.tplp.future_year': 'the year {got} has not ended: its figures cannot be reported yet; give a year that has ended',
  'targets.error.encrypted':
    'The file is protected by a password to open (encrypted). Clear the password in Excel/WPS, save, and load it again.',
  'targets.error.legacyXls': 'This is an Excel 97–2003 workbook (.xls). Save it as .xlsx and load it again.',
  'targets.error.tooLarge': 'The file is past {limit}, far larger than any target table; it was not read.',
};
