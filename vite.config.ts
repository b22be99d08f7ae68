/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstScreenPreloads } from './build/firstScreenPreloads.ts';
import { mswWorkerInDev } from './mocks/vite-plugin.ts';

export default defineConfig({
  // Relative asset paths: dist/ works from any static server and any sub-path.
  base: './',
  plugins: [react(), mswWorkerInDev(), firstScreenPreloads({ chunks: ['src/charts/echarts.ts'] })],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
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
