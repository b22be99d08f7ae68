/**
 * A scan (an image-only PDF, a PDF with some scanned pages, or page images dropped together) into
 * a review item. Pages with a text layer keep it; the others are rendered and read by OCR in
 * tesseract.js's worker, one page after another, reporting each page and stoppable between and
 * during pages. The reader (the extractor worker) then reads the joined text; every figure read
 * from an OCR'd page keeps its quote as read and a crop of the page image where it stands.
 *
 * The OCR engine (~6 MB: worker, WebAssembly core, Chinese model, all files of this build) is
 * loaded on the first scan and kept for the rest of the batch; releaseOcr() lets it go.
 */
import type { Recognizer } from '../../extract/ocr/engine.ts';
import type { PageImage } from '../../extract/ocr/pageImages.ts';
import { fromOcr, joinPages, ocrPages, quotedAsRead, regionOf, type ScanPage } from '../../extract/ocr/scan.ts';
import { countChars } from '../../extract/pdfLines.ts';
import { extract } from './extractClient.ts';
import { itemFromExtraction, newId } from './review.ts';
import type { FileFailure, ReviewFigure, ReviewItem, ScanCrop, SourceKind } from './types.ts';

export interface ScanProgress {
  file: string;
  /** 'engine': the OCR engine is loading; 'render': a page is being drawn; 'page': OCR of `page`. */
  stage: 'engine' | 'render' | 'page';
  page: number;
  pages: number;
  /** 0–1 within the stage. */
  fraction: number;
}

export interface ScanHooks {
  onProgress?: (p: ScanProgress) => void;
  signal?: AbortSignal;
}

export type ScanSource =
  /** A PDF: `texts` is each page's text layer (null when it has none at all); `ocr` the pages to read by OCR. */
  | { kind: 'pdf'; bytes: ArrayBuffer; texts: readonly string[] | null; ocr: readonly number[] | null }
  /** Page images dropped together, in page order. */
  | { kind: 'images'; files: readonly File[] };

export type ScanOutcome = { item: ReviewItem; failure?: undefined } | { item?: undefined; failure: Omit<FileFailure, 'id'> };

