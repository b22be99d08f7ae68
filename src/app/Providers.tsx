import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DatasetProvider } from '../data/DatasetProvider.tsx';
import { TargetsProvider } from '../data/TargetsProvider.tsx';

export function Providers({ client, baseUrl, children }: { client: QueryClient; baseUrl: string; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <DatasetProvider baseUrl={baseUrl}>
        <TargetsProvider>{children}</TargetsProvider>
      </DatasetProvider>
    </QueryClientProvider>
  );
}
