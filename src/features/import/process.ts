/**
 * A dropped file to review items, or to a failure that names the file and says why. Each file is
 * handled on its own: one bad file never stops the others in the batch.
 */
import type { Dataset } from '../../contract/schema.ts';
import type { RegionTable } from '../../domain/regionTable.ts';
import { sha256Hex } from '../../export/hash.ts';
import { extract, READ_TIMEOUT_S, ReadStopped, readTemplateFile } from './extractClient.ts';
import { interruptedBefore, startReading } from './readGuard.ts';
import { itemFromExtraction, itemsFromTemplate, newId } from './review.ts';
import type { ScanHooks, ScanSource } from './scanRead.ts';
import type { FileFailure, ReviewItem, SourceKind } from './types.ts';
import type { TemplateRow } from '../../extract/templateRead.ts';

/** Reports above this are refused before they are read (a report is a few MB at most). */
export const MAX_FILE_MB = 30;
/**
 * A plain-text report above this is refused unread: the reader takes a million characters at
 * most (worker.ts), ~3 MB of UTF-8 Chinese, ~2 MB of GBK or UTF-16.
 */
export const MAX_TEXT_FILE_MB = 8;
export const ACCEPT =
  '.txt,.docx,.pdf,.xlsx,.html,.htm,.mht,.mhtml,.png,.jpg,.jpeg,text/plain,text/html,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,multipart/related,application/x-mimearchive';

export type Outcome =
  | { items: ReviewItem[]; failure?: undefined; /** Repeated lines read once. */ repeated?: number }
  | { items?: undefined; failure: FileFailure };

const extOf = (name: string): string => {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? (m[1] ?? '').toLowerCase() : '';
};

function fail(file: string, code: FileFailure['code'], params?: FileFailure['params']): Outcome {
  return { failure: { id: newId('x'), file, code, ...(params ? { params } : {}) } };
}

const KIND: Readonly<Record<string, SourceKind>> = {
  txt: 'txt',
  text: 'txt',
  docx: 'docx',
  pdf: 'pdf',
  xlsx: 'xlsx',
  html: 'html',
  htm: 'html',
  mht: 'mht',
  mhtml: 'mht',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
};

const isImage = (f: File): boolean => KIND[extOf(f.name)] === 'image';

/**
 * The files of one drop as they are read: each on its own, except page images, which are the pages
 * of one report (a scan or photos of it), in file-name order (page2 before page10), read together
 * where the first of them was.
 */
export function batchesOf(files: readonly File[]): Array<File | File[]> {
  const images = files.filter(isImage).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
  const out: Array<File | File[]> = [];
  for (const f of files) {
    if (!isImage(f)) out.push(f);
    else if (f === files.find(isImage)) out.push(images);
  }
  return out;
}

export interface ProcessContext {
  dataset: Dataset | null;
  /** Document ids already under review or in the dataset, so a new file gets its own. */
  takenDocs: Set<string>;
  /** Indicator label for a template's rendered rows. */
  label: (indicator: string) => string;
  /** The GB/T 2260 table that places reports (null when it failed to load). */
  regions: RegionTable | null;
  /** Progress and cancelling of a scan being read by OCR. */
  scan?: ScanHooks;
}

/**
 * The same report in any format: its text with every kind of space and line break removed and
 * compatibility forms folded (full-width digits and punctuation), as .txt, .docx and a PDF's text
 * layer of one report differ only in those.
 */
export const normaliseText = (text: string): string => text.normalize('NFKC').replace(/[\s\u3000\u200b\ufeff]+/g, '');

export const textHash = (text: string): Promise<string> => sha256Hex(new TextEncoder().encode(normaliseText(text)));

/** A template's content: its year and filled cells by unit and indicator (not its file name or layout). */
export const templateHash = (year: number, rows: readonly TemplateRow[]): Promise<string> =>
  sha256Hex(
    new TextEncoder().encode(
      JSON.stringify([year, rows.flatMap((r) => r.figures.map((f) => `${r.code}|${f.indicator}|${f.value}`)).sort()]),
    ),
  );

function docIdFor(name: string, taken: Set<string>): string {
  let id = name;
  for (let n = 2; taken.has(id); n++) id = `${name} (${n})`;
  taken.add(id);
  return id;
}

async function fromText(
  file: File,
  source: SourceKind,
  text: string | null,
  bytes: ArrayBuffer | null,
  ctx: ProcessContext,
  signal?: AbortSignal,
): Promise<Outcome> {
  const format = source === 'docx' || source === 'html' || source === 'mht' ? source : 'txt';
  const res =
    text !== null
      ? await extract({ kind: 'text', text, fileName: file.name }, { signal })
      : await extract({ kind: 'bytes', format, bytes: bytes ?? new ArrayBuffer(0), fileName: file.name }, { signal });
  if (!res.ok) return fail(file.name, res.code, { ...(res.detail ? { detail: res.detail } : {}), ...res.params });
  const x = res.extraction;
  if (!x.unit && x.figures.length === 0) return fail(file.name, 'not_report');
  const contentHash = await textHash(res.text);
  return {
    items: [
      {
        ...itemFromExtraction({
          id: newId('r'),
          file: file.name,
          doc: docIdFor(file.name, ctx.takenDocs),
          source,
          text: res.text,
          extraction: x,
          dataset: ctx.dataset,
          regions: ctx.regions,
        }),
        contentHash,
      },
    ],
    ...(res.repeated > 0 ? { repeated: res.repeated } : {}),
  };
}

