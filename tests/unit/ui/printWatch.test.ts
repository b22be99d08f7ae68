/** watchPrint reports each print transition once; `now` reports a print already under way. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPrint } from '../../../src/ui/printWatch.ts';

function fakePrintMedia(matches: boolean) {
  const listeners = new Set<(e: MediaQueryListEvent) => void>();
  const mq = {
    matches,
    addEventListener: (_: string, l: (e: MediaQueryListEvent) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (e: MediaQueryListEvent) => void) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', () => mq);
  // jsdom has no MediaQueryList; watchPrint checks for one before listening to it.
  if (typeof MediaQueryList === 'undefined')
    vi.stubGlobal(
      'MediaQueryList',
      class {
        addEventListener() {}
      },
    );
  return {
    set(next: boolean) {
      mq.matches = next;
      for (const l of listeners) l({ matches: next } as MediaQueryListEvent);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('watchPrint', () => {
  it('reports entering and leaving print once each, whichever signal comes first', () => {
    const media = fakePrintMedia(false);
    const enter = vi.fn();
    const exit = vi.fn();
    const stop = watchPrint(enter, exit, { now: true });
    expect(enter).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('beforeprint'));
    media.set(true);
    expect(enter).toHaveBeenCalledTimes(1);
    media.set(false);
    window.dispatchEvent(new Event('afterprint'));
    expect(exit).toHaveBeenCalledTimes(1);
    stop();
    window.dispatchEvent(new Event('beforeprint'));
    expect(enter).toHaveBeenCalledTimes(1);
  });

  it('with `now`, a page already printing is reported at once, and its end too', () => {
    const media = fakePrintMedia(true);
    const enter = vi.fn();
    const exit = vi.fn();
    const stop = watchPrint(enter, exit, { now: true });
    expect(enter).toHaveBeenCalledTimes(1);
    media.set(false);
    expect(exit).toHaveBeenCalledTimes(1);
    stop();
  });

  it('without `now`, a print under way is left to the caller', () => {
    fakePrintMedia(true);
    const enter = vi.fn();
    const stop = watchPrint(enter, vi.fn());
    expect(enter).not.toHaveBeenCalled();
    stop();
  });
});
