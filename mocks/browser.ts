/**
 * `npm run dev` only: fixtures at fixtures/<name>.json always, and a scenario by `?msw=`
 * (slow, error, offline, empty, malformed). Everything else passes through to Vite.
 */
import { setupWorker } from 'msw/browser';
import { fixtureHandlers, scenarios } from './handlers.ts';

export async function startDevMocks(): Promise<void> {
  const scenario = new URLSearchParams(window.location.search).get('msw');
  const extra = scenario ? (scenarios[scenario]?.() ?? []) : [];
  const worker = setupWorker(...extra, ...fixtureHandlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: !scenario });
  if (scenario) console.info(`[msw] scenario: ${scenario}`);
}
