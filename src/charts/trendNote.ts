/** What a trend chart with one figure says under it (the chart itself centres and labels the value). */
import type { MessageKey, Params } from '../i18n/index.ts';
import { isSingleFigure } from './options/trend.ts';

/**
 * An office's first year is said to be one (the chart shows the value labelled): the dataset has
 * no earlier year yet; or, in a longer dataset, only one year has this figure.
 */
export function firstYearNote(
  data: { years: readonly number[]; values: ReadonlyArray<number | null> },
  t: (key: MessageKey, params?: Params) => string,
): string | null {
  if (!isSingleFigure({ series: [{ values: data.values }] })) return null;
  const at = data.values.findIndex((v) => v !== null);
  const year = data.years[at];
  if (year === undefined) return null;
  return data.years.length === 1 ? t('truth.ui.firstYear', { year }) : t('truth.ui.oneYear', { year });
}
