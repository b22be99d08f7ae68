/**
 * The entry script: as small as possible, so it runs as soon as the page is parsed. It starts the
 * first screen's requests (early.ts), then loads the app, whose chunks index.html already
 * preloads (build/firstScreenPreloads.ts). Everything else starts in app/start.tsx.
 */
import { startFirstRequests } from './data/early.ts';

const baseUrl = new URL('.', window.location.href).href;
// MSW answers requests in `npm run dev` only once its worker runs (start.tsx): no early requests there.
if (import.meta.env.PROD) startFirstRequests(baseUrl, window.location.href, __DEFAULT_DATASET__);
void import('./app/start.tsx');
