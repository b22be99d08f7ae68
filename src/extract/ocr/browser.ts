/**
 * OCR in the browser: tesseract.js's worker, its WebAssembly core and the Chinese model, every one
 * a file of this build (copied in by Vite from node_modules, under assets/ocr/), so nothing is
 * fetched from a CDN and the service worker keeps them for offline use once read. This module is
 * imported only when a scan is dropped on the import screen; the first screen never loads it.
 *
 * - The worker is tesseract.js's own script, started from its URL on this origin (not a blob:).
 * - The core: the build for what this browser's WebAssembly has (relaxed SIMD, SIMD, neither), as
 *   tesseract.js would choose it, named explicitly because the build gives each file its own hashed
 *   name. Compiling it needs `'wasm-unsafe-eval'` in script-src (README, deployment). It is the
 *   full build (4.7 MB, 1.8 MB gzipped), not the LSTM-only one (3.9 MB): the model's own settings
 *   name legacy-engine parameters, which the LSTM-only build does not know and reports on the console
 *   as eight "Parameter not found" errors on every start. Recognition is LSTM only either way.
 * - The model: chi_sim's LSTM data, 1.7 MB gzipped, in a folder of its own named by its hash
 *   (vite.config.ts), since tesseract.js asks for `<folder>/chi_sim.traineddata.gz`. Not also kept
 *   in IndexedDB (cacheMethod 'none'): the HTTP cache and the service worker hold it.
 */
import { createWorker } from 'tesseract.js';
import workerUrl from 'tesseract.js/dist/worker.min.js?url';
import coreRelaxedSimd from 'tesseract.js-core/tesseract-core-relaxedsimd.wasm.js?url';
import coreSimd from 'tesseract.js-core/tesseract-core-simd.wasm.js?url';
import corePlain from 'tesseract.js-core/tesseract-core.wasm.js?url';
import modelUrl from '@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz?url';
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { LSTM_ONLY, MODEL, PAGE_PARAMETERS, readPage, type OcrImage, type PageSize, type Recognizer } from './engine.ts';

const absolute = (url: string): string => new URL(url, document.baseURI).href;

async function coreUrl(): Promise<string> {
  if (await relaxedSimd()) return coreRelaxedSimd;
  if (await simd()) return coreSimd;
  return corePlain;
}

/** A tesseract.js worker on this origin's files. `onLoad` reports the engine's own loading (0–1). */
export async function browserRecognizer(onLoad?: (fraction: number) => void): Promise<Recognizer> {
  let onPage: ((f: number) => void) | undefined;
  const worker = await createWorker(MODEL, LSTM_ONLY, {
    workerPath: absolute(workerUrl),
    workerBlobURL: false,
    corePath: absolute(await coreUrl()),
    langPath: absolute(modelUrl).replace(/\/[^/]*$/, ''),
    cacheMethod: 'none',
    legacyCore: true,
    gzip: true,
    logger: (m) => {
      if (m.status === 'recognizing text') onPage?.(m.progress);
      else if (m.status === 'loading language traineddata') onLoad?.(0.5 + m.progress / 2);
      else if (m.status === 'loading tesseract core') onLoad?.(m.progress / 2);
    },
    errorHandler: () => undefined,
  });
  await worker.setParameters(PAGE_PARAMETERS);
  return {
    async read(image: OcrImage, size: PageSize, onProgress?: (f: number) => void) {
      onPage = onProgress;
      try {
        return await readPage(worker, image, size);
      } finally {
        onPage = undefined;
      }
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
