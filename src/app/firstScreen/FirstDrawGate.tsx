/**
 * The page's first screen where no picture from index.html stands in for it (a `?data=` link
 * opened for the first time, English, dark, a phone, another route): drawn hidden, under the
 * loading line the page already showed, and shown in one frame once the charts in view are drawn
 * (takeover.ts, `screenDrawn`), so the reader sees the loading line and then the complete screen,
 * not the cards beside an empty map panel first (a national dataset, cold: ~0.5 s of that state).
 *
 * Only the page's first screen, and never for longer than MAX_HOLD_MS after its data arrived: a
 * chart that is slow to come must not keep the figures from the reader. Laid out where it will be
 * shown (`visibility`, not `display`): nothing moves when it shows.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Waiting } from '../../ui/Faults.tsx';
import { firstScreenMode } from './dom.ts';
import { whenScreenDrawn } from './takeover.ts';

/** The longest the figures wait for the charts beside them (a tile layout on a slow link). */
export const MAX_HOLD_MS = 2000;

let firstScreenShown = false;

export function FirstDrawGate({ children }: { children: ReactNode }) {
  // A picture from index.html (build or snapshot) has its own takeover; later screens show at
  // once; the build's prerender (no document) draws the screen itself.
  const [held, setHeld] = useState(() => typeof document !== 'undefined' && !firstScreenShown && firstScreenMode() === null);
  const box = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    firstScreenShown = true;
    const root = box.current?.closest<HTMLElement>('#root');
    if (!held || !root) {
      setHeld(false);
      return undefined;
    }
    return whenScreenDrawn(root, () => setHeld(false), MAX_HOLD_MS);
  }, [held]);
  return (
    <div ref={box} className="first-draw" data-held={held ? 'true' : undefined}>
      {held && <Waiting className="loading first-draw-wait" />}
      {children}
    </div>
  );
}
