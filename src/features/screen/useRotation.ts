/**
 * The wall screen's playlist: advance every `intervalMs`, pause on space, step on arrows, and
 * pause for a while after any interaction. One timer at a time; everything is cleaned up on
 * unmount so a screen left for days holds no growing set of timers or listeners.
 */
import { useCallback, useEffect, useState } from 'react';
import { useLatest } from '../../ui/useLatest.ts';

export const INTERACTION_PAUSE_MS = 60_000;

export interface Rotation {
  index: number;
  paused: boolean;
  /** Rotation held after an interaction until this time (ms since epoch), or 0. */
  heldUntil: number;
  step: (delta: number) => void;
  toggle: () => void;
}

export function useRotation(count: number, intervalMs: number): Rotation {
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const [heldUntil, setHeldUntil] = useState(0);
  const countRef = useLatest(count);

  const step = useCallback(
    (delta: number) => {
      setIndex((i) => (((i + delta) % countRef.current) + countRef.current) % countRef.current);
    },
    [countRef],
  );
  const hold = useCallback(() => setHeldUntil(Date.now() + INTERACTION_PAUSE_MS), []);
  const toggle = useCallback(() => setPaused((p) => !p), []);

  // Advance: one timeout per page shown, re-armed when the page, pause or hold changes.
  useEffect(() => {
    if (paused || count <= 1) return undefined;
    const wait = Math.max(heldUntil - Date.now(), 0) + intervalMs;
    const timer = window.setTimeout(() => {
      setHeldUntil(0);
      step(1);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [index, paused, heldUntil, intervalMs, count, step]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === ' ' || e.code === 'Space') {
        e.preventDefault();
        toggle();
      } else if (e.key === 'ArrowRight') {
        step(1);
        hold();
      } else if (e.key === 'ArrowLeft') {
        step(-1);
        hold();
      } else return;
    };
    const onPointer = () => hold();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('wheel', onPointer, { passive: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('wheel', onPointer);
    };
  }, [step, toggle, hold]);

  return { index: count ? index % count : 0, paused, heldUntil, step, toggle };
}

/** True while the pointer has moved in the last `ms`: the cursor hides when idle. */
export function usePointerActive(ms = 3000): boolean {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer = 0;
    const onMove = () => {
      setActive(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setActive(false), ms);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, [ms]);
  return active;
}

function canvasFit(width: number, height: number): { scale: number; left: number; top: number } {
  const w = window.innerWidth;
  const h = window.innerHeight;
  const scale = Math.min(w / width, h / height);
  return { scale, left: (w - width * scale) / 2, top: (h - height * scale) / 2 };
}

/** The design canvas's scale and offset to fill the viewport without cropping. */
export function useCanvasFit(width: number, height: number): { scale: number; left: number; top: number } {
  const [fit, setFit] = useState(() => canvasFit(width, height));
  useEffect(() => {
    const onResize = () => setFit(canvasFit(width, height));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [width, height]);
  return fit;
}
