/**
 * The size a page is read at. Tesseract reads Chinese best with characters some 30–50 pixels
 * tall: a report's 16 pt (三号) text is ~44 px at 200 dpi. Larger pages (a photo wrapped as a PDF
 * at its pixel size) are brought down to a long side of 3,000 px, which keeps a page under ~9
 * megapixels (36 MB of canvas) however it was made.
 */
export const DPI = 200;
export const MAX_SIDE = 3000;

/** Scale for a PDF page of w × h points (1/72 inch). */
export const renderScale = (w: number, h: number): number => Math.min(DPI / 72, MAX_SIDE / Math.max(w, h, 1));

/** Scale for an image of w × h pixels (never up: a photo's pixels are what there is). */
export const imageScale = (w: number, h: number): number => Math.min(1, MAX_SIDE / Math.max(w, h, 1));
