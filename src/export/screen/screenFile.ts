/** What a screen export hands to the download: the file's bytes, its name, and what it holds. */
import { dateStamp } from '../chart/layout.ts';
import type { DocInfo } from '../registry/docInfo.ts';

export interface ScreenFile {
  bytes: Uint8Array;
  filename: string;
  /** Files in a ZIP, or slides in a deck. */
  count: number;
}

/** The parts of an exported file's name: the page, what it is, the date. */
export function baseName(info: DocInfo, kind: string): string[] {
  return [info.pageTitle, kind, dateStamp(info.exportedAt)];
}
