/**
 * The extractor in a Web Worker, so a long report never freezes the import screen. It decodes a
 * file's bytes (read.ts: UTF-8, else GB18030; UTF-16 with a BOM; .docx through fflate; a saved web
 * page or .mht as inert markup) or takes text the page already has (a PDF's text layer), and runs
 * extractReport. One request in, one answer out,
 * matched by id. `handleRequest` is pure and is also what the page runs where there are no
 * workers (tests).
 */
import { extractReport, type Extraction } from './extract.ts';
import { readSource, type SourceText, type TextFormat } from './read.ts';

export { decodeText } from './read.ts';

export type ExtractRequest =
  | { id: number; kind: 'text'; text: string; fileName?: string }
  | { id: number; kind: 'bytes'; format: TextFormat; bytes: ArrayBuffer; fileName?: string };

export type ExtractFailure = 'empty' | 'corrupt' | 'legacy_doc';

export type ExtractResponse =
  { id: number; ok: true; text: string; extraction: Extraction } | { id: number; ok: false; code: ExtractFailure; detail: string };

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;
/** The OLE2 compound file header of a Word 97–2003 .doc. */
const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export function handleRequest(req: ExtractRequest): ExtractResponse {
  let read: SourceText;
  if (req.kind === 'text') {
    read = { text: req.text, title: null, date: null };
  } else {
    const bytes = new Uint8Array(req.bytes);
    if (req.format === 'docx') {
      if (isOle(bytes)) return { id: req.id, ok: false, code: 'legacy_doc', detail: 'Word 97–2003 (.doc)' };
      if (!isZip(bytes)) return { id: req.id, ok: false, code: 'corrupt', detail: 'not a zip archive' };
    }
    try {
      read = readSource(req.format, bytes);
    } catch (e) {
      return { id: req.id, ok: false, code: 'corrupt', detail: e instanceof Error ? e.message : String(e) };
    }
  }
  const text = read.text;
  if (text.trim().length === 0) return { id: req.id, ok: false, code: 'empty', detail: '' };
  const extraction = extractReport(text, { title: read.title, date: read.date, ...(req.fileName ? { fileName: req.fileName } : {}) });
  return { id: req.id, ok: true, text, extraction };
}

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<ExtractRequest>) => void): void;
  postMessage(message: ExtractResponse): void;
}

// Only inside a dedicated worker (not when a test or the page imports this module).
const g = globalThis as unknown as { WorkerGlobalScope?: unknown; document?: unknown };
if (typeof g.WorkerGlobalScope !== 'undefined' && typeof g.document === 'undefined') {
  const scope = globalThis as unknown as WorkerScope;
  scope.addEventListener('message', (e) => {
    const req = e.data;
    let res: ExtractResponse;
    try {
      res = handleRequest(req);
    } catch (err) {
      res = { id: req.id, ok: false, code: 'corrupt', detail: err instanceof Error ? err.message : String(err) };
    }
    scope.postMessage(res);
  });
}
