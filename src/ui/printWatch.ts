/**
 * Calls `enter` when the page is about to print and `exit` when printing is over. Browsers say
 * so through beforeprint/afterprint (a real print dialog) and through matchMedia('print') (also
 * when print media is emulated, as headless PDF rendering does); either may come first, and
 * each transition is reported once. A page already printing when this is called is reported at
 * once with `{ now: true }` (a chart drawn mid-print); otherwise not (callers read `isPrinting()`).
 */
// Between beforeprint and afterprint (a real print dialog), whether or not print media matches yet.
let inPrintDialog = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (inPrintDialog = true));
  window.addEventListener('afterprint', () => (inPrintDialog = false));
}

export const isPrinting = (): boolean =>
  inPrintDialog || (typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('print').matches);

export function watchPrint(enter: () => void, exit: () => void, opts: { now?: boolean } = {}): () => void {
  if (typeof window === 'undefined') return () => undefined;
  let printing = false;
  const on = () => {
    if (printing) return;
    printing = true;
    enter();
  };
  const off = () => {
    if (!printing) return;
    printing = false;
    exit();
  };
  // jsdom and old WebViews have no matchMedia, or a MediaQueryList without addEventListener.
  const mq: Pick<MediaQueryList, 'addEventListener' | 'removeEventListener'> | null =
    typeof window.matchMedia === 'function' && typeof MediaQueryList !== 'undefined' && 'addEventListener' in MediaQueryList.prototype
      ? window.matchMedia('print')
      : null;
  const onChange = (e: MediaQueryListEvent) => (e.matches ? on() : off());
  window.addEventListener('beforeprint', on);
  window.addEventListener('afterprint', off);
  mq?.addEventListener('change', onChange);
  if (opts.now && isPrinting()) on();
  return () => {
    window.removeEventListener('beforeprint', on);
    window.removeEventListener('afterprint', off);
    mq?.removeEventListener('change', onChange);
  };
}
