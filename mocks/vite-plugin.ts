import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * `npm run dev` only: serves MSW's worker script and starts the page from mocks/dev-main.ts,
 * which starts MSW and then the app. Keeping both out of src/ and public/ keeps every byte of
 * MSW out of the production build.
 */
export function mswWorkerInDev(): Plugin {
  return {
    name: 'msw-worker-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace('src="/src/main.tsx"', 'src="/mocks/dev-main.ts"');
    },
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
