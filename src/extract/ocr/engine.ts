/**
 * What the browser's and the CLI's OCR engines share: tesseract.js with the simplified-Chinese
 * LSTM model (@tesseract.js-data/chi_sim, 4.0.0_best_int: 1.7 MB gzipped, LSTM only), the settings a report page is read with, and its output as
 * text with a box per character (layout.ts).
 */
import { PSM, type Worker, type WorkerParams } from 'tesseract.js';
import { pageText, unrotate, type OcrBlock, type PageText } from './layout.ts';

/** An image tesseract.js reads: a PNG/JPEG file's bytes, a Blob, a canvas. */
export type OcrImage = Parameters<Worker['recognize']>[0];

/** LSTM only (tesseract.js's OEM.LSTM_ONLY): the model ships no legacy engine data. */
export const LSTM_ONLY = 1;

export const MODEL = 'chi_sim';

/**
 * A page of a report is a column of text: PSM 6 (one uniform block) keeps tesseract from breaking
 * a page into columns at a wide gap (a signature block, a centred title) and reading them apart.
 * Pages are drawn at 200 dpi (render.ts): saying so spares tesseract its guess (and its console
 * line about it).
 */
export const PAGE_PARAMETERS: Partial<WorkerParams> = {
  tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
  user_defined_dpi: '200',
};

/** Size of the page image, in pixels. */
export interface PageSize {
  width: number;
  height: number;
}

export interface Recognizer {
  /** The page's text, each character with its box. `onProgress` gets 0–1 within the page. */
  read(image: OcrImage, size: PageSize, onProgress?: (fraction: number) => void): Promise<PageText>;
  /** Stops the engine (a page being read is abandoned). */
  terminate(): Promise<void>;
}

/**
 * Recognise one image on a ready tesseract.js worker. A page fed in askew (a scanner's or a phone's
 * usual degree or two) is straightened first (rotateAuto): a line read across the tilt loses its
 * first characters to the line above. The boxes come back turned to the page image as it is, where
 * the crops are cut.
 */
export async function readPage(worker: Worker, image: OcrImage, size: PageSize): Promise<PageText> {
  const { data } = await worker.recognize(image, { rotateAuto: true }, { text: false, blocks: true });
  const blocks: readonly OcrBlock[] | null = data.blocks;
  return unrotate(pageText(blocks), data.rotateRadians ?? 0, size.width, size.height);
}
