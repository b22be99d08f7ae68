/**
 * The entry script: as small as possible, so it runs as soon as the page is parsed. It starts the
 * first screen's requests (early.ts), then loads the app, asking for its first chunks all at once
 * (index.html names them: src/node/build/firstScreenPreloads.ts). Everything else starts in
 * app/start.tsx.
 *
 * Where index.html shows a first screen before the app's (the build's prerendered picture, or the
 * last screen seen here: src/app/firstScreen), the app starts once that has been painted, so its
 * work never holds the picture back; the picture of the build is first checked to be this page's.
 */
import { earlyConfigJson, startFirstRequests } from './data/early.ts';
import { configAllowsWorker, startFirstInstall } from './data/swFirstInstall.ts';
import { preloadApp } from './app/firstScreen/dom.ts';
import { firstScreenShown } from './app/firstScreen/verify.ts';

const baseUrl = new URL('.', window.location.href).href;
// MSW answers requests in `npm run dev` only once its worker runs (start.tsx): no early requests there.
if (import.meta.env.PROD) startFirstRequests(baseUrl, window.location.href, __DEFAULT_DATASET__);

// A first visit installs the offline worker from the load event (not behind the app's rendering):
// a reload offline two seconds later needs it (src/data/swFirstInstall.ts).
if (import.meta.env.PROD) {
  const install = () => void earlyConfigJson()?.then((json) => configAllowsWorker(json) && startFirstInstall());
  if (document.readyState === 'complete') install();
  else window.addEventListener('load', install, { once: true });
}

const startApp = () => {
  preloadApp(); // with start.tsx, the chunks it will ask for next (ECharts, the map's layout)
  void import('./app/start.tsx');
};

/** Once the frame now being drawn has been painted (or soon, in a tab that draws no frames). */
function afterPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (!done) run();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}

void firstScreenShown().then((shown) => {
  if (shown) afterPaint(startApp);
  else startApp();
});
