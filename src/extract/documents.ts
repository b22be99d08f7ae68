/**
 * The dataset's documents from what was read: the title the text carries (or the file name, never
 * one composed for it), its kind and issuer, its year and date where the contract can hold them
 * (a real day, not after the data's asOf), and — for a text no record holds — its figures and
 * weaknesses, awaiting a unit.
 */
import { isCalendarDate } from '../contract/checks/dates.ts';
import type { Evidence, SourceDocument } from '../contract/schema.ts';
import type { Extraction } from './extract.ts';

/** Ids made unique in order of arrival: a second 报告 becomes 报告-2. */
export function uniqueIds(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((raw) => {
    const base = raw.trim() || 'document';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** A year the contract can hold for data as of `asOf`: 1990–2100 and not after asOf's year. */
export function yearWithin(year: number | null, asOf: string): number | null {
  if (year === null || !Number.isInteger(year) || year < 1990 || year > 2100) return null;
  return year > Number(asOf.slice(0, 4)) ? null : year;
}

export interface DocumentInput {
  id: string;
  extraction: Extraction;
  /** The file name (without folders), the title of last resort. */
  fileName?: string;
  url?: string;
}

export function documentOf(d: DocumentInput, code: string | undefined, asOf: string, awaiting: readonly Evidence[]): SourceDocument {
  const x = d.extraction;
  const year = yearWithin(x.year, asOf);
  const date = x.reportDate !== null && isCalendarDate(x.reportDate) && x.reportDate <= asOf ? x.reportDate : null;
  const fileTitle = d.fileName?.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return {
    id: d.id,
    title: x.title?.trim() || fileTitle || d.id,
    ...(code ? { unit: code } : {}),
    ...(year !== null ? { year } : {}),
    ...(x.docNumber ? { docNumber: x.docNumber } : {}),
    ...(date ? { date } : {}),
    ...(d.url ? { url: d.url } : {}),
    ...(x.kind !== 'off_topic' ? { kind: x.kind } : {}),
    ...(x.issuer ? { issuer: x.issuer } : {}),
    ...(awaiting.length ? { awaiting: [...awaiting] } : {}),
  };
}
