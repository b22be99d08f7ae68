/**
 * What lies below a screen's first view, rendered once the charts above it are drawn (at most
 * MAX_WAIT_MS), in a transition: the first screen's charts are set up and painted without waiting
 * for the rest of the page (the overview's trends, bars and target tables were ~40 % of its first
 * render, and their eight charts were set up before the map), and the rest renders in slices that
 * leave the page responsive.
 *
 * Nothing is lost: until the content is there a screen export waits for it (registerPending),
 * and a print that starts first renders it at once (usePrintMode flips synchronously).
 *
 * "Below" is measured, not assumed: where the placeholder's top is already inside the window (a
 * 2560×1440 or 4K wall screen shows the whole overview), its content is in view too and renders
 * before the first paint, beside the map, instead of after it.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { registerPending } from '../export/registry/registry.ts';
import { chartsUndrawn } from '../charts/load.ts';
import { usePrintMode } from './usePrintMode.ts';

/** A first screen whose chart never draws (a layout that does not come) holds the rest no longer than this. */
const MAX_WAIT_MS = 2000;

export function BelowFirstScreen({ children, minHeight }: { children: ReactNode; minHeight: number }) {
  const [shown, setShown] = useState(false);
  const printing = usePrintMode();
  const placeholder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = placeholder.current;
    if (el && el.getBoundingClientRect().top < window.innerHeight) setShown(true);
  }, []);
  useEffect(() => {
    if (shown) return undefined;
    const release = registerPending();
    let timer = 0;
    const since = performance.now();
    // Checked a frame at a time: once every chart in view is drawn, after that frame's own work.
    const check = () => {
      if (chartsUndrawn() > 0 && performance.now() - since < MAX_WAIT_MS) {
        frame = requestAnimationFrame(check);
        return;
      }
      timer = window.setTimeout(() => startTransition(() => setShown(true)), 0);
    };
    let frame = requestAnimationFrame(check);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      release();
    };
  }, [shown]);
  if (shown || printing) return children;
  // Holds the page's height, so a scroll position kept across a reload or "back" stays put.
  return <div ref={placeholder} className="below-first-screen" style={{ minHeight }} aria-busy="true" data-testid="below-first-screen" />;
}

/**
 * The same placeholder while lazily loaded content below the first screen is on its way: it holds
 * the page's height and a screen export waits for it, as for the content it stands for.
 */
export function BelowLoading({ minHeight }: { minHeight: number }) {
  useEffect(() => registerPending(), []);
  return <div className="below-first-screen" style={{ minHeight }} aria-busy="true" data-testid="below-first-screen" />;
}
