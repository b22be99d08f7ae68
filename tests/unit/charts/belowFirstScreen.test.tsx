/**
 * What lies below the first screen waits for the charts in view, never forever, never past a
 * print, and holds "export this screen" back until it is there.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartsPending } from '../../../src/export/registry/registry.ts';
import { chartsUndrawn, holdFirstDraw } from '../../../src/charts/load.ts';
import { BelowFirstScreen } from '../../../src/ui/BelowFirstScreen.tsx';

/** Where the placeholder's top is: below a 1080-pixel window, as the overview's is at 1920×1080. */
function placeholderTopAt(top: number): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    top,
    bottom: top + 800,
    left: 0,
    right: 1920,
    width: 1920,
    height: 800,
    x: 0,
    y: top,
    toJSON: () => ({}),
  });
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(1080);
}

beforeEach(() => placeholderTopAt(1204));

afterEach(() => {
  vi.useRealTimers();
});

/** Runs a frame's callbacks and the timers they set, then lets React commit. */
async function frames(n: number, ms = 16): Promise<void> {
  for (let i = 0; i < n; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  }
}

const content = <p data-testid="below">trends</p>;

describe('BelowFirstScreen', () => {
  it('renders its children once no chart in view is undrawn, and holds the screen export until then', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
    const drawn = holdFirstDraw();
    expect(chartsUndrawn()).toBe(1);
    render(<BelowFirstScreen minHeight={800}>{content}</BelowFirstScreen>);
    expect(screen.queryByTestId('below')).toBeNull();
    expect(screen.getByTestId('below-first-screen')).toHaveStyle({ minHeight: '800px' });
    expect(chartsPending()).toBe(1);
    await frames(10);
    expect(screen.queryByTestId('below')).toBeNull();
    drawn();
    await frames(3);
    expect(screen.getByTestId('below')).toBeInTheDocument();
    expect(screen.queryByTestId('below-first-screen')).toBeNull();
    expect(chartsPending()).toBe(0);
  });

  it('renders at once, before the first paint, where the placeholder is already in the window (a 4K wall screen)', () => {
    placeholderTopAt(1204 - 1080 + 300); // top inside the window
    const undrawn = holdFirstDraw();
    render(<BelowFirstScreen minHeight={800}>{content}</BelowFirstScreen>);
    expect(screen.getByTestId('below')).toBeInTheDocument();
    expect(screen.queryByTestId('below-first-screen')).toBeNull();
    expect(chartsPending()).toBe(0);
    undrawn();
  });

  it('gives up waiting after two seconds when a chart in view never draws', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
    const never = holdFirstDraw();
    render(<BelowFirstScreen minHeight={800}>{content}</BelowFirstScreen>);
    await frames(100, 16); // 1.6 s
    expect(screen.queryByTestId('below')).toBeNull();
    await frames(40, 16);
    expect(screen.getByTestId('below')).toBeInTheDocument();
    never();
    expect(chartsUndrawn()).toBe(0);
  });

  it('renders at once when the page starts printing', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
    const drawn = holdFirstDraw();
    render(<BelowFirstScreen minHeight={800}>{content}</BelowFirstScreen>);
    expect(screen.queryByTestId('below')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByTestId('below')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    drawn();
    await frames(3);
    expect(screen.getByTestId('below')).toBeInTheDocument();
  });

  it('a hold released twice counts once', () => {
    const a = holdFirstDraw();
    const b = holdFirstDraw();
    a();
    a();
    expect(chartsUndrawn()).toBe(1);
    b();
    expect(chartsUndrawn()).toBe(0);
  });
});
