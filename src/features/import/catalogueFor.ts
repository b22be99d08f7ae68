/**
 * A dataset made before the reader knew an indicator (a 2025 dataset, and the 政府信息公开年报's
 * 行政许可 figures of a later reader) has no column for it: its figures would have nowhere to go.
 * Adding them extends the dataset's catalogue from the default one — the indicator appended as
 * the default catalogue defines it, every record's values padded with null (not reported, never
 * zero) — and the plan names what was added, so the review says so before anything is added.
 */
import type { Dataset, Indicator } from '../../contract/schema.ts';
import { defaultIndicators } from '../../domain/catalogue.ts';
import type { ReviewItem } from './types.ts';

export function withCatalogueFor(ds: Dataset, items: readonly ReviewItem[]): { dataset: Dataset; added: Indicator[] } {
  const known = new Set(ds.indicators.map((i) => i.id));
  const wanted = new Set<string>();
  for (const item of items) for (const f of item.figures) if (f.decision === 'accepted' && !known.has(f.indicator)) wanted.add(f.indicator);
  if (wanted.size === 0) return { dataset: ds, added: [] };
  // In the default catalogue's order; an id it does not know either stays out (nowhere to put it).
  const added = defaultIndicators.filter((i) => wanted.has(i.id));
  if (added.length === 0) return { dataset: ds, added: [] };
  const width = ds.indicators.length + added.length;
  const records = ds.records.map((r) => {
    if (r.values.length >= width) return r;
    const values = [...r.values];
    while (values.length < width) values.push(null);
    return { ...r, values };
  });
  return { dataset: { ...ds, indicators: [...ds.indicators, ...added], records }, added };
}
