/**
 * Which of the service worker's shell files its install waits for, and which it keeps just after
 * (src/sw/shell.ts). A reload offline 2 s after a first visit needs the worker installed by then
 * (issue 24); on a busy 2-core PC the whole shell (2.7 MB) took 1.2–1.4 s to install. The files no
 * screen needs to be drawn, only an action (a PowerPoint or Word export, reading an imported
 * report), are marked `later`: installed right after the worker takes the page, never dropped.
 *
 * Matched by the name Vite gives a chunk after its source module. A chunk renamed out of this list
 * is installed with the screens (the safe side); `markLaterEntries` fails the build if a pattern
 * matches nothing, so a rename is seen.
 */

/** pptxgenjs and our slides (src/export/pptx), the Word briefing (docx), the report reader's worker (src/extract/worker.ts). */
export const LATER_CHUNKS: readonly RegExp[] = [
  /^assets\/pptx-[\w-]+\.js$/,
  /^assets\/briefingExport-[\w-]+\.js$/,
  /^assets\/worker-[\w-]+\.js$/,
];

export interface ShellEntry {
  url: string;
  revision: string | null;
  size: number;
  later?: boolean;
}

/** A Workbox `manifestTransforms` step: marks the later entries (extra fields reach the worker as written). */
export function markLaterEntries(entries: ShellEntry[]): { manifest: ShellEntry[]; warnings: string[] } {
  const unmatched = LATER_CHUNKS.filter((re) => !entries.some((e) => re.test(e.url)));
  if (unmatched.length > 0) throw new Error(`shellTiers: no shell file matches ${unmatched.join(', ')} (a chunk was renamed?)`);
  return { manifest: entries.map((e) => (LATER_CHUNKS.some((re) => re.test(e.url)) ? { ...e, later: true } : e)), warnings: [] };
}
