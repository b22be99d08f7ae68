/**
 * The app proper, loaded by the entry script (src/main.tsx) once the first requests are on their way.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { Providers } from './Providers.tsx';
import { loadEcharts } from '../charts/load.ts';
import { bootQueryOptions, prefetchFirstDataset } from '../data/boot.ts';
import { parseConfig } from '../data/config.ts';
import { earlyConfigJson } from '../data/early.ts';
import { createQueryClient } from '../data/fetchDataset.ts';
import { startServiceWorker } from '../data/serviceWorker.ts';
import { loadLang } from '../i18n/index.ts';
import { takeOverFirstScreen } from './firstScreen/takeover.ts';
import '../styles.css';
import '../phone.css';
import '../print.css';

/** The language a link asks for (`lang=en` in the hash's query), so it is loaded before the first render. */
function linkLang(): 'zh' | 'en' {
  const q = window.location.hash.indexOf('?');
  return q >= 0 && new URLSearchParams(window.location.hash.slice(q + 1)).get('lang') === 'en' ? 'en' : 'zh';
}

function start(): void {
  // ECharts is a lazy chunk, but every first screen draws a chart: fetch it alongside the data
  // rather than after the headline cards render (index.html preloads it in a build).
  void loadEcharts();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  const baseUrl = new URL('.', window.location.href).href;
  const client = createQueryClient();
  // Ask for the first dataset now, not after the first render: errors surface through the provider's own query.
  prefetchFirstDataset(client, baseUrl).catch(() => undefined);
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <Providers client={client} baseUrl={baseUrl}>
          <App />
        </Providers>
      </StrictMode>,
    );
  // An English link renders once English is here (one small chunk, fetched beside the data): no
  // flash of Chinese. If it cannot load, the page renders in Chinese rather than not at all.
  if (linkLang() === 'en') void loadLang('en').then(render, render);
  else render();
  // A first screen shown from index.html (./firstScreen) gives way once this one is drawn.
  takeOverFirstScreen(root);
  // The offline service worker, once the page has loaded: nothing of it on the first chart's path.
  // From the config the entry script already read (a microtask, not behind the first screen's
  // rendering), so installing starts at the load event.
  const afterLoad = () => {
    const early = earlyConfigJson();
    const config = early ? early.then(parseConfig) : client.query(bootQueryOptions(baseUrl)).then((b) => b.config);
    void config.then(startServiceWorker).catch(() => undefined);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

start();
