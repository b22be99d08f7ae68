import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../mocks/node.ts';

// A screen's first render imports its lazy chunk, which Vitest transforms on first use: on a
// shared 2-core machine that alone can take longer than Testing Library's 1 s default. The
// wait is for the screen to appear, not a speed bound (those live in npm run bench).
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// jsdom has no layout and no canvas: ECharts gets a stand-in ResizeObserver and a 2D context
// that accepts every call and draws nothing.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined') {
  globalThis.ResizeObserver ??= NoopResizeObserver;
  // jsdom lays nothing out, so it has no scrollIntoView; every browser the app supports does.
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}

function stubCanvas(): void {
  const ctx: Record<string | symbol, unknown> = {};
  const fake = new Proxy(ctx, {
    get: (t, k) => (k in t ? t[k] : k === 'measureText' ? () => ({ width: 0 }) : () => undefined),
    set: (t, k, v) => {
      t[k] = v;
      return true;
    },
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => fake) as never);
}
// Node-environment tests (scripts, extractor) have no DOM at all.
if (typeof HTMLCanvasElement !== 'undefined') beforeEach(stubCanvas);
