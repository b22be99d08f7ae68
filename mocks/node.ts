import { setupServer } from 'msw/node';
import { handlers } from './handlers.ts';

/** Vitest's server: unhandled requests are errors (set in tests/setup.ts). */
export const server = setupServer(...handlers);
