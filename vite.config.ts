/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defaultDatasetFile, firstScreenPreloads } from './src/node/build/firstScreenPreloads.ts';
import { assetFileNames } from './src/node/build/ocrAssets.ts';
import { markLaterEntries } from './src/node/build/shellTiers.ts';
import { mswWorkerInDev } from './mocks/vite-plugin.ts';
import { prerenderFirstScreen } from './src/node/build/prerender/plugin.ts';

export default defineConfig({
  // Relative asset paths: dist/ works from any static server and any sub-path.
  base: './',
  define: { __DEFAULT_DATASET__: JSON.stringify(defaultDatasetFile('public')) },
  plugins: [
    react(),
    mswWorkerInDev(),
    firstScreenPreloads({ chunks: ['src/app/start.tsx', 'src/charts/echarts.ts'] }),
    // The default first screen drawn into index.html, and the boot script that decides whether to show it.
    prerenderFirstScreen({ boot: 'src/app/firstScreen/boot.ts', css: 'src/app/firstScreen/firstScreen.css' }),
    // The offline service worker (src/sw/sw.ts): production builds only; `npm run dev` keeps MSW's.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      devOptions: { enabled: false },
      injectManifest: {
        // The app shell; the PDF reader and its CMaps are cached when first used instead, and so
        // are the 32 tile layouts (a dataset needs one; the page hands the worker those it loaded
        // before the worker was there): Workbox installs one file at a time, and a reload offline
        // 2 s after the first visit needs the worker installed by then.
        globPatterns: ['index.html', 'favicon.svg', 'assets/*.{js,css}'],
        globIgnores: ['assets/pdf*', 'assets/[0-9][0-9][0-9][0-9][0-9][0-9]-*.js', 'assets/china-*.js'],
        // The exports' and the report reader's files are kept just after the install, not during it.
        manifestTransforms: [(entries) => markLaterEntries(entries)],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // OCR's files under assets/ocr/ (src/node/build/ocrAssets.ts); everything else as Vite names it.
        assetFileNames,
        // The app and everything it imports statically in one chunk, not ~30: each file of the
        // first screen cost the main thread a request and a module record of its own (the
        // preload scanner alone took ~50 ms). Pages loaded later import from it. The entry
        // script's own imports (early.ts, Vite's preload helper) stay out of it, or the entry would
        // wait for the whole app before it could ask for the data…
        codeSplitting: {
          groups: [
            {
              name: 'early',
              // …nor the first-screen check it runs before the app (which must not wait for the app's chunk).
              test: /[\\/]src[\\/](data[\\/](early|storedChoice|swFirstInstall)|app[\\/]firstScreen[\\/](verify|dom|shadow)|export[\\/]hash)\.ts$|vite[\\/]preload-helper/,
              priority: 2,
            },
            { name: 'start', test: /[\\/]src[\\/]app[\\/]start\.tsx$/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://localhost/' } },
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 20000,
  },
});
