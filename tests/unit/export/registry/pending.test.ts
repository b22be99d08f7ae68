/** A chart still on its way holds "export this screen" back until it registers, never forever. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartsPending, registerPending } from '../../../../src/export/registry/registry.ts';
import { whenChartsSettled } from '../../../../src/export/registry/onScreen.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('pending charts', () => {
  it('settles at once when nothing is pending', async () => {
    expect(chartsPending()).toBe(0);
    await expect(whenChartsSettled(10_000)).resolves.toBeUndefined();
  });

  it('waits for every pending chart, and a release counts once', async () => {
    const a = registerPending();
    const b = registerPending();
    expect(chartsPending()).toBe(2);
    let settled = false;
    const p = whenChartsSettled(60_000).then(() => {
      settled = true;
    });
    a();
    a();
    await Promise.resolve();
    expect(chartsPending()).toBe(1);
    expect(settled).toBe(false);
    b();
    await p;
    expect(settled).toBe(true);
    expect(chartsPending()).toBe(0);
  });

  it('gives up after the timeout when a chart never comes', async () => {
    vi.useFakeTimers();
    const release = registerPending();
    let settled = false;
    const p = whenChartsSettled(3000).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(settled).toBe(true);
    expect(chartsPending()).toBe(1);
    release();
  });
});
