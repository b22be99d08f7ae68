import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { Providers } from './app/Providers.tsx';
import { loadEcharts } from './charts/load.ts';
import { prefetchFirstDataset } from './data/boot.ts';
import { createQueryClient } from './data/fetchDataset.ts';
import './styles.css';
import './phone.css';
import './print.css';

function start(): void {
  // ECharts is a lazy chunk, but every first screen draws a chart: fetch it alongside the data
  // rather than after the headline cards render.
  void loadEcharts();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  const baseUrl = new URL('.', window.location.href).href;
  const client = createQueryClient();
  // Ask for the first dataset now, not after the first render: errors surface through the provider's own query.
  prefetchFirstDataset(client, baseUrl).catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <Providers client={client} baseUrl={baseUrl}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

start();
