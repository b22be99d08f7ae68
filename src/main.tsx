import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { Providers } from './app/Providers.tsx';
import { loadEcharts } from './charts/load.ts';
import { createQueryClient } from './data/fetchDataset.ts';
import './styles.css';

async function start() {
  // ECharts is a lazy chunk, but every first screen draws a chart: fetch it alongside the data
  // rather than after the headline cards render.
  void loadEcharts();
  // MSW only in `npm run dev`: the production build carries none of it.
  if (import.meta.env.DEV) {
    const { startDevMocks } = await import('../mocks/browser.ts');
    await startDevMocks();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  const baseUrl = new URL('.', window.location.href).href;
  createRoot(root).render(
    <StrictMode>
      <Providers client={createQueryClient()} baseUrl={baseUrl}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

void start();
