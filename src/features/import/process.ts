/**
 * A dropped file to review items, or to a failure that names the file and says why. Each file is
 * handled on its own: one bad file never stops the others in the batch.
 */
import type { Dataset } from '../../data/schema.ts';
import type { RegionTable } from '../../domain/regionTable.ts';
import { extract } from './extractClient.ts';
import { itemFromExtraction, itemsFromTemplate, newId } from './review.ts';
import type { ScanHooks, ScanSource } from './scanRead.ts';
import type { FileFailure, ReviewItem, SourceKind } from './types.ts';

/** Reports above this are refused before they are read (a report is a few MB at most). */
export const MAX_FILE_MB = 30;
export const ACCEPT =
  '.txt,.docx,.pdf,.xlsx,.png,.jpg,.jpeg,text/plain,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Outcome = { items: ReviewItem[]; failure?: undefined } | { items?: undefined; failure: FileFailure };

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
): Promise<Outcome> {
  const res =
    text !== null
      ? await extract({ kind: 'text', text })
      : await extract({ kind: 'bytes', format: source === 'docx' ? 'docx' : 'txt', bytes: bytes ?? new ArrayBuffer(0) });
  if (!res.ok) return fail(file.name, res.code, res.detail ? { detail: res.detail } : undefined);
  const x = res.extraction;
  if (!x.unit && x.figures.length === 0) return fail(file.name, 'not_report');
  return {
    items: [
      itemFromExtraction({
        id: newId('r'),
        file: file.name,
        doc: docIdFor(file.name, ctx.takenDocs),
        source,
        text: res.text,
        extraction: x,
        dataset: ctx.dataset,
        regions: ctx.regions,
      }),
    ],
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
  return { items: [out.item] };
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

export async function processFile(file: File, ctx: ProcessContext): Promise<Outcome> {
  const ext = extOf(file.name);
  const source = KIND[ext];
  if (file.size > MAX_FILE_MB * 1024 * 1024) {
    return fail(file.name, 'too_large', { size: Math.round((file.size / 1048576) * 10) / 10, max: MAX_FILE_MB });
  }
  if (ext === 'doc' || ext === 'wps') return fail(file.name, 'legacy_doc');
  if (!source) return fail(file.name, 'unsupported', { ext: ext ? `.${ext}` : '—' });
  if (file.size === 0) return fail(file.name, 'empty');
  if (source === 'image') return await processImages([file], ctx);
  try {
    const bytes = await readBytes(file);
    if (source === 'pdf') {
      const { pdfToText, PdfReadError } = await import('../../extract/pdf.ts');
      try {
        // pdf.js takes the buffer it is given to its worker: a copy, so a scan can be opened again.
        const read = await pdfToText(new Uint8Array(bytes.slice(0)));
        if (read.textless.length === 0) return await fromText(file, source, read.text, null, ctx);
        return await fromScan(file.name, 'pdf', { kind: 'pdf', bytes, texts: read.pageTexts, ocr: read.textless }, ctx);
      } catch (e) {
        // No text layer, or one that decodes to nothing readable: the pages are read by OCR.
        if (e instanceof PdfReadError && (e.code === 'no_text_layer' || e.code === 'garbled'))
          return await fromScan(file.name, 'pdf', { kind: 'pdf', bytes, texts: null, ocr: null }, ctx);
        if (e instanceof PdfReadError) return fail(file.name, e.code, { detail: e.message });
        throw e;
      }
    }
    if (source === 'xlsx') {
      const { readTemplate } = await import('../../extract/templateRead.ts');
      const result = readTemplate(new Uint8Array(bytes), file.name, ctx.dataset?.indicators ?? []);
      if (!result.ok) {
        return { failure: { id: newId('x'), file: file.name, code: 'template', problems: result.problems, total: result.total } };
      }
      const doc = docIdFor(file.name, ctx.takenDocs);
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
        }),
      };
    }
    return await fromText(file, source, null, bytes, ctx);
  } catch (e) {
    return fail(file.name, 'corrupt', { detail: e instanceof Error ? e.message : String(e) });
  }
}
