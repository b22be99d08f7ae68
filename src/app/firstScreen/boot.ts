/**
 * The boot script: a classic script at the top of <body> (build/prerender/plugin.ts bundles it
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
import { dropFirstScreen, setFirstScreenMode } from './dom.ts';
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

  const shot = facts.build && canShowPicture() ? findShot(facts.build, keys) : null;
  if (shot) {
    script.after(renderShot(shot));
    setFirstScreenMode('snapshot');
  } else if (facts.sha256 && keys.prerender !== 'no' && keys.theme === 'light' && keys.lang === 'zh') {
    if (window.innerWidth >= Number(facts.minWidth ?? Infinity)) setFirstScreenMode('build-pending');
  }
  // A picture is of one view: going elsewhere before the app has taken over drops it.
  window.addEventListener('hashchange', dropFirstScreen, { once: true });
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  try {
    boot(script);
  } catch {
    dropFirstScreen(); // whatever went wrong, the app draws its own screen
  }
}