/** A scan read by OCR (scanRead.ts, loaded with its engine only when a scan arrives). */
async function fromScan(name: string, kind: 'pdf' | 'image', source: ScanSource, ctx: ProcessContext): Promise<Outcome> {
  let readScan: typeof import('./scanRead.ts').readScan;
  try {
    ({ readScan } = await import('./scanRead.ts'));
  } catch (e) {
    return fail(name, 'ocr_failed', { detail: e instanceof Error ? e.message : String(e) });
  }
  const doc = docIdFor(name, ctx.takenDocs);
  const out = await readScan(name, doc, kind, source, ctx, ctx.scan);
  if (out.failure) {
    ctx.takenDocs.delete(doc);
    return { failure: { id: newId('x'), ...out.failure } };
  }
  // The same report typed or scanned is the same text: known again by its content.
  return { items: [{ ...out.item, contentHash: await textHash(out.item.text) }] };
}

/** Page images dropped together: one report, its pages in the order given. */
export async function processImages(files: readonly File[], ctx: ProcessContext): Promise<Outcome> {
  const first = files[0];
  if (!first) return fail('—', 'empty');
  const name = files.length === 1 ? first.name : `${first.name} … ${files[files.length - 1]?.name ?? ''}`;
  const tooBig = files.find((f) => f.size > MAX_FILE_MB * 1024 * 1024);
  if (tooBig) return fail(tooBig.name, 'too_large', { size: Math.round((tooBig.size / 1048576) * 10) / 10, max: MAX_FILE_MB });
  const empty = files.find((f) => f.size === 0);
  if (empty) return fail(empty.name, 'empty');
  return fromScan(name, 'image', { kind: 'images', files }, ctx);
}

/** A file's bytes (FileReader where Blob#arrayBuffer is missing, as in jsdom). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => (r.result instanceof ArrayBuffer ? resolve(r.result) : reject(new Error('cannot read the file')));
    r.onerror = () => reject(r.error ?? new Error('cannot read the file'));
    r.readAsArrayBuffer(file);
  });
}

/**
 * Reads one file, within its bounds: size before reading, then the reader's own (characters,
 * inflated bytes, pages, rows) and a time limit; `signal` cancels it. Whatever happens, one file's
 * failure is its own: the next file starts afresh.
 */
export async function processFile(file: File, ctx: ProcessContext, signal?: AbortSignal): Promise<Outcome> {
  const ext = extOf(file.name);
  const source = KIND[ext];
  const size = Math.round((file.size / 1048576) * 10) / 10;
  if (file.size > MAX_FILE_MB * 1024 * 1024) return fail(file.name, 'too_large', { size, max: MAX_FILE_MB });
  if (source === 'txt' && file.size > MAX_TEXT_FILE_MB * 1024 * 1024) return fail(file.name, 'too_large', { size, max: MAX_TEXT_FILE_MB });
  if (ext === 'doc' || ext === 'wps') return fail(file.name, 'legacy_doc');
  if (!source) return fail(file.name, 'unsupported', { ext: ext ? `.${ext}` : '—' });
  if (file.size === 0) return fail(file.name, 'empty');
  if (source === 'image') return await processImages([file], ctx);
  if (interruptedBefore(file)) return fail(file.name, 'interrupted', { size });
  const done = startReading(file);
  try {
    return await read(file, source, ctx, signal);
  } catch (e) {
    if (e instanceof ReadStopped) return fail(file.name, e.reason, { s: READ_TIMEOUT_S });
    return fail(file.name, 'corrupt', { detail: e instanceof Error ? e.message : String(e) });
  } finally {
    done();
  }
}

async function read(file: File, source: SourceKind, ctx: ProcessContext, signal?: AbortSignal): Promise<Outcome> {
  const bytes = await readBytes(file);
  if (source === 'pdf') {
    const { pdfToText, PdfReadError, MAX_PDF_PAGES } = await import('../../extract/pdf.ts');
    try {
      // pdf.js takes the buffer it is given to its worker: a copy, so a scan can be opened again.
      const read = await pdfToText(new Uint8Array(bytes.slice(0)), { signal, deadline: Date.now() + READ_TIMEOUT_S * 1000 });
      if (read.textless.length === 0) return await fromText(file, source, read.text, null, ctx, signal);
      return await fromScan(file.name, 'pdf', { kind: 'pdf', bytes, texts: read.pageTexts, ocr: read.textless }, ctx);
    } catch (e) {
      // No text layer, or one that decodes to nothing readable: the pages are read by OCR.
      if (e instanceof PdfReadError && (e.code === 'no_text_layer' || e.code === 'garbled'))
        return await fromScan(file.name, 'pdf', { kind: 'pdf', bytes, texts: null, ocr: null }, ctx);
      if (e instanceof PdfReadError) {
        if (e.code === 'timeout' || e.code === 'cancelled') throw new ReadStopped(e.code);
        if (e.code === 'too_many_pages') return fail(file.name, e.code, { pages: Number(e.message), max: MAX_PDF_PAGES });
        return fail(file.name, e.code, { detail: e.message });
      }
      throw e;
    }
  }
  if (source === 'xlsx') {
    const result = await readTemplateFile(bytes, file.name, ctx.dataset?.indicators ?? [], { signal });
    if (!result.ok) {
      return { failure: { id: newId('x'), file: file.name, code: 'template', problems: result.problems, total: result.total } };
    }
    const doc = docIdFor(file.name, ctx.takenDocs);
    const contentHash = await templateHash(result.year, result.rows);
    return {
      items: itemsFromTemplate({
        file: file.name,
        doc,
        sheet: result.sheet,
        year: result.year,
        rows: result.rows,
        dataset: ctx.dataset,
        label: ctx.label,
        regions: ctx.regions,
      }).map((item) => ({ ...item, contentHash })),
    };
  }
  return await fromText(file, source, null, bytes, ctx, signal);
}
