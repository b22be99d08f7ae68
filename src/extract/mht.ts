/**
 * The page inside a .mht/.mhtml (a web page saved by a browser as one MIME file, RFC 2557): its
 * first text/html part, decoded from quoted-printable or base64 in the charset it declares. Images
 * and styles in the other parts are never read.
 */
import { decodeHtml } from './html.ts';

function headerValue(headers: string, name: string): string {
  const m = new RegExp(`^${name}\\s*:\\s*([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(headers);
  return (m?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' ').trim();
}

const param = (value: string, name: string): string | null =>
  new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(value)?.[1]?.trim() ?? null;

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function quotedPrintable(body: string): Uint8Array {
  const soft = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i] ?? '';
    const hex = soft.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(soft.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

function base64(body: string): Uint8Array {
  return latin1Bytes(atob(body.replace(/[^A-Za-z0-9+/=]/g, '')));
}

function decodePart(headers: string, body: string): string {
  const encoding = headerValue(headers, 'Content-Transfer-Encoding').toLowerCase();
  const bytes = encoding === 'quoted-printable' ? quotedPrintable(body) : encoding === 'base64' ? base64(body) : latin1Bytes(body);
  const charset = param(headerValue(headers, 'Content-Type'), 'charset')?.toLowerCase();
  if (!charset) return decodeHtml(bytes);
  const label = /^(?:gb2312|gbk|x-gbk|cp936)$/.test(charset) ? 'gb18030' : charset;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return decodeHtml(bytes);
  }
}

/** The HTML of a .mht file's bytes; throws when it holds no text/html part. */
export function mhtToHtml(bytes: Uint8Array): string {
  const raw = new TextDecoder('latin1').decode(bytes);
  const split = (s: string): [string, string] => {
    const m = /\r?\n\r?\n/.exec(s);
    return m ? [s.slice(0, m.index), s.slice(m.index + m[0].length)] : [s, ''];
  };
  const [top, rest] = split(raw);
  const type = headerValue(top, 'Content-Type');
  const boundary = param(type, 'boundary');
  if (!boundary) {
    if (/text\/html/i.test(type)) return decodePart(top, rest);
    throw new Error('not a web archive: no text/html part');
  }
  for (const part of rest.split(`--${boundary}`)) {
    const [headers, body] = split(part.replace(/^\r?\n/, ''));
    // The line break before the next boundary belongs to the boundary (RFC 2046).
    if (/text\/html/i.test(headerValue(headers, 'Content-Type'))) return decodePart(headers, body.replace(/\r?\n$/, ''));
  }
  throw new Error('not a web archive: no text/html part');
}
