/**
 * The entry of `npm run dev` only (mocks/vite-plugin.ts points index.html here): MSW starts
 * before the app asks for anything, then the app's own entry runs. src/ never imports mocks/,
 * and the production build has none of it.
 */
import { startDevMocks } from './browser.ts';

await startDevMocks();
await import('../src/main.tsx');
