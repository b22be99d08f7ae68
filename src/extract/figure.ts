/**
 * One figure the reader found in a report, with its exact quote. A module of its own so that
 * figures.ts (which finds them) and parts.ts (their domain, scope and zero figures) both import
 * it and not each other.
 */
import type { Domain, RandomScope } from '../domain/catalogue.ts';

export interface Figure {
  indicator: string;
  value: number;
  /** The unit as written (万元 is read as 元 with the value ×10,000). */
  unit: string;
  approx: boolean;
  domain?: Domain;
  scope?: RandomScope;
  /** Exact substring of the original text, at [start, end). */
  quote: string;
  start: number;
  end: number;
}
