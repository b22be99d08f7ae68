/**
 * The app's half of the first screen: it renders into #root, hidden and laid out underneath the
 * picture (firstScreen.css), and once its own screen is drawn (the page rendered with its data,
 * every chart in view drawn) the picture goes and #root shows, in one frame: the user sees the
 * same screen become live, nothing moves.
 */
import { chartsUndrawn } from '../../charts/load.ts';
import { dropFirstScreen, firstScreenMode } from './dom.ts';

/** A screen that never finishes (a layout that does not come) shows itself after this, as it is. */
const MAX_WAIT_MS = 15_000;

/** Whether the app's screen in `root` is drawn: rendered with its data, each chart in view drawn; or showing an error. */
export function screenDrawn(root: HTMLElement): boolean {
  const main = root.querySelector('main');
  if (!main) return false;
  if (root.querySelector('[role="alert"]')) return true; // a problem the user must see
  if (main.childElementCount === 0 || main.querySelector(':scope > .loading')) return false;
  if (chartsUndrawn() > 0) return false;
  for (const chart of root.querySelectorAll<HTMLElement>('.echart')) {
    const box = chart.getBoundingClientRect();
    if (box.top < window.innerHeight && box.bottom > 0 && chart.dataset.ready !== 'true') return false;
  }
  return true;
}

/** Calls `run` in the first frame in which the screen in `root` is drawn (or after `maxWaitMs`). */
export function whenScreenDrawn(root: HTMLElement, run: () => void, maxWaitMs = MAX_WAIT_MS): () => void {
  const since = performance.now();
  let frame = 0;
  const check = () => {
    if (screenDrawn(root) || performance.now() - since > maxWaitMs) run();
    else frame = requestAnimationFrame(check);
  };
  frame = requestAnimationFrame(check);
  return () => cancelAnimationFrame(frame);
}

/** Swaps the picture for the app's screen once that is drawn (a mark `fazhi:takeover` for the bench). */
export function takeOverFirstScreen(root: HTMLElement): void {
  if (firstScreenMode() === null) return;
  whenScreenDrawn(root, () => {
    if (firstScreenMode() === null) return; // dropped meanwhile (the user went elsewhere)
    dropFirstScreen();
    performance.mark('fazhi:takeover');
  });
}
