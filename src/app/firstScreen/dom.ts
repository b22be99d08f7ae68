/**
 * The page's first-screen state, on <html data-first-screen>, read by firstScreen.css:
 *
 * - `build-pending`: the build's prerendered picture (#first-screen) may be this page's; the entry
 *   script is checking that what it was drawn from is what the server has now (verify.ts);
 * - `build`: it is, and it is shown while the app draws its own screen, hidden, underneath;
 * - `snapshot`: the last screen the user saw here (#first-shot), shown the same way;
 * - absent: the app draws as it always did.
 */
export type FirstScreenMode = 'build-pending' | 'build' | 'snapshot';

export const PRERENDER_ID = 'first-screen';
export const SNAPSHOT_ID = 'first-shot';

export function firstScreenMode(): FirstScreenMode | null {
  const m = document.documentElement.dataset.firstScreen;
  return m === 'build-pending' || m === 'build' || m === 'snapshot' ? m : null;
}

export function setFirstScreenMode(mode: FirstScreenMode): void {
  document.documentElement.dataset.firstScreen = mode;
}

/** Removes both pictures and shows #root: the app's own screen (or its loading line) from now on. */
export function dropFirstScreen(): void {
  document.getElementById(PRERENDER_ID)?.remove();
  document.getElementById(SNAPSHOT_ID)?.remove();
  delete document.documentElement.dataset.firstScreen;
}
