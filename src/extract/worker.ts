/**
 * The readers in a Web Worker, so a long report or a large template never freezes the import
 * screen, and the page can stop one that takes too long (it ends the worker: extractClient.ts).
 * It decodes a file's bytes (decodeText.ts; .docx through zip.ts, within a budget) or takes text
 * the page already has (a PDF's text layer), refuses a text longer than any report, reads repeated
 * lines once (repetition.ts), and runs extractReport; or reads a fill-in template. One request in,
 * one answer out, matched by id. `handleRequest` is pure and is also what the page runs where
 * there are no workers (tests).
 */
import type { Indicator } from '../data/schema.ts';
import { decodeText } from './decodeText.ts';
import { docxToText } from './docx.ts';
import { extractReport, type Extraction } from './extract.ts';
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
  { id: number; kind: 'text'; text: string } | { id: number; kind: 'bytes'; format: 'txt' | 'docx'; bytes: ArrayBuffer };
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
  let text: string;
  if (req.kind === 'text') {
    text = req.text;
  } else {
    const bytes = new Uint8Array(req.bytes);
    if (req.format === 'docx') {
      try {
        text = docxToText(bytes);
      } catch (e) {
        if (e instanceof ZipError) return fromZipError(req.id, e);
        return { id: req.id, ok: false, code: 'corrupt', detail: e instanceof Error ? e.message : String(e) };
      }
    } else {
      text = decodeText(bytes);
    }
  }
  if (text.trim().length === 0) return { id: req.id, ok: false, code: 'empty', detail: '' };
  if (text.length > MAX_REPORT_CHARS) {
    return { id: req.id, ok: false, code: 'too_long', detail: '', params: { chars: text.length, max: MAX_REPORT_CHARS } };
  }
  const once = blankRepeats(text);
  return { id: req.id, ok: true, text, extraction: extractReport(once.text), repeated: once.lines };
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
