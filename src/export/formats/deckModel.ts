/**
 * What a deck is made of (slides of text, pictures, tables and native charts), apart from the
 * writer: the slides are planned with these types and the writer (pptx.ts, with pptxgenjs) loads
 * only when a deck is exported, not with the ZIP export.
 */
import type { NativeChart } from './chartData.ts';

export interface Run {
  text: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  /** RRGGBB. */
  color?: string;
}

export interface Paragraph {
  runs: Run[];
  align?: 'l' | 'ctr' | 'r';
  bullet?: boolean;
  /** Space before, points. */
  spaceBefore?: number;
}

export interface Box {
  /** Inches from the slide's top-left. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Shape =
  | (Box & { kind: 'text'; paragraphs: Paragraph[]; fill?: string; anchor?: 't' | 'ctr' | 'b'; name?: string })
  | (Box & { kind: 'image'; png: Uint8Array; descr: string; name?: string })
  | (Box & {
      kind: 'table';
      header: string[];
      rows: string[][];
      align: Array<'l' | 'r'>;
      widths: number[];
      fontSize: number;
      name?: string;
    })
  | (Box & { kind: 'chart'; chart: NativeChart; descr: string; name?: string });

export interface Slide {
  title: string;
  /** Title box; default across the top. */
  titleBox?: Box;
  titleSize?: number;
  shapes: Shape[];
  notes: string;
}

export interface Deck {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  /** dc:identifier, e.g. sha256:<hex>. */
  identifier: string;
  created: Date;
  lang: string;
  slides: Slide[];
}

/** A paragraph of plain text (one run). */
export const para = (text: string, run: Omit<Run, 'text'> = {}, extra: Omit<Paragraph, 'runs'> = {}): Paragraph => ({
  runs: [{ text, ...run }],
  ...extra,
});
