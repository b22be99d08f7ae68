/**
 * The entry script's half of the first screen (src/main.tsx): whether a first screen is on show,
 * so the app starts after it has been painted. The build's picture is checked by the boot script
 * while the page is parsed (buildCheck.ts); its answer is awaited here, never for long: past
 * that (a slow network, a server that holds the dataset back) the app starts anyway and waits for
 * the same requests itself.
 */
import { dropFirstScreen, firstScreenMode, PRERENDER_ID } from './dom.ts';

/** How long the app waits for the boot script's check before starting without the picture. */
const CHECK_WAIT_MS = 2500;

/** Resolves once <html data-first-screen> is no longer `build-pending`, or after `ms`. */
function pendingSettled(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const html = document.documentElement;
    const obs = new MutationObserver(() => {
      if (firstScreenMode() !== 'build-pending') done();
    });
    const timer = setTimeout(() => {
      done();
    }, ms);
    function done() {
      obs.disconnect();
      clearTimeout(timer);
      resolve();
    }
    obs.observe(html, { attributes: true, attributeFilter: ['data-first-screen'] });
    if (firstScreenMode() !== 'build-pending') done();
  });
}

/**
 * Whether a first screen is on show (the app then starts after it has been painted). A build
 * picture that is not this page's is removed, unseen. One still being checked when the wait ends
 * (a slow network) stays pending: the app starts and shows its loading line, and the picture
 * still shows if the check passes before the app has drawn its own screen (takeover.ts).
 */
export async function firstScreenShown(): Promise<boolean> {
  // What is not shown leaves the document: one copy of the screen's elements, the app's.
  if (firstScreenMode() === 'snapshot') document.getElementById(PRERENDER_ID)?.remove();
  if (firstScreenMode() === 'build-pending') await pendingSettled(CHECK_WAIT_MS);
  const mode = firstScreenMode();
  if (mode === 'build' || mode === 'snapshot') return true;
  if (mode !== 'build-pending') dropFirstScreen();
  return false;
}
