/**
 * True while the page prints. The state flips synchronously (flushSync) in `beforeprint`, so a
 * component can render print-only content — every row of a virtualised table — before the
 * browser lays out the printed pages.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { isPrinting, watchPrint } from './printWatch.ts';

export function usePrintMode(): boolean {
  const [printing, setPrinting] = useState(isPrinting);
  useEffect(
    () =>
      watchPrint(
        () => flushSync(() => setPrinting(true)),
        () => setPrinting(false),
      ),
    [],
  );
  return printing;
}
