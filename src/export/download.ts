/** Browser-side saving of an export. */

/**
 * Revoking the URL right after click() can cancel the download in some
 * browsers, which fetch the blob asynchronously; a delay costs only the memory
 * of one small file.
 */
const REVOKE_DELAY_MS = 30_000;

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  // Firefox ignores clicks on links that are not in the document.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

/** Characters Windows forbids in file names, plus C0/C1 controls. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001F\u007F-\u009F]/g;
/** Device names Windows reserves whatever the extension ("CON.csv" cannot be saved). */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Keeps names well under the 255-byte limit even when every character is 3-byte UTF-8 Chinese. */
const MAX_BASE_CHARS = 80;

function cleanPart(part: string): string {
  // Windows also strips trailing dots/spaces, which would silently change the name.
  return part
    .replace(FORBIDDEN, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
}

/**
 * A file name from readable parts (scope, year, table), e.g.
 * ['河南省', '2025', '排行榜'] + 'xlsx' → '河南省_2025_排行榜.xlsx'.
 */
export function safeFilename(parts: readonly string[], ext: string): string {
  let base = parts
    .map(cleanPart)
    .filter((p) => p !== '')
    .join('_');
  base = Array.from(base)
    .slice(0, MAX_BASE_CHARS)
    .join('')
    .replace(/[. ]+$/, '');
  if (base === '' || RESERVED.test(base)) base = base === '' ? 'export' : `${base}_`;
  const cleanExt = cleanPart(ext).replace(/^\.+/, '');
  return cleanExt === '' ? base : `${base}.${cleanExt}`;
}
