/**
 * The review state of the import screen: files read, what the extractor (or the template reader)
 * found in each, and the user's decisions. All of it is plain JSON, kept in IndexedDB
 * (reviewStore.ts) so nothing reviewed is lost on a reload.
 */
import type { DocumentKind, Level, SourceDocument } from '../../contract/schema.ts';

export type DocumentIssuer = NonNullable<SourceDocument['issuer']>;

export type Decision = 'pending' | 'accepted' | 'rejected';
export type SourceKind = 'txt' | 'docx' | 'pdf' | 'xlsx' | 'html' | 'mht' | 'image';

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
  /** What the text is (法治政府建设报告, 政府信息公开年报 …) and who issued it, as the reader recognised them. */
  kind?: DocumentKind;
  issuer?: DocumentIssuer;
  docNumber: string | null;
  reportDate: string | null;
  detected: DetectedUnit | null;
  /** GB/T 2260 code chosen (suggested from the dataset, or typed). */
  unitCode: string;
  /** Name to use when the code is not in the dataset. */
  unitName: string;
  /** The table placed it at a unit the dataset lacks; the user confirms adding it (unitCode empty until then). */
  placement?: Placement;
  /** The report's region is a name GB/T 2260 has more than once (南山区): each place it could be, for the user to pick. */
  candidates?: Placement[];
  year: number | null;
  figures: ReviewFigure[];
  weaknesses: ReviewWeakness[];
  /** When these figures were added to the dataset (ISO time). */
  addedAt?: string;
  /** SHA-256 of the normalised text (a template: of its filled cells), so the same document is known in any format. */
  contentHash?: string;
  /** The same content is already in the dataset or earlier in the review: that document's title or file. */
  duplicateOf?: string;
  /** When the item was read (ms), to keep the review's order across tabs. */
  createdAt?: number;
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
  // The readers' bounds (issue 24): an encrypted Word file, a text past the reader's length, a
  // part inflating past its budget, a PDF of too many pages, a reading out of time or cancelled,
  // and a file whose reading the page never finished before (a crash or a close).
  | 'encrypted_office'
  | 'too_long'
  | 'inflated_too_large'
  | 'too_many_pages'
  | 'timeout'
  | 'cancelled'
  | 'interrupted'
  /** A scan read by OCR in which no text was found. */
  | 'no_text_read'
  /** The OCR engine could not start or failed (detail says why). */
  | 'ocr_failed'
  /** The user stopped the OCR of a scan. */
  | 'ocr_cancelled';

export interface TemplateProblemView {
  code: string;
  sheet?: string;
  cell?: string;
  got?: string;
  unitCode?: string;
  unitName?: string;
  indicator?: string;
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
  /** The value kept per conflict (mergePlan.choiceKey → value). */
  choices: Record<string, number>;
}

export const emptyReview = (): ReviewState => ({ version: 1, items: [], failures: [], selected: null, choices: {} });
