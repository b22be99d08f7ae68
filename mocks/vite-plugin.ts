import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * Serves MSW's worker script in `npm run dev` only. Keeping it out of public/ keeps every
 * byte of MSW out of the production build.
 */
export function mswWorkerInDev(): Plugin {
  return {
    name: 'msw-worker-in-dev',
    apply: 'serve',
    configureServer(server) {
      const require = createRequire(import.meta.url);
      const file = require.resolve('msw/mockServiceWorker.js');
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
  };
}
