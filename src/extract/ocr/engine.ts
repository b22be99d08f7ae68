/**
 * What the browser's and the CLI's OCR engines share: tesseract.js with the simplified-Chinese
 * LSTM model (@tesseract.js-data/chi_sim, 4.0.0_best_int: 1.7 MB gzipped, LSTM only), the settings a report page is read with, and its output as
 * text with a box per character (layout.ts).
 */
import { PSM, type Worker, type WorkerParams } from 'tesseract.js';
import { pageText, type OcrBlock, type PageText } from './layout.ts';

/** An image tesseract.js reads: a PNG/JPEG file's bytes, a Blob, a canvas. */
export type OcrImage = Parameters<Worker['recognize']>[0];

/** LSTM only (tesseract.js's OEM.LSTM_ONLY): the model ships no legacy engine data. */
export const LSTM_ONLY = 1;

export const MODEL = 'chi_sim';

/**
 * A page of a report is a column of text: PSM 6 (one uniform block) keeps tesseract from breaking
 * a page into columns at a wide gap (a signature block, a centred title) and reading them apart.
 */
export const PAGE_PARAMETERS: Partial<WorkerParams> = {
  tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
};

export interface Recognizer {
  /** The page's text, each character with its box. `onProgress` gets 0–1 within the page. */
  read(image: OcrImage, onProgress?: (fraction: number) => void): Promise<PageText>;
  /** Stops the engine (a page being read is abandoned). */
  terminate(): Promise<void>;
}

/** Recognise one image on a ready tesseract.js worker. */
export async function readPage(worker: Worker, image: OcrImage): Promise<PageText> {
  const { data } = await worker.recognize(image, {}, { text: false, blocks: true });
  const blocks: readonly OcrBlock[] | null = data.blocks;
  return pageText(blocks);
}