class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** A page image that cannot be decoded (a damaged or mislabelled file). */
class Undecodable extends Error {
  constructor(file: string, cause: unknown) {
    super(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'Undecodable';
  }
}

let engine: Promise<Recognizer> | null = null;

function recognizer(onLoad: (f: number) => void): Promise<Recognizer> {
  engine ??= import('../../extract/ocr/browser.ts').then((m) => m.browserRecognizer(onLoad));
  const mine = engine;
  // A failed start is not kept: the next scan tries again.
  mine.catch(() => {
    if (engine === mine) engine = null;
  });
  return mine;
}

/** Stops the OCR engine and frees its memory (after a batch, or to cancel the page it is reading). */
export async function releaseOcr(): Promise<void> {
  const e = engine;
  engine = null;
  if (e) await (await e.catch(() => null))?.terminate();
}

/** `work`, or a Cancelled error as soon as the signal fires (the engine is then stopped). */
function unlessCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new Cancelled());
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      void releaseOcr();
      reject(new Cancelled());
    };
    signal.addEventListener('abort', stop, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', stop);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

const message = (e: unknown): string => (e instanceof Error ? e.message : typeof e === 'string' ? e : String(e));

/** The pages of the scan, read; the page images of the OCR'd ones are kept for the crops. */
async function readPages(file: string, source: ScanSource, hooks: ScanHooks, images: Map<number, PageImage>): Promise<ScanPage[]> {
  const { openScanPdf, imagePage } = await import('../../extract/ocr/pageImages.ts');
  const progress = hooks.onProgress ?? (() => undefined);
  const pdf = source.kind === 'pdf' ? await openScanPdf(new Uint8Array(source.bytes)) : null;
  const count = pdf ? pdf.count : source.kind === 'images' ? source.files.length : 0;
  try {
    const out: ScanPage[] = [];
    for (let page = 1; page <= count; page++) {
      const layer = source.kind === 'pdf' ? (source.texts?.[page - 1] ?? '') : '';
      // A page with its own text, or a blank one (the empty back of a sheet): nothing to recognise.
      if ((source.kind === 'pdf' && source.texts && source.ocr && !source.ocr.includes(page)) || (pdf && (await pdf.isBlank(page)))) {
        out.push({ page, source: 'text', text: layer });
        continue;
      }
      progress({ file, stage: 'render', page, pages: count, fraction: 0 });
      const photo = source.kind === 'images' ? source.files[page - 1] : undefined;
      const image = await unlessCancelled(
        pdf
          ? pdf.render(page)
          : imagePage(photo ?? new Blob(), page).catch((e: unknown) => {
              throw new Undecodable(photo?.name ?? '', e);
            }),
        hooks.signal,
      );
      const ocr = await unlessCancelled(
        recognizer((f) => progress({ file, stage: 'engine', page, pages: count, fraction: f })),
        hooks.signal,
      );
      progress({ file, stage: 'page', page, pages: count, fraction: 0 });
      const read = await unlessCancelled(
        ocr.read(image.blob, image, (f) => progress({ file, stage: 'page', page, pages: count, fraction: f })),
        hooks.signal,
      );
      images.set(page, image);
      out.push({ page, source: 'ocr', read, width: image.width, height: image.height });
    }
    return out;
  } finally {
    await pdf?.close().catch(() => undefined);
  }
}

/** Crops for the figures read from OCR'd pages (each page decoded once; a figure whose crop fails keeps none). */
async function withCrops(
  figures: readonly ReviewFigure[],
  scan: ReturnType<typeof joinPages>,
  images: Map<number, PageImage>,
): Promise<ReviewFigure[]> {
  const { cropOf } = await import('../../extract/ocr/pageImages.ts');
  const wanted = figures.map((f) => (fromOcr(scan, f.start, f.end) ? regionOf(scan, f.start, f.end) : null));
  const crops = new Map<number, ScanCrop>();
  for (const [page, image] of images) {
    if (!wanted.some((r) => r?.page === page)) continue;
    let bitmap: ImageBitmap | null = null;
    try {
      bitmap = await createImageBitmap(image.blob);
      for (const [k, r] of wanted.entries()) if (r?.page === page) crops.set(k, { page, ...cropOf(bitmap, r.lines) });
    } catch {
      /* no crop for this page's figures: the quote is still there */
    } finally {
      bitmap?.close();
    }
  }
  return figures.map((f, k) => {
    const crop = crops.get(k);
    return crop ? { ...f, scan: crop } : f;
  });
}

export async function readScan(
  file: string,
  doc: string,
  kind: Extract<SourceKind, 'pdf' | 'image'>,
  source: ScanSource,
  ctx: { dataset: Parameters<typeof itemFromExtraction>[0]['dataset']; regions: Parameters<typeof itemFromExtraction>[0]['regions'] },
  hooks: ScanHooks = {},
): Promise<ScanOutcome> {
  const images = new Map<number, PageImage>();
  let pages: ScanPage[];
  try {
    pages = await readPages(file, source, hooks, images);
  } catch (e) {
    if (e instanceof Cancelled) return { failure: { file, code: 'ocr_cancelled' } };
    if (e instanceof Undecodable) return { failure: { file, code: 'corrupt', params: { detail: e.message } } };
    return { failure: { file, code: 'ocr_failed', params: { detail: message(e) } } };
  }
  const scan = joinPages(pages);
  if (countChars(scan.text).visible < 20) return { failure: { file, code: 'no_text_read' } };
  const res = await extract({ kind: 'text', text: scan.read });
  if (!res.ok) return { failure: { file, code: res.code, ...(res.detail ? { params: { detail: res.detail } } : {}) } };
  const x = quotedAsRead(res.extraction, scan);
  if (!x.unit && x.figures.length === 0) return { failure: { file, code: 'not_report' } };
  const item = itemFromExtraction({
    id: newId('r'),
    file,
    doc,
    source: kind,
    text: scan.text,
    extraction: x,
    dataset: ctx.dataset,
    regions: ctx.regions ?? null,
  });
  return {
    item: { ...item, figures: await withCrops(item.figures, scan, images), scan: { pages: pages.length, ocrPages: ocrPages(scan) } },
  };
}
