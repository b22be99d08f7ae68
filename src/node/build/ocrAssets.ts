/**
 * Where the build puts OCR's files: tesseract.js's worker script, its WebAssembly cores and the
 * Chinese model go under assets/ocr/, which the service worker does not precache (they are ~6 MB
 * and only a scan needs them; it keeps them once read, as it does every hashed asset). The model
 * goes in a folder of its own named by its hash, because tesseract.js asks for
 * `<folder>/chi_sim.traineddata.gz`; the name stays fixed, the folder changes with the content.
 */
interface AssetInfo {
  names: readonly string[];
  originalFileNames: readonly string[];
}

export function assetFileNames(asset: AssetInfo): string {
  const from = asset.originalFileNames[0] ?? '';
  if (/(^|\/)node_modules\/@tesseract\.js-data\//.test(from)) return 'assets/ocr/tessdata-[hash]/[name][extname]';
  if (/(^|\/)node_modules\/tesseract\.js(-core)?\//.test(from)) return 'assets/ocr/[name]-[hash][extname]';
  return 'assets/[name]-[hash][extname]';
}
