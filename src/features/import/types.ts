/**
 * The review state of the import screen: files read, what the extractor (or the template reader)
 * found in each, and the user's decisions. All of it is plain JSON, kept in IndexedDB
 * (reviewStore.ts) so nothing reviewed is lost on a reload.
 */
import type { Level } from '../../data/schema.ts';

export type Decision = 'pending' | 'accepted' | 'rejected';
export type SourceKind = 'txt' | 'docx' | 'pdf' | 'xlsx' | 'image';

/** Where a figure read by OCR stands on the scanned page: the user checks the quote against it. */
export interface ScanCrop {
  /** 1-based page of the file (or image of those dropped together). */
  page: number;
  /** The quote's part of the page image, as a JPEG data: URL. */
  image: string;
  /** Size to show it at, in CSS pixels. */
  width: number;
  height: number;
}

export interface ReviewFigure {
  id: string;
  indicator: string;
  value: number;
  /** The unit as written (万元 read as 元). */
  unit: string;
  approx: boolean;
  domain?: string;
  scope?: string;
  /** Exact words of the report at [start, end) of the item's text. */
  quote: string;
  start: number;
  end: number;
  decision: Decision;
  /** Read by OCR from a page image (its quote is the text as read). */
  scan?: ScanCrop;
  /** What the extractor said, when the user changed indicator, value or domain. */
  original?: { indicator: string; value: number; domain?: string };
}

export interface ReviewWeakness {
  id: string;
  category: string;
  quote: string;
  start: number;
  end: number;
  decision: Decision;
}

export interface DetectedUnit {
  name: string;
  region: string;
  parentRegion?: string;
  province?: string;
  level: Level;
}

/** A region of the GB/T 2260 table, as kept in the review state (plain JSON). */
export interface PlacedRegion {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
}

/** Where the table placed a report whose unit the dataset does not have. */
export interface Placement {
  /** The region and its ancestors, innermost first. */
  chain: PlacedRegion[];
  /** The dataset's units are all in other provinces: flagged, added only when the user insists. */
  otherProvince: boolean;
}

/** One report (or one unit row of a template) under review. */
export interface ReviewItem {
  id: string;
  /** The file it came from. */
  file: string;
  source: SourceKind;
  /** Document id in the dataset (the file name). */
  doc: string;
  /** The text the figures' offsets point into (a template's rows are rendered as text). */
  text: string;
  title: string | null;
  docNumber: string | null;
  reportDate: string | null;
  detected: DetectedUnit | null;
  /** GB/T 2260 code chosen (suggested from the dataset, or typed). */
  unitCode: string;
  /** Name to use when the code is not in the dataset. */
  unitName: string;
  /** The table placed it at a unit the dataset lacks; the user confirms adding it (unitCode empty until then). */
  placement?: Placement;
  year: number | null;
  figures: ReviewFigure[];
  weaknesses: ReviewWeakness[];
  /** When these figures were added to the dataset (ISO time). */
  addedAt?: string;
  /** A scan: how many pages, and which of them were read by OCR (the others had a text layer). */
  scan?: { pages: number; ocrPages: number[] };
}

export type FailureCode =
  | 'too_large'
  | 'empty'
  | 'unsupported'
  | 'legacy_doc'
  | 'no_text_layer'
  | 'garbled'
  | 'encrypted'
  | 'corrupt'
  | 'not_report'
  | 'template'
  /** A scan read by OCR in which no text was found. */
  | 'no_text_read'
  /** The OCR engine could not start or failed (detail says why). */
  | 'ocr_failed'
  /** The user stopped reading a scan. */
  | 'cancelled';

export interface TemplateProblemView {
  code: string;
  sheet?: string;
  cell?: string;
  got?: string;
}

/** A file that gave nothing to review, and why. */
export interface FileFailure {
  id: string;
  file: string;
  code: FailureCode;
  /** Size in MB, limit, extension, detail … */
  params?: Record<string, string | number>;
  problems?: TemplateProblemView[];
  total?: number;
}

export interface ReviewState {
  version: 1;
  items: ReviewItem[];
  failures: FileFailure[];
  selected: string | null;
}

export const emptyReview = (): ReviewState => ({ version: 1, items: [], failures: [], selected: null });
