/**
 * A custom render: fresh providers per test (query client without retries, dataset provider),
 * the app at a given URL. Grafana's test-utils in spirit.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { App } from '../src/app/App.tsx';
import { Providers } from '../src/app/Providers.tsx';
import { createQueryClient } from '../src/data/fetchDataset.ts';

export const BASE = 'http://localhost/';

export function renderApp(url = `${BASE}#/overview`, ui: ReactNode = <App />) {
  window.history.replaceState(null, '', url);
  const client = createQueryClient({ retry: false });
  return {
    client,
    ...render(
      <Providers client={client} baseUrl={BASE}>
        {ui}
      </Providers>,
    ),
  };
}
