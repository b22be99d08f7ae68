/**
 * The boot script: a classic script at the top of <body> (src/node/build/prerender/plugin.ts bundles it
 * into one small file), so it runs before the prerendered markup below it is parsed and before
 * the first paint. It decides, from nothing but the location and what this browser keeps in
 * localStorage, which first screen this page may show:
 *
 * 1. the last screen the user saw for this dataset source, view, language, theme and width
 *    (a snapshot the app kept, shotStore.ts), shown at once, marked with its data's as-of;
 * 2. else the build's picture of the default overview (`build-pending`: the entry script first
 *    checks that the server's dataset and config are still those it was drawn from), only for
 *    the default view of the default dataset, no user dataset or custom targets in use, on a
 *    window as wide as the picture's layout;
 * 3. else nothing: the app draws as it always did.
 *
 * A `?data=` link, another route or view, `lang=en`, a dark theme, a phone: never the default's
 * figures. The page's theme and language are set here too, so a dark link never flashes light.
 */
import { readStoredChoice } from '../../data/storedChoice.ts';
import { revealIfReady, startBuildCheck } from './buildCheck.ts';
import { dropFirstScreen, firstScreenMode, preloadApp, PRERENDER_ID, setFirstScreenMode } from './dom.ts';
import { pageKeys } from './keys.ts';
import { renderShot } from './shotDom.ts';
import { canShowPicture } from './shadow.ts';
import { findShot } from './shotStore.ts';

function boot(script: HTMLScriptElement): void {
  const facts = script.dataset;
  const html = document.documentElement;
  const keys = pageKeys(window.location, readStoredChoice(), facts.file ?? null, window.innerWidth);
  html.dataset.theme = keys.theme;
  if (keys.lang === 'en') html.lang = 'en';

  const { file, sha256, configSha256, indexSha256 } = facts;
  const drawn = file && sha256 && configSha256 && indexSha256 ? { file, sha256, configSha256, indexSha256 } : null;
  const buildFits =
    drawn !== null &&
    keys.prerender !== 'no' &&
    keys.theme === 'light' &&
    keys.lang === 'zh' &&
    window.innerWidth >= Number(facts.minWidth ?? Infinity) &&
    typeof script.attachShadow === 'function';
  const shot = facts.build && canShowPicture() ? findShot(facts.build, keys) : null;
  // The last screen seen, unless it showed the very dataset the build drew: the build's picture
  // is then the same screen, parsed with the page instead of built by script, and, once checked,
  // current rather than "last seen".
  if (shot && !(buildFits && shot.dataset === facts.shownSha256)) {
    script.after(renderShot(shot));
    setFirstScreenMode('snapshot');
  } else if (buildFits) {
    setFirstScreenMode('build-pending');
    startBuildCheck(new URL('.', window.location.href).href, drawn);
  } else preloadApp(); // the app's screen is the first: its chunks now
  // A picture is of one view: going elsewhere before the app has taken over drops it.
  window.addEventListener('hashchange', dropFirstScreen, { once: true });
}

/**
 * The second run of this script, placed right after the build's picture in index.html: where the
 * picture may be this page's (`build-pending`), it is moved into its shadow root now, while the
 * entry script still waits for the dataset it must check, so that styling and laying it out
 * (~0.1 s on a 2-core office PC, the first text shaped in a fresh page) is done by the time the
 * check ends; it stays hidden (`visibility: hidden`, firstScreen.css) until then. Its styles are
 * the page's own stylesheets, linked again inside the shadow root (already loaded: this script
 * waited for them, so they apply at once); the host says `data-styled` once each applies.
 */
function layOutPicture(): void {
  if (firstScreenMode() !== 'build-pending') return;
  const host = document.getElementById(PRERENDER_ID);
  const template = host?.querySelector('template');
  if (!host || !template) {
    dropFirstScreen();
    return;
  }
  const root = host.attachShadow({ mode: 'closed' });
  const sheets = [...document.querySelectorAll<HTMLLinkElement>('head link[rel="stylesheet"]')].map((link) => {
    const copy = document.createElement('link');
    copy.rel = 'stylesheet';
    copy.href = link.href;
    if (link.crossOrigin !== null) copy.crossOrigin = link.crossOrigin;
    return copy;
  });
  const styled = () => {
    if (!sheets.every((link) => link.sheet !== null) || host.dataset.styled === 'true') return;
    host.dataset.styled = 'true';
    revealIfReady();
  };
  for (const link of sheets) {
    link.addEventListener('load', styled, { once: true });
    link.addEventListener('error', dropFirstScreen, { once: true });
  }
  root.append(...sheets, template.content);
  template.remove();
  host.dataset.attached = 'true';
  // A stylesheet the page has loaded already applies at once (its `load` event comes later, after
  // the parser's next pause: ~30–160 ms on the demo's cold load).
  styled();
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  try {
    if (script.dataset.phase === 'attach') layOutPicture();
    else boot(script);
  } catch {
    dropFirstScreen(); // whatever went wrong, the app draws its own screen
  }
}
