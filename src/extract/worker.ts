/**
 * The readers in a Web Worker, so a long report or a large template never freezes the import
 * screen, and the page can stop one that takes too long (it ends the worker: extractClient.ts).
 * It decodes a file's bytes (read.ts: UTF-8, else GB18030; UTF-16; .docx through zip.ts within a
 * budget; a saved web page or .mht as inert markup) or takes text the page already has (a PDF's
 * text layer), refuses a text longer than any report, reads repeated lines once (repetition.ts),
 * and runs extractReport; or reads a fill-in template. One request in, one answer out, matched by
 * id. `handleRequest` is pure and is also what the page runs where there are no workers (tests).
 */
import type { Indicator } from '../contract/schema.ts';
import { extractReport, type Extraction } from './extract.ts';
import { readSource, type SourceText, type TextFormat } from './read.ts';
import { blankRepeats } from './repetition.ts';
import { readTemplate, type TemplateResult } from './templateRead.ts';
import { ZipError } from './zip.ts';

export { decodeText } from './decodeText.ts';

/**
 * Characters of report text read at most: the longest seed report is ~17,000; a million is sixty
 * times that (and ~10 s of reading). A text past it is not one report.
 */
export const MAX_REPORT_CHARS = 1_000_000;

export type ReportRequest =
  | { id: number; kind: 'text'; text: string; fileName?: string }
  | { id: number; kind: 'bytes'; format: TextFormat; bytes: ArrayBuffer; fileName?: string };
export type TemplateRequest = { id: number; kind: 'template'; bytes: ArrayBuffer; file: string; indicators: Indicator[]; thisYear: number };
export type ExtractRequest = ReportRequest | TemplateRequest;

export type ExtractFailure = 'empty' | 'corrupt' | 'legacy_doc' | 'encrypted_office' | 'too_long' | 'inflated_too_large';

export type ReportResponse =
  | { id: number; ok: true; text: string; extraction: Extraction; /** Repeated lines read once. */ repeated: number }
  | { id: number; ok: false; code: ExtractFailure; detail: string; params?: Record<string, number> };
export type TemplateResponse = { id: number; ok: 'template'; result: TemplateResult };
export type ExtractResponse = ReportResponse | TemplateResponse;

function fromZipError(id: number, e: ZipError): ReportResponse {
  switch (e.code) {
    case 'encrypted':
      return { id, ok: false, code: 'encrypted_office', detail: '' };
    case 'legacy_ole':
      return { id, ok: false, code: 'legacy_doc', detail: 'Word 97–2003 (.doc)' };
    case 'too_large':
      return { id, ok: false, code: 'inflated_too_large', detail: e.part ?? '', params: { max: Math.round((e.limit ?? 0) / 1048576) } };
    case 'timeout':
    case 'not_zip':
      return { id, ok: false, code: 'corrupt', detail: e.message };
  }
}

/** Any request: a template's, or a report's (handleRequest). */
export function handleAny(req: ExtractRequest): ExtractResponse {
  if (req.kind === 'template') {
    return { id: req.id, ok: 'template', result: readTemplate(new Uint8Array(req.bytes), req.file, req.indicators, req.thisYear) };
  }
  return handleRequest(req);
}

export function handleRequest(req: ReportRequest): ReportResponse {
  let read: SourceText;
  if (req.kind === 'text') {
    read = { text: req.text, title: null, date: null };
  } else {
    try {
      read = readSource(req.format, new Uint8Array(req.bytes));
    } catch (e) {
      if (e instanceof ZipError) return fromZipError(req.id, e);
      return { id: req.id, ok: false, code: 'corrupt', detail: e instanceof Error ? e.message : String(e) };
    }
  }
  const text = read.text;
  if (text.trim().length === 0) return { id: req.id, ok: false, code: 'empty', detail: '' };
  if (text.length > MAX_REPORT_CHARS) {
    return { id: req.id, ok: false, code: 'too_long', detail: '', params: { chars: text.length, max: MAX_REPORT_CHARS } };
  }
  const once = blankRepeats(text);
  const extraction = extractReport(once.text, { title: read.title, date: read.date, ...(req.fileName ? { fileName: req.fileName } : {}) });
  return { id: req.id, ok: true, text, extraction, repeated: once.lines };
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
      res = handleAny(req);
    } catch (err) {
      res = { id: req.id, ok: false, code: 'corrupt', detail: err instanceof Error ? err.message : String(err) };
    }
    scope.postMessage(res);
  });
}
